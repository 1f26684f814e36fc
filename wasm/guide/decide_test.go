package guide

import (
	"testing"

	"tokenhelper/wasm/message"
	"tokenhelper/wasm/salesforce"
)

func page(t *testing.T, url string) salesforce.Page {
	t.Helper()
	p, ok := salesforce.Classify(url)
	if !ok {
		t.Fatalf("Classify(%q) refused", url)
	}
	return p
}

// Facts as the content script reports them from the demo org's trees.
var (
	lightningLink = message.Match{Rule: ruleResetLink, Href: "/lightning/settings/personal/ResetApiToken/home", NodeID: "ResetApiToken", Expanded: "true"}
	lightningSib  = message.Match{Rule: ruleSibling, Href: "/lightning/settings/personal/PersonalInformation/home", NodeID: "PersonalInformation", Expanded: "true"}
	classicLink   = message.Match{Rule: ruleResetLink, ID: "ResetApiToken_font", Href: "/_ui/system/security/ResetApiTokenEdit?setupid=ResetApiToken"}
	classicSib    = message.Match{Rule: ruleSibling, ID: "PersonalInfo_font", Href: "/setup/personalInformationSetup.apexp?setupid=PersonalInfo"}
	resetButton   = message.Match{Rule: ruleButton, Title: "Reset Security Token", Value: "Reset Security Token", Name: "save"}
	cancelButton  = message.Match{Rule: ruleButton, Index: 1, Title: "Cancel", Value: "Cancel", Name: "cancel"}
)

const (
	personalInfo = "https://acme.lightning.force.com/lightning/settings/personal/PersonalInformation/home"
	resetPageURL = "https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home"
	resetFrame   = "https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&setupid=ResetApiToken&isdtp=p1&sfdcIFrameOrigin=https://acme.lightning.force.com&sfdcIFrameHost=web&nonce=n&ltn_app_id=a&clc=1"
	resetClassic = "https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&setupid=ResetApiToken"
	doneLight    = "https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home?url=%2F_ui%2Fsystem%2Fsecurity%2FResetApiTokenConfirm%3FretURL%3D%252Fui%252Fsetup%252FSetup%253Fsetupid%253DPersonalInfo%26setupid%3DResetApiToken"
	doneClassic  = "https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenConfirm?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&setupid=ResetApiToken"
	setupHome    = "https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome/home"
	setupUsers   = "https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/home"
	classicMine  = "https://acme.my.salesforce.com/ui/setup/Setup?setupid=PersonalInfo"
	record       = "https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view"
)

func TestDecide(t *testing.T) {
	for _, c := range []struct {
		name      string
		url       string
		top       bool
		facts     Facts
		watch     bool
		highlight int // the Index of the highlighted match's rule, -1 none
		rule      int
		state     string
		delay     bool
	}{
		{"personal settings, before facts", personalInfo, true, Facts{}, true, -1, -1, "", false},
		{"personal settings, tree with entry", personalInfo, true, Facts{Matches: []message.Match{lightningSib, lightningLink}}, true, 0, ruleResetLink, message.StateResetLink, false},
		{"personal settings, tree without entry", personalInfo, true, Facts{Matches: []message.Match{lightningSib}}, true, -1, -1, message.StateMissing, true},
		{"personal settings, tree filtered by Quick Find", personalInfo, true, Facts{Matches: []message.Match{lightningSib}, Query: "pass"}, true, -1, -1, "", false},
		{"personal settings, section collapsed", personalInfo, true, Facts{Matches: []message.Match{{Rule: ruleSibling, Expanded: "false"}}}, true, -1, -1, "", false},
		{"personal settings, nothing rendered yet", personalInfo, true, Facts{Matches: []message.Match{}}, true, -1, -1, "", false},
		{"Lightning reset page", resetPageURL, true, Facts{Matches: []message.Match{lightningSib, lightningLink}}, true, 0, ruleResetLink, message.StateResetPage, false},
		{"Lightning reset page, entry missing", resetPageURL, true, Facts{Matches: []message.Match{lightningSib}}, true, -1, -1, message.StateMissing, true},
		{"reset frame inside Lightning", resetFrame, false, Facts{Matches: []message.Match{resetButton, cancelButton}}, true, 0, ruleButton, "", false},
		{"standalone Classic reset page", resetClassic, true, Facts{Matches: []message.Match{classicLink, resetButton, cancelButton}}, true, 0, ruleButton, message.StateResetPage, false},
		{"Classic reset page without a button", resetClassic, true, Facts{Matches: []message.Match{classicSib}}, true, -1, -1, message.StateMissing, true},
		{"Lightning after the reset", doneLight, true, Facts{}, false, -1, -1, message.StateResetDone, false},
		{"Classic confirmation, standalone", doneClassic, true, Facts{}, false, -1, -1, message.StateResetDone, false},
		{"Classic confirmation in the Lightning frame", doneClassic + "&isdtp=p1&sfdcIFrameOrigin=https://acme.lightning.force.com", false, Facts{}, false, -1, -1, "", false},
		{"Setup Home", setupHome, true, Facts{}, false, -1, -1, message.StateGoToSettings, false},
		{"Setup page, no search", setupUsers, true, Facts{Matches: []message.Match{}}, false, -1, -1, "", false},
		{"Setup page, searching token", setupUsers, true, Facts{Matches: []message.Match{}, Query: "Token"}, false, -1, -1, message.StateGoToSettings, false},
		{"Setup page, searching users", setupUsers, true, Facts{Matches: []message.Match{}, Query: "users"}, false, -1, -1, "", false},
		{"Classic My Settings", classicMine, true, Facts{Matches: []message.Match{classicSib, classicLink}}, true, 0, ruleResetLink, message.StateResetLink, false},
		{"Classic My Settings without the entry", classicMine, true, Facts{Matches: []message.Match{classicSib}}, true, -1, -1, message.StateMissing, true},
		{"record page", record, true, Facts{}, false, -1, -1, "", false},
		{"Lightning page as a frame", personalInfo, false, Facts{}, false, -1, -1, "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Decide(page(t, c.url), c.top, c.facts)
			if (len(d.Watch) > 0) != c.watch {
				t.Errorf("watch %q, want watching %v", d.Watch, c.watch)
			}
			if d.Highlight.Rule != c.rule || (c.rule >= 0 && d.Highlight.Index != c.highlight) {
				t.Errorf("highlight %+v, want rule %d index %d", d.Highlight, c.rule, c.highlight)
			}
			if d.State != c.state {
				t.Errorf("state %q, want %q", d.State, c.state)
			}
			if (d.Delay > 0) != c.delay {
				t.Errorf("delay %d, want a delay: %v", d.Delay, c.delay)
			}
		})
	}
}

// The nav-tree entry wins over other links to the reset page, and a link
// to the confirmation page is never highlighted: loading it resets.
func TestPickResetLink(t *testing.T) {
	confirm := message.Match{Rule: ruleResetLink, Index: 0, Href: "/_ui/system/security/ResetApiTokenConfirm?setupid=ResetApiToken"}
	content := message.Match{Rule: ruleResetLink, Index: 1, Href: "/_ui/system/security/ResetApiTokenEdit"}
	tree := message.Match{Rule: ruleResetLink, Index: 2, Href: "/lightning/settings/personal/ResetApiToken/home", NodeID: "ResetApiToken"}
	if r, _ := pickResetLink([]message.Match{confirm, content, tree}); r.Index != 2 {
		t.Errorf("picked %d, want the tree entry", r.Index)
	}
	if r, _ := pickResetLink([]message.Match{confirm, content}); r.Index != 1 {
		t.Errorf("picked %d, want the content link", r.Index)
	}
	if _, ok := pickResetLink([]message.Match{confirm}); ok {
		t.Error("picked the confirmation link")
	}
}

// Whatever the UI language, the button that is not Cancel is chosen.
func TestPickButtonAnyLanguage(t *testing.T) {
	for _, c := range []struct {
		name string
		ms   []message.Match
		want int
	}{
		{"German", []message.Match{{Rule: ruleButton, Index: 0, Title: "Sicherheits-Token zurücksetzen"}, {Rule: ruleButton, Index: 1, Title: "Abbrechen", Name: "cancel"}}, 0},
		{"Japanese", []message.Match{{Rule: ruleButton, Index: 0, Value: "キャンセル"}, {Rule: ruleButton, Index: 1, Value: "セキュリティトークンのリセット"}}, 1},
		{"unknown language, cancel first", []message.Match{{Rule: ruleButton, Index: 0, Name: "cancel", Value: "Peruuta"}, {Rule: ruleButton, Index: 1, Value: "Nollaa"}}, 1},
		{"unknown language, no names", []message.Match{{Rule: ruleButton, Index: 0, Value: "Nollaa"}, {Rule: ruleButton, Index: 1, Value: "Peruuta"}}, 0},
	} {
		r, ok := pickButton(c.ms)
		if !ok || r.Index != c.want {
			t.Errorf("%s: picked %+v (%v), want %d", c.name, r, ok, c.want)
		}
	}
	if _, ok := pickButton([]message.Match{cancelButton}); ok {
		t.Error("picked Cancel")
	}
}

func TestTokenSearch(t *testing.T) {
	for q, want := range map[string]bool{
		"token": true, "Security Token": true, "tok": true, "reset": true, "jeton": true, "トークン": true,
		"": false, "  ": false, "users": false, "to": false, "profiles": false, "session": false,
	} {
		if got := TokenSearch(q); got != want {
			t.Errorf("TokenSearch(%q) = %v, want %v", q, got, want)
		}
	}
}
