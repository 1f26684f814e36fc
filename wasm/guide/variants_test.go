package guide

import (
	"testing"

	"tokenhelper/wasm/message"
)

// Facts as the content script reports them from markup rebuilt from the
// public evidence (docs/salesforce-pages.md): Salesforce's 2026 page
// objects without data-node-id, the older markup with it, the Classic My
// Settings tree with its real ids, and the reset form posting to
// ResetApiTokenConfirm.
var (
	// li.onesetupNavTreeNode.leaf[role=treeitem] > … > a.slds-tree__item-label, no data-node-id.
	link2026 = message.Match{Rule: ruleResetLink, Href: "https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home", Expanded: "true"}
	sib2026  = message.Match{Rule: ruleSibling, Href: "https://acme.lightning.force.com/lightning/settings/personal/ChangePassword/home", Expanded: "true"}
	// The same leaves inside a group that is closed but still rendered.
	linkHidden = message.Match{Rule: ruleResetLink, Href: link2026.Href, Expanded: "false"}
	sibHidden  = message.Match{Rule: ruleSibling, Href: sib2026.Href, Expanded: "false"}
	// button.slds-button[title=Expand] of a closed li[data-placement=parent].
	expander     = message.Match{Rule: ruleGroup, Title: "Expand"}
	expanderNode = func(i int, node string) message.Match {
		return message.Match{Rule: ruleGroup, Index: i, Title: "Expand", NodeID: node}
	}
	// Classic My Settings: the folder PersonalInfo_font, always there; its leaves.
	classicFolder = message.Match{Rule: ruleGroup, ID: "PersonalInfo_font", Href: "https://acme.my.salesforce.com/ui/setup/Setup?setupid=PersonalInfo#"}
	classicLeaf   = message.Match{Rule: ruleSibling, ID: "PersonalInformation_font", Href: "https://acme.my.salesforce.com/setup/personalInformationSetup.apexp?setupid=PersonalInformation"}
	classicReset  = message.Match{Rule: ruleResetLink, ID: "ResetApiToken_font", Href: "https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&setupid=ResetApiToken"}
)

func TestDecideVariants(t *testing.T) {
	const (
		sameOrigin = "https://acme.lightning.force.com/_ui/system/security/ResetApiTokenEdit?retURL=%2Fsetup%2FpersonalInformationSetup.apexp&setupid=ResetApiToken&isdtp=p1&sfdcIFrameOrigin=https%3A%2F%2Facme.lightning.force.com&sfdcIFrameHost=web&nonce=n&ltn_app_id=a&clc=0"
		setupFrame = "https://acme.my.salesforce-setup.com/_ui/system/security/ResetApiTokenEdit?setupid=ResetApiToken&isdtp=p1&sfdcIFrameOrigin=https://acme.my.salesforce-setup.com&clc=1"
		setupPI    = "https://acme.my.salesforce-setup.com/lightning/settings/personal/PersonalInformation/home"
	)
	for _, c := range []struct {
		name      string
		url       string
		top       bool
		ms        []message.Match
		query     string
		rule, idx int
		state     string
	}{
		{"2026 markup, no node ids", personalInfo, true, []message.Match{sib2026, link2026}, "", ruleResetLink, 0, message.StateResetLink},
		{"2026 markup, entry missing", personalInfo, true, []message.Match{sib2026}, "", -1, 0, message.StateMissing},
		{"group closed, leaves not rendered", personalInfo, true, []message.Match{expander}, "", ruleGroup, 0, message.StateOpenSection},
		{"group closed, on the Setup host", setupPI, true, []message.Match{expander}, "", ruleGroup, 0, message.StateOpenSection},
		{"group closed, leaves rendered but hidden", personalInfo, true, []message.Match{sibHidden, linkHidden, expander}, "", ruleGroup, 0, message.StateOpenSection},
		{"group opened", personalInfo, true, []message.Match{sib2026, link2026}, "", ruleResetLink, 0, message.StateResetLink},
		{"several groups closed, node ids name ours", personalInfo, true, []message.Match{expanderNode(0, "Email"), expanderNode(1, "PersonalInfo")}, "", ruleGroup, 1, message.StateOpenSection},
		{"several groups closed, no node ids: the first", personalInfo, true, []message.Match{expanderNode(0, ""), expanderNode(1, "")}, "", ruleGroup, 0, message.StateOpenSection},
		{"group closed while Quick Find filters", personalInfo, true, []message.Match{expander}, "pass", -1, 0, ""},
		{"half-rendered: parents open, no leaves yet", personalInfo, true, []message.Match{}, "", -1, 0, ""},
		{"another group closed, ours open without the entry", personalInfo, true, []message.Match{sib2026, expander}, "", -1, 0, message.StateMissing},
		{"Lightning reset page, group closed", resetPageURL, true, []message.Match{expander}, "", ruleGroup, 0, message.StateOpenSection},
		{"Classic folder closed", classicMine, true, []message.Match{classicFolder}, "", ruleGroup, 0, message.StateOpenSection},
		{"Classic folder open, entry there", classicMine, true, []message.Match{classicFolder, classicLeaf, classicReset}, "", ruleResetLink, 0, message.StateResetLink},
		{"Classic folder open, entry missing", classicMine, true, []message.Match{classicFolder, classicLeaf}, "", -1, 0, message.StateMissing},
		{"reset frame on the Lightning host, clc=0", sameOrigin, false, []message.Match{
			{Rule: ruleResetForm, Value: "  Reset Security Token  ", Title: "Reset Security Token"},
			{Rule: ruleButton, Value: "  Reset Security Token  ", Title: "Reset Security Token"},
		}, "", ruleResetForm, 0, ""},
		{"reset frame on the Setup host", setupFrame, false, []message.Match{{Rule: ruleButton, Value: "Reset Security Token"}}, "", ruleButton, 0, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Decide(page(t, c.url), c.top, Facts{Matches: c.ms, Query: c.query})
			if d.Highlight.Rule != c.rule || (c.rule >= 0 && d.Highlight.Index != c.idx) {
				t.Errorf("highlight %+v, want rule %d index %d", d.Highlight, c.rule, c.idx)
			}
			if d.State != c.state {
				t.Errorf("state %q, want %q", d.State, c.state)
			}
			if (d.State == message.StateOpenSection || d.State == message.StateMissing) && d.Delay == 0 {
				t.Errorf("state %q without a delay: the tree may still be rendering", d.State)
			}
		})
	}
}

// The reset button is the form's that posts to ResetApiTokenConfirm, in
// any language; labels only break ties among its buttons.
func TestPickButtonByForm(t *testing.T) {
	form := func(i int, title, value, name string) message.Match {
		return message.Match{Rule: ruleResetForm, Index: i, Title: title, Value: value, Name: name}
	}
	any := func(i int, title, value, name string) message.Match {
		return message.Match{Rule: ruleButton, Index: i, Title: title, Value: value, Name: name}
	}
	for _, c := range []struct {
		name string
		ms   []message.Match
		rule int
		want int
	}{
		{"padded value, no name", []message.Match{form(0, "Reset Security Token", " Reset Security Token ", ""), any(0, "Search", "Go", ""), any(1, "Reset Security Token", " Reset Security Token ", "")}, ruleResetForm, 0},
		{"Portuguese (Brazil)", []message.Match{form(0, "Cancelar", "Cancelar", ""), form(1, "Redefinir token de segurança", "Redefinir token de segurança", "")}, ruleResetForm, 1},
		{"German, Sicherheits-Token", []message.Match{form(0, "Abbrechen", "Abbrechen", ""), form(1, "Sicherheits-Token zurücksetzen", " Sicherheits-Token zurücksetzen ", "")}, ruleResetForm, 1},
		{"German, Sicherheitstoken", []message.Match{form(0, "Abbrechen", "Abbrechen", ""), form(1, "Sicherheitstoken zurücksetzen", " Sicherheitstoken zurücksetzen ", "")}, ruleResetForm, 1},
		{"unknown language, the form's first", []message.Match{form(0, "Nollaa", "Nollaa", ""), form(1, "Peruuta", "Peruuta", ""), any(0, "Haku", "Hae", "")}, ruleResetForm, 0},
		{"form action unknown: any form's buttons", []message.Match{any(0, "Cancel", "Cancel", "cancel"), any(1, "Reset Security Token", "Reset Security Token", "")}, ruleButton, 1},
	} {
		r, ok := pickButton(c.ms)
		if !ok || r.Rule != c.rule || r.Index != c.want {
			t.Errorf("%s: picked %+v (%v), want rule %d index %d", c.name, r, ok, c.rule, c.want)
		}
	}
}

// Lightning's hint names the group; Classic's does not know the folder's
// label in every language.
func TestOpenSectionHint(t *testing.T) {
	for url, want := range map[string]string{personalInfo: "hintOpenSectionClick", classicMine: "hintOpenSectionClickClassic"} {
		h := HintFor(message.StateOpenSection, page(t, url))
		if h.Title.Key != "hintOpenSectionTitle" || len(h.Lines) == 0 || h.Lines[0].Key != want {
			t.Errorf("%s: hint %+v, want its first line %s", url, h, want)
		}
	}
}
