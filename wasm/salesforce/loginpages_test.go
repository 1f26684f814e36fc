package salesforce

import "testing"

func TestPersonalURL(t *testing.T) {
	for _, c := range []struct{ host, id, want string }{
		{"acme.my.salesforce-setup.com", PersonalLoginHistory, "https://acme.lightning.force.com/lightning/settings/personal/LoginHistory/home"},
		{"acme--uat.sandbox.my.salesforce.com", PersonalLoginHistory, "https://acme--uat.sandbox.lightning.force.com/lightning/settings/personal/LoginHistory/home"},
		{"login.salesforce.com", PersonalLoginHistory, ""},
		{"acme.my.salesforce.com", "../x", ""},
	} {
		h, ok := ParseHost(c.host)
		if !ok {
			t.Fatal(c.host)
		}
		if got := PersonalURL(h, c.id); got != c.want {
			t.Errorf("PersonalURL(%s, %s) = %q, want %q", c.host, c.id, got, c.want)
		}
	}
}
