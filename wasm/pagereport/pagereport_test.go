package pagereport

import (
	"strings"
	"testing"

	"tokenhelper/wasm/message"
)

func TestTarget(t *testing.T) {
	for in, want := range map[string]string{
		"https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home?url=%2Fx#frag": "https://<org>.lightning.force.com/lightning/settings/personal/ResetApiToken/home",
		"https://acme--uat.sandbox.my.salesforce.com/_ui/system/security/ResetApiTokenEdit?retURL=x":    "https://<org>.sandbox.my.salesforce.com/_ui/system/security/ResetApiTokenEdit",
		"https://acme.my.salesforce-setup.com:8443/lightning/setup/SetupOneHome/home":                   "https://<org>.my.salesforce-setup.com:8443/lightning/setup/SetupOneHome/home",
		"https://evil.example/steal?secret=1":                                                           "https://<other host>/steal",
		"javascript:alert(1)":                                                                           "javascript:",
		"data:text/html,secret":                                                                         "data:",
	} {
		if got := Target(in); got != want {
			t.Errorf("Target(%q) = %q, want %q", in, got, want)
		}
	}
}

// Whatever a document sent, the report carries no query string or
// fragment, and no org name.
func TestFormatKeepsStructureOnly(t *testing.T) {
	const secret = "Sesame4711"
	parts := []message.ReportPart{
		{Top: false, URL: "https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit?s=" + secret, Nodes: []message.ReportNode{
			{Tag: "form", Link: "https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenConfirm?retURL=" + secret},
			{Depth: 1, Tag: "input", Class: "btn", Type: "submit"},
		}},
		{Top: true, URL: "https://acme.lightning.force.com/lightning/settings/personal/PersonalInformation/home#" + secret, Lang: "en", Body: "desktop", Nodes: []message.ReportNode{
			{Tag: "div", Class: "onesetupSetupNavTree"},
			{Depth: 1, Tag: "li", Class: "onesetupNavTreeNode tree-node parent", Role: "treeitem", Expanded: "false", Placement: "parent", Level: "1"},
			{Depth: 2, Tag: "a", Class: "slds-tree__item-label", Link: "javascript:void(0)" + secret},
			{Depth: 0, Tag: "force-aloha-page"},
			{Depth: 1, Tag: "#shadow-root"},
			{Depth: 2, Tag: "iframe", ID: "vfFrameId_1", Link: "https://acme.my.salesforce.com/x?nonce=" + secret},
		}},
	}
	r := Format(parts)
	if strings.Contains(r, secret) || strings.Contains(r, "acme") {
		t.Errorf("the report leaks: %s", r)
	}
	for _, want := range []string{
		"document 1 (top): https://<org>.lightning.force.com/lightning/settings/personal/PersonalInformation/home",
		"li.onesetupNavTreeNode.tree-node.parent [role=treeitem data-placement=parent aria-level=1 aria-expanded=false]",
		"a.slds-tree__item-label [-> javascript:]",
		"#shadow-root (open)",
		"iframe#vfFrameId_1 [-> https://<org>.my.salesforce.com/x]",
		"document 2 (frame): https://<org>.my.salesforce.com/_ui/system/security/ResetApiTokenEdit",
		"form [-> https://<org>.my.salesforce.com/_ui/system/security/ResetApiTokenConfirm]",
		"input.btn [type=submit]",
	} {
		if !strings.Contains(r, want) {
			t.Errorf("report lacks %q:\n%s", want, r)
		}
	}
	if strings.Index(r, "(top)") > strings.Index(r, "(frame)") {
		t.Error("the top document does not come first")
	}
}

func FuzzTarget(f *testing.F) {
	f.Add("https://acme.my.salesforce.com/p?q#f")
	f.Add("javascript:x?y")
	f.Fuzz(func(t *testing.T, u string) {
		got := Target(u)
		if strings.ContainsAny(got, "?#") {
			t.Errorf("Target(%q) = %q keeps a query or fragment", u, got)
		}
	})
}
