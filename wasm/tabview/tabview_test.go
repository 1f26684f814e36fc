package tabview

import (
	"strings"
	"testing"

	"tokenhelper/wasm/locale/localedir"
	"tokenhelper/wasm/message"
)

func TestDescribe(t *testing.T) {
	cat, err := localedir.Read("../../extension/_locales/en")
	if err != nil {
		t.Fatal(err)
	}
	const reset = "https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home"
	for _, c := range []struct {
		name  string
		s     message.Status
		state string
		open  bool
		text  string
	}{
		{"off Salesforce", message.Status{}, "none", false, "not a Salesforce page"},
		{"production org", message.Status{Salesforce: true, Org: "acme", Env: "production", UI: "lightning", ResetURL: reset}, "org", true, "Org acme · production · Lightning"},
		{"sandbox", message.Status{Salesforce: true, Org: "acme", Sandbox: "uat", Env: "sandbox", UI: "classic", ResetURL: reset}, "org", true, "sandbox uat · Classic"},
		{"developer edition", message.Status{Salesforce: true, Org: "acme-dev-ed", Env: "developer", UI: "lightning", ResetURL: reset}, "org", true, "Developer Edition"},
		{"entry highlighted", message.Status{Salesforce: true, Org: "acme", UI: "lightning", State: "reset-link", ResetURL: reset}, "here", true, "highlighted"},
		{"on the reset page", message.Status{Salesforce: true, Org: "acme", UI: "lightning", State: "reset-page", ResetURL: reset}, "here", false, "on the reset page"},
		{"missing", message.Status{Salesforce: true, Org: "acme", UI: "lightning", State: "missing", ResetURL: reset}, "missing", false, "not offered"},
		{"login host", message.Status{Salesforce: true, UI: "classic"}, "org", false, "not a page of a particular org"},
	} {
		v := Describe(c.s)
		text := v.Summary.In(cat) + " " + v.Detail.In(cat)
		if v.State != c.state || v.Open != c.open || !strings.Contains(text, c.text) {
			t.Errorf("%s: %+v %q; want state %s, open %v, text with %q", c.name, v, text, c.state, c.open, c.text)
		}
	}
}

func TestFollows(t *testing.T) {
	acme := message.Status{Salesforce: true, Org: "acme", Key: "acme"}
	for _, c := range []struct {
		name       string
		first, now message.Status
		want       bool
	}{
		{"the same org, a new state", acme, message.Status{Salesforce: true, Org: "acme", Key: "acme", State: "missing"}, true},
		{"the same org on its Setup host", acme, message.Status{Salesforce: true, Org: "acme", Key: "acme", Page: "setup"}, true},
		{"another org", acme, message.Status{Salesforce: true, Org: "globex", Key: "globex"}, false},
		{"off Salesforce", acme, message.Status{}, false},
		{"first named no org", message.Status{Salesforce: true}, message.Status{Salesforce: true}, false},
	} {
		if got := Follows(c.first, c.now); got != c.want {
			t.Errorf("%s: Follows = %v, want %v", c.name, got, c.want)
		}
	}
}
