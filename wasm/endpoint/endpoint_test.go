package endpoint

import (
	"testing"

	"tokenhelper/wasm/salesforce"
)

func TestFor(t *testing.T) {
	for _, c := range []struct {
		tab           string
		login, domain string
		sandbox       bool
	}{
		{"acme.lightning.force.com", "https://acme.my.salesforce.com", "acme.my", false},
		{"acme.my.salesforce-setup.com", "https://acme.my.salesforce.com", "acme.my", false},
		{"acme.my.salesforce.com", "https://acme.my.salesforce.com", "acme.my", false},
		{"acme--uat.sandbox.lightning.force.com", "https://acme--uat.sandbox.my.salesforce.com", "acme--uat.sandbox.my", true},
		{"acme--uat.sandbox.my.salesforce-setup.com", "https://acme--uat.sandbox.my.salesforce.com", "acme--uat.sandbox.my", true},
		{"acme--uat.cs18.my.salesforce.com", "https://acme--uat.cs18.my.salesforce.com", "acme--uat.cs18.my", true},
		{"acme-dev-ed.develop.lightning.force.com", "https://acme-dev-ed.develop.my.salesforce.com", "acme-dev-ed.develop.my", false},
		{"acme--c.vf.force.com", "https://acme.my.salesforce.com", "acme.my", false},
		{"acme.lightning.force.com.mcas.ms", "https://acme.my.salesforce.com", "acme.my", false},
		{"acme.lightning.force.mil", "https://acme.my.salesforce.mil", "", false},
	} {
		h, ok := salesforce.ParseHost(c.tab)
		if !ok {
			t.Fatal(c.tab)
		}
		e, ok := For(h)
		if !ok || e.LoginURL != c.login || e.Domain != c.domain || e.Sandbox != c.sandbox || e.SOAPURL != c.login+"/services/Soap/u/64.0" {
			t.Errorf("For(%s) = %+v, %v", c.tab, e, ok)
		}
		for _, s := range Settings(e) {
			if s.Value == "" {
				t.Errorf("%s: empty %s", c.tab, s.ID)
			}
		}
	}
	for _, tab := range []string{"login.salesforce.com", "test.salesforce.com", "na1.salesforce.com", "trust.salesforce.com"} {
		h, ok := salesforce.ParseHost(tab)
		if !ok {
			t.Fatal(tab)
		}
		if e, ok := For(h); ok {
			t.Errorf("For(%s) = %+v, want none", tab, e)
		}
	}
}

func TestLogoutURL(t *testing.T) {
	for _, c := range []struct {
		md, sbx, server, want string
	}{
		{"acme", "", "https://acme.my.salesforce.com/services/Soap/u/64.0/00D5j000000AcmeEAC", "https://acme.my.salesforce.com/services/Soap/u/64.0"},
		{"acme", "uat", "https://acme--uat.sandbox.my.salesforce.com/services/Soap/u/64.0/00D", "https://acme--uat.sandbox.my.salesforce.com/services/Soap/u/64.0"},
		{"acme", "", "https://evil.my.salesforce.com/services/Soap/u/64.0/00D", ""},
		{"acme", "", "https://acme.lightning.force.com/services/Soap/u/64.0/00D", ""},
		{"acme", "", "https://acme.my.salesforce.com.evil.com/services/Soap/u/64.0/00D", ""},
		{"acme", "", "http://acme.my.salesforce.com/services/Soap/u/64.0/00D", ""},
		{"acme", "", "https://acme.my.salesforce.com:8443/services/Soap/u/64.0/00D", ""},
		{"acme", "", "https://x@acme.my.salesforce.com/services/Soap/u/64.0/00D", ""},
		{"acme", "", "https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenConfirm", ""},
		{"acme", "uat", "https://acme.my.salesforce.com/services/Soap/u/64.0/00D", ""},
		{"", "", "https://acme.my.salesforce.com/services/Soap/u/64.0/00D", ""},
	} {
		got, ok := LogoutURL(c.md, c.sbx, c.server)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("LogoutURL(%s, %s, %s) = %q, %v; want %q", c.md, c.sbx, c.server, got, ok, c.want)
		}
	}
}

func FuzzLogoutURL(f *testing.F) {
	f.Add("acme", "", "https://acme.my.salesforce.com/services/Soap/u/64.0/00D")
	f.Fuzz(func(t *testing.T, md, sbx, server string) {
		u, ok := LogoutURL(md, sbx, server)
		if !ok {
			return
		}
		h, _, _ := cut(u)
		p, found := salesforce.ParseHost(h)
		if !found || p.MyDomain != md || p.Family != salesforce.FamilyMyDomain {
			t.Fatalf("LogoutURL(%q, %q, %q) = %q", md, sbx, server, u)
		}
	})
}

func cut(u string) (string, string, bool) {
	rest := u[len("https://"):]
	for i := 0; i < len(rest); i++ {
		if rest[i] == '/' {
			return rest[:i], rest[i:], true
		}
	}
	return rest, "", false
}
