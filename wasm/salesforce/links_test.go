package salesforce

import "testing"

func TestResetURL(t *testing.T) {
	const classic = "/_ui/system/security/ResetApiTokenEdit?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&setupid=ResetApiToken"
	const lightning = "/lightning/settings/personal/ResetApiToken/home"
	tests := []struct {
		host                string
		lightning, classicU string
	}{
		{"acme.lightning.force.com", "https://acme.lightning.force.com" + lightning, "https://acme.my.salesforce.com" + classic},
		{"acme.my.salesforce.com", "https://acme.lightning.force.com" + lightning, "https://acme.my.salesforce.com" + classic},
		{"acme.my.salesforce-setup.com", "https://acme.lightning.force.com" + lightning, "https://acme.my.salesforce.com" + classic},
		{"acme--uat.sandbox.my.salesforce-setup.com", "https://acme--uat.sandbox.lightning.force.com" + lightning, "https://acme--uat.sandbox.my.salesforce.com" + classic},
		{"acme--uat--c.sandbox.vf.force.com", "https://acme--uat.sandbox.lightning.force.com" + lightning, "https://acme--uat.sandbox.my.salesforce.com" + classic},
		{"acme-dev-ed.develop.lightning.force.com", "https://acme-dev-ed.develop.lightning.force.com" + lightning, "https://acme-dev-ed.develop.my.salesforce.com" + classic},
		{"acme.scratch.file.force.com", "https://acme.scratch.lightning.force.com" + lightning, "https://acme.scratch.my.salesforce.com" + classic},
		{"acme--uat.cs18.my.salesforce.com", "https://acme--uat.lightning.force.com" + lightning, "https://acme--uat.cs18.my.salesforce.com" + classic},
		{"acme.lightning.force.com.mcas.ms", "https://acme.lightning.force.com.mcas.ms" + lightning, "https://acme.my.salesforce.com.mcas.ms" + classic},
		{"acme.my.salesforce.mil", "https://acme.lightning.crmforce.mil" + lightning, "https://acme.my.salesforce.mil" + classic},
		{"acme.lightning.sfcrmapps.cn", "https://acme.lightning.sfcrmapps.cn" + lightning, "https://acme.my.sfcrmproducts.cn" + classic},
		{"login.salesforce.com", "https://login.salesforce.com" + classic, "https://login.salesforce.com" + classic},
		{"test.salesforce.com", "https://test.salesforce.com" + classic, "https://test.salesforce.com" + classic},
		{"cs18.salesforce.com", "https://cs18.salesforce.com" + classic, "https://cs18.salesforce.com" + classic},
		{"login.salesforce.com.mcas.ms", "https://login.salesforce.com.mcas.ms" + classic, "https://login.salesforce.com.mcas.ms" + classic},
		{"www.salesforce.com", "", ""},
		{"c.na1.visual.force.com", "", ""},
		{"resetapitokenconfirm.my.salesforce.com", "", ""},
	}
	for _, tt := range tests {
		h, ok := ParseHost(tt.host)
		if !ok {
			t.Errorf("ParseHost(%q) failed", tt.host)
			continue
		}
		if got := ResetURL(h, UILightning); got != tt.lightning {
			t.Errorf("ResetURL(%s, Lightning) = %q, want %q", tt.host, got, tt.lightning)
		}
		if got := ResetURL(h, UIClassic); got != tt.classicU {
			t.Errorf("ResetURL(%s, Classic) = %q, want %q", tt.host, got, tt.classicU)
		}
		if got := ResetURL(h, ""); got != "" {
			t.Errorf("ResetURL(%s, \"\") = %q, want \"\"", tt.host, got)
		}
		checkResetURL(t, h)
	}
	if got := ResetURL(Host{}, UILightning); got != "" {
		t.Errorf("ResetURL(Host{}) = %q", got)
	}
}

func TestSetupURL(t *testing.T) {
	acme, _ := ParseHost("acme.my.salesforce-setup.com")
	sbx, _ := ParseHost("acme--uat.sandbox.my.salesforce.com.mcas.ms")
	mil, _ := ParseHost("acme.my.salesforce.mil")
	login, _ := ParseHost("login.salesforce.com")
	tests := []struct {
		h    Host
		id   string
		want string
	}{
		{acme, "EnhancedProfiles", "https://acme.lightning.force.com/lightning/setup/EnhancedProfiles/home"},
		{acme, "SecuritySession", "https://acme.lightning.force.com/lightning/setup/SecuritySession/home"},
		{acme, "NetworkAccess", "https://acme.lightning.force.com/lightning/setup/NetworkAccess/home"},
		{acme, "ManageUsers", "https://acme.lightning.force.com/lightning/setup/ManageUsers/home"},
		{acme, "CompanyProfileInfo", "https://acme.lightning.force.com/lightning/setup/CompanyProfileInfo/home"},
		{acme, "PermSets", "https://acme.lightning.force.com/lightning/setup/PermSets/home"},
		{sbx, "EnhancedProfiles", "https://acme--uat.sandbox.lightning.force.com.mcas.ms/lightning/setup/EnhancedProfiles/home"},
		{mil, "ManageUsers", "https://acme.lightning.crmforce.mil/lightning/setup/ManageUsers/home"},
		{login, "ManageUsers", ""},
		{Host{}, "ManageUsers", ""},
		{acme, "", ""},
		{acme, "ManageUsers/home?x=1", ""},
		{acme, "../x", ""},
		{acme, "a%2Fb", ""},
		{acme, "ResetApiTokenConfirm", ""},
	}
	for _, tt := range tests {
		if got := SetupURL(tt.h, tt.id); got != tt.want {
			t.Errorf("SetupURL(%s, %q) = %q, want %q", tt.h.Name, tt.id, got, tt.want)
		}
	}
}

// checkResetURL checks that the reset URLs of h are never the confirm page
// and classify as the reset page of the same org.
func checkResetURL(t *testing.T, h Host) {
	t.Helper()
	for _, ui := range []UI{UILightning, UIClassic} {
		u := ResetURL(h, ui)
		if u == "" {
			continue
		}
		if Dangerous(u) {
			t.Errorf("ResetURL(%+v, %s) = %q is dangerous", h, ui, u)
		}
		p, ok := Classify(u)
		want := KindResetEdit
		if p.UI == UILightning {
			want = KindResetPage
		}
		if !ok || p.Kind != want || p.Host.MyDomain != h.MyDomain || p.Host.Sandbox != h.Sandbox || p.Host.Proxy != h.Proxy {
			t.Errorf("ResetURL(%+v, %s) = %q classifies as %+v, %v", h, ui, u, p, ok)
		}
		if !passes(u) {
			t.Errorf("ResetURL(%+v, %s) = %q does not pass the prefilter", h, ui, u)
		}
	}
}
