package worker

import (
	"strings"
	"testing"

	"tokenhelper/wasm/message"
)

const classicReset = "https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit?setupid=ResetApiToken"

// facts is a facts request from the top frame of the personal settings.
func facts(ms ...message.Match) message.Request {
	return message.Request{Kind: message.KindFacts, URL: personal, Top: true, Matches: ms}
}

// Each insane request from a page is refused, and the error says why.
func TestValidateRefuses(t *testing.T) {
	long := strings.Repeat("x", maxText+1)
	tab := message.Sender{Tab: 4, URL: personal}
	for _, c := range []struct {
		name string
		req  message.Request
		from message.Sender
		want string
	}{
		{"unknown kind", message.Request{Kind: "password", URL: personal, Top: true}, tab, `kind "password"`},
		{"status from a page", message.Request{Kind: message.KindStatus, URL: personal, Top: true, Tab: 9}, tab, `kind "status"`},
		{"clear from a page", message.Request{Kind: message.KindClear, Seconds: 1}, tab, `kind "clear"`},
		{"popup fields", message.Request{Kind: message.KindPage, URL: personal, Top: true, Seconds: 5}, tab, "popup fields"},
		{"to offscreen", message.Request{Kind: message.KindPage, URL: personal, Top: true, To: message.ToOffscreen}, tab, "popup fields"},
		{"frame claims top", message.Request{Kind: message.KindPage, URL: personal, Top: true}, message.Sender{Tab: 4, Frame: 3, URL: personal}, "top does not match"},
		{"another org's page", message.Request{Kind: message.KindPage, URL: personal, Top: true}, message.Sender{Tab: 4, URL: "https://globex.lightning.force.com/lightning/settings/personal/PersonalInformation/home"}, "another origin"},
		{"a look-alike host", message.Request{Kind: message.KindPage, URL: personal, Top: true}, message.Sender{Tab: 4, URL: "https://acme.lightning.force.com.evil.example/lightning/page/home"}, "another origin"},
		{"another scheme", message.Request{Kind: message.KindPage, URL: personal, Top: true}, message.Sender{Tab: 4, URL: "http://acme.lightning.force.com/lightning/page/home"}, "another origin"},
		{"another port", message.Request{Kind: message.KindPage, URL: personal, Top: true}, message.Sender{Tab: 4, URL: "https://acme.lightning.force.com:8443/lightning/page/home"}, "another origin"},
		{"no record of the sender", message.Request{Kind: message.KindPage, URL: personal, Top: true}, message.Sender{Tab: 4}, "did not say"},
		{"top claims frame", message.Request{Kind: message.KindPage, URL: personal}, tab, "top does not match"},
		{"long URL", message.Request{Kind: message.KindPage, URL: personal + "?" + strings.Repeat("a", maxURL), Top: true}, tab, "longer than 8 KB"},
		{"http", message.Request{Kind: message.KindPage, URL: "http://acme.lightning.force.com/lightning/page/home", Top: true}, tab, "not https"},
		{"javascript", message.Request{Kind: message.KindPage, URL: "javascript:alert(1)", Top: true}, tab, "not https"},
		{"not https", message.Request{Kind: message.KindPage, URL: "http://acme.lightning.force.com/lightning/setup/SetupOneHome/home", Top: true}, tab, "not https"},
		{"state on a page request", message.Request{Kind: message.KindPage, URL: personal, Top: true, State: "missing"}, tab, "state outside"},
		{"unknown state", message.Request{Kind: message.KindClose, URL: personal, Top: true, State: "x"}, tab, `unknown hint state "x"`},
		{"matches on a page request", message.Request{Kind: message.KindPage, URL: personal, Top: true, Matches: treeWithEntry}, tab, "facts outside"},
		{"too many matches", facts(make([]message.Match, maxMatches+1)...), tab, "501 matches"},
		{"negative rule", facts(message.Match{Rule: -1}), tab, "match 0: rule -1"},
		{"rule beyond the plan", facts(message.Match{Rule: 0}, message.Match{Rule: 3}), tab, "match 1: rule 3 outside the plan's 3 selectors"},
		{"rule on a page without a plan", message.Request{Kind: message.KindFacts, URL: "https://acme.lightning.force.com/lightning/page/home", Top: true, Matches: []message.Match{{}}}, tab, "outside the plan's 0"},
		{"negative index", facts(message.Match{Index: -1}), tab, "index -1"},
		{"the same match twice", facts(message.Match{Index: 1}, message.Match{Index: 0}, message.Match{Index: 1}), tab, "match 2: the same rule and index"},
		{"index beyond the matches", facts(message.Match{Index: 1}), tab, "index 1 out of range"},
		{"long href", facts(message.Match{Href: long}), tab, "href longer than 2 KB"},
		{"long title", facts(message.Match{Title: long}), tab, "title longer than 2 KB"},
		{"long value", facts(message.Match{Value: long}), tab, "value longer than 2 KB"},
		{"long query", message.Request{Kind: message.KindFacts, URL: personal, Top: true, Query: long}, tab, "query longer than 2 KB"},
	} {
		if _, err := validate(c.req, c.from); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
}

// What the content script really sends passes, unchanged.
func TestValidateAccepts(t *testing.T) {
	frame := message.Sender{Tab: 2, Frame: 7, URL: classicReset}
	buttons := []message.Match{
		{Rule: 2, Index: 0, Value: "Reset Security Token", Name: "save"},
		{Rule: 2, Index: 1, Value: "Cancel", Name: "cancel"},
	}
	for _, c := range []struct {
		req  message.Request
		from message.Sender
	}{
		{message.Request{Kind: message.KindPage, URL: personal, Top: true}, message.Sender{Tab: 2, URL: personal}},
		{facts(treeWithEntry...), message.Sender{Tab: 2, URL: personal}},
		// Lightning moved on with pushState; the browser's record lags.
		{facts(treeWithEntry...), message.Sender{Tab: 2, URL: "https://acme.lightning.force.com/lightning/page/home"}},
		{facts(), message.Sender{Tab: 2, URL: personal}},
		{message.Request{Kind: message.KindFacts, URL: classicReset, Matches: buttons}, frame},
		{message.Request{Kind: message.KindClose, URL: personal, Top: true, State: message.StateResetLink}, message.Sender{Tab: 2, URL: personal}},
	} {
		got, err := validate(c.req, c.from)
		if err != nil {
			t.Errorf("%+v refused: %v", c.req, err)
			continue
		}
		if len(got.Matches) != len(c.req.Matches) {
			t.Errorf("%+v changed to %+v", c.req, got)
		}
	}
}

// A refused request gets a Reply with the error, and changes nothing:
// no tab state, no badge, no closed hint.
func TestHandleRefusesFromPages(t *testing.T) {
	w, mem, badge := newWorker(t)
	from := message.Sender{Tab: 3, URL: personal}
	bad := facts(append(treeWithEntry, message.Match{Rule: 5})...)
	r, ok := w.Handle(bad, from).(message.Reply)
	if !ok || r.OK || !strings.Contains(r.Error, "rule 5") {
		t.Errorf("answer %+v, want a refusal naming rule 5", r)
	}
	w.Handle(message.Request{Kind: message.KindClose, URL: personal, Top: true, State: strings.Repeat("s", 100)}, from)
	if len(mem.tabs) != 0 || len(badge) != 0 || len(mem.closed) != 0 {
		t.Errorf("a refused request left tabs %v, badge %v, closed %v", mem.tabs, badge, mem.closed)
	}
	// The popup's own requests are not page requests.
	if _, ok := w.Handle(message.Request{Kind: message.KindStatus, Tab: 3, URL: personal}, popup).(message.Status); !ok {
		t.Error("the popup's status request was refused")
	}
}

// A page may put links before the reset entry that look like it and lead
// elsewhere: they are dropped, and the real entry is highlighted; with
// only such links there is nothing to highlight.
func TestOffOrgLinksAreDropped(t *testing.T) {
	w, _, _ := newWorker(t)
	decoys := []string{
		"javascript:alert(1)//ResetApiTokenEdit",
		" JavaScript:alert(1)//ResetApiTokenEdit",
		"java\tscript:alert(1)//ResetApiTokenEdit",
		"data:text/html,x#ResetApiTokenEdit",
		"https://evil.example/_ui/system/security/ResetApiTokenEdit",
		"//evil.example/_ui/system/security/ResetApiTokenEdit",
		`/\evil.example/_ui/system/security/ResetApiTokenEdit`,
		`\\evil.example/_ui/system/security/ResetApiTokenEdit`,
		"https://acme.lightning.force.com@evil.example/ResetApiTokenEdit",
		"http://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit",
		"https://globex.my.salesforce.com/_ui/system/security/ResetApiTokenEdit",
		"https:evil.example/ResetApiTokenEdit",
	}
	var ms []message.Match
	for i, href := range decoys {
		ms = append(ms, message.Match{Rule: 0, Index: i, Href: href, NodeID: "ResetApiToken", ID: "ResetApiToken_font"})
	}
	a := w.Handle(facts(ms...), message.Sender{Tab: 1, URL: personal}).(message.Answer)
	if a.Highlight.Rule != -1 || a.Hint.State == message.StateResetLink {
		t.Fatalf("decoys alone: highlight %+v, hint %q", a.Highlight, a.Hint.State)
	}
	// The content script reports links as the browser resolved them:
	// absolute. A relative one is not what it sends, and is dropped too.
	rel := message.Match{Rule: 0, Index: len(ms), Href: "/lightning/settings/personal/ResetApiToken/home", NodeID: "ResetApiToken"}
	if a := w.Handle(facts(append(ms[:len(ms):len(ms)], rel)...), message.Sender{Tab: 1, URL: personal}).(message.Answer); a.Highlight.Rule != -1 {
		t.Errorf("a relative link was highlighted: %+v", a.Highlight)
	}
	for _, href := range []string{
		"https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home",
		"https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit?setupid=ResetApiToken",
		"https://acme.my.salesforce-setup.com/lightning/settings/personal/ResetApiToken/home",
	} {
		real := message.Match{Rule: 0, Index: len(ms), Href: href, NodeID: "ResetApiToken"}
		a := w.Handle(facts(append(ms[:len(ms):len(ms)], real)...), message.Sender{Tab: 1, URL: personal}).(message.Answer)
		if a.Highlight != (message.Ref{Rule: 0, Index: len(ms)}) {
			t.Errorf("%s after the decoys: highlight %+v, want the real entry", href, a.Highlight)
		}
	}
}
