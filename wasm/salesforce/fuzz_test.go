package salesforce

import (
	"strings"
	"testing"
)

func FuzzParseHost(f *testing.F) {
	for _, tt := range hostTests {
		f.Add(tt.in)
	}
	for _, s := range notHosts {
		f.Add(s)
	}
	f.Add("acme--uat--c.cs18.visual.force.com.mcas.ms:443")
	f.Add("ACME-DEV-ED.DEVELOP.MY.SALESFORCE-SETUP.COM.")
	f.Fuzz(func(t *testing.T, s string) {
		h, ok := ParseHost(s)
		if !ok {
			if h != (Host{}) {
				t.Fatalf("ParseHost(%q) = %+v, false; want the zero Host", s, h)
			}
			return
		}
		if h.Name == "" || h.Family == "" || h.TLD == "" || h.Name != strings.ToLower(h.Name) {
			t.Fatalf("ParseHost(%q) = %+v", s, h)
		}
		checkReparse(t, h)
		checkMapping(t, h)
		checkResetURL(t, h)
		_ = h.Env()
		if u := SetupURL(h, "ManageUsers"); u != "" && Dangerous(u) {
			t.Fatalf("SetupURL(%+v) = %q is dangerous", h, u)
		}
	})
}

func FuzzClassify(f *testing.F) {
	for _, tt := range pageTests {
		f.Add(tt.url)
	}
	for _, s := range notPages {
		f.Add(s)
	}
	f.Add("https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home?url=%2F_ui%2Fsystem%2Fsecurity%2FResetApiTokenConfirm%3FretURL%3D%252Fui%252Fsetup%252FSetup%253Fsetupid%253DPersonalInfo%26setupid%3DResetApiToken")
	f.Add("https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit?setupid=ResetApiToken&isdtp=p1&sfdcIFrameOrigin=https://acme.lightning.force.com&sfdcIFrameHost=web&nonce=n&ltn_app_id=a&clc=1")
	f.Add("https://acme.lightning.force.com/one/one.app#/setup/SetupOneHome/home")
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := Classify(s)
		if !ok {
			if p != (Page{}) {
				t.Fatalf("Classify(%q) = %+v, false; want the zero Page", s, p)
			}
			return
		}
		checkReparse(t, p.Host)
		checkMapping(t, p.Host)
		checkResetURL(t, p.Host)
		if p.Kind == "" || p.UI != UILightning && p.UI != UIClassic {
			t.Fatalf("Classify(%q) = %+v", s, p)
		}
		if p.Kind != KindOther && !passes(s) {
			t.Fatalf("Classify(%q) = %s, but the prefilter drops it", s, p.Kind)
		}
		if p.Kind == KindResetPage {
			if _, q, fr := splitURL(s); Dangerous(q) || Dangerous(fr) {
				t.Fatalf("Classify(%q) = %s, but it names the confirm page", s, p.Kind)
			}
		}
	})
}
