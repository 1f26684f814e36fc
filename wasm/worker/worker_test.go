package worker

import (
	"strings"
	"testing"
	"time"

	"tokenhelper/wasm/guide"
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/locale/localedir"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/salesforce"
)

// fakeMemory and fakeBadge stand in for chrome.storage and chrome.action.
type fakeMemory struct {
	closed   map[string]bool
	tabs     map[int]message.TabState
	settings message.Settings
}

func newMemory() *fakeMemory {
	return &fakeMemory{closed: map[string]bool{}, tabs: map[int]message.TabState{}}
}

func (m *fakeMemory) Closed(org, state string) bool      { return m.closed[org+" "+state] }
func (m *fakeMemory) Close(org, state string)            { m.closed[org+" "+state] = true }
func (m *fakeMemory) SetTab(tab int, s message.TabState) { m.tabs[tab] = s }
func (m *fakeMemory) Tab(tab int) message.TabState       { return m.tabs[tab] }
func (m *fakeMemory) ForgetTab(tab int)                  { delete(m.tabs, tab) }
func (m *fakeMemory) Settings() message.Settings         { return m.settings }

type fakeBadge map[int]string

func (b fakeBadge) Show(tab int, state string, delay time.Duration) { b[tab] = state }

func catalog(t testing.TB) locale.Messages {
	t.Helper()
	m, err := localedir.Read("../../extension/_locales/en")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func newWorker(t testing.TB) (*Worker, *fakeMemory, fakeBadge) {
	mem, badge := newMemory(), fakeBadge{}
	return &Worker{Catalog: catalog(t), Memory: mem, Badge: badge}, mem, badge
}

const personal = "https://acme.lightning.force.com/lightning/settings/personal/PersonalInformation/home"

// popup is the sender of the popup's requests.
var popup = message.Sender{Tab: -1, Extension: true}

// treeWithEntry is the nav tree as the content script reports it on the
// org's Lightning host: links resolved, as the browser resolves them.
var treeWithEntry = treeOn("acme.lightning.force.com")

func treeOn(host string) []message.Match {
	return []message.Match{
		{Rule: 1, Href: "https://" + host + "/lightning/settings/personal/PersonalInformation/home", NodeID: "PersonalInformation"},
		{Rule: 0, Href: "https://" + host + "/lightning/settings/personal/ResetApiToken/home", NodeID: "ResetApiToken"},
	}
}

func TestPageThenFacts(t *testing.T) {
	w, mem, badge := newWorker(t)
	from := message.Sender{Tab: 7, URL: personal}
	a := w.Handle(message.Request{Kind: message.KindPage, URL: personal, Top: true}, from).(message.Answer)
	if len(a.Watch) == 0 || a.Hint.State != "" {
		t.Fatalf("page answer %+v: want selectors to watch and no hint yet", a)
	}
	a = w.Handle(message.Request{Kind: message.KindFacts, URL: personal, Top: true, Matches: treeWithEntry}, from).(message.Answer)
	if a.Highlight != (message.Ref{Rule: 0, Index: 0}) {
		t.Errorf("highlight %+v, want the reset entry", a.Highlight)
	}
	if a.Hint.State != message.StateResetLink || a.Hint.Title == "" || len(a.Hint.Lines) == 0 || a.Hint.Close == "" {
		t.Errorf("hint %+v: want a complete reset-link hint", a.Hint)
	}
	if mem.tabs[7].State != message.StateResetLink || badge[7] != message.StateResetLink {
		t.Errorf("tab state %+v, badge %q: want reset-link recorded", mem.tabs[7], badge[7])
	}
}

// A closed hint stays closed for that org and state, on any of its hosts;
// the tab still records the state for the popup.
func TestClosedHintStaysClosed(t *testing.T) {
	w, mem, _ := newWorker(t)
	from := message.Sender{Tab: 3, URL: personal}
	r := w.Handle(message.Request{Kind: message.KindClose, URL: personal, Top: true, State: message.StateResetLink}, from).(message.Reply)
	if !r.OK {
		t.Fatalf("close: %+v", r)
	}
	onSetupDomain := "https://acme.my.salesforce-setup.com/lightning/settings/personal/PersonalInformation/home"
	a := w.Handle(message.Request{Kind: message.KindFacts, URL: onSetupDomain, Top: true, Matches: treeOn("acme.my.salesforce-setup.com")}, message.Sender{Tab: 3, URL: onSetupDomain}).(message.Answer)
	if a.Hint.State != "" {
		t.Errorf("closed hint came back: %+v", a.Hint)
	}
	if a.Highlight.Rule != 0 {
		t.Errorf("the highlight went with the hint: %+v", a.Highlight)
	}
	if mem.tabs[3].State != message.StateResetLink {
		t.Errorf("tab state %+v", mem.tabs[3])
	}
	other := "https://globex.lightning.force.com/lightning/settings/personal/PersonalInformation/home"
	if a := w.Handle(message.Request{Kind: message.KindFacts, URL: other, Top: true, Matches: treeOn("globex.lightning.force.com")}, message.Sender{Tab: 3, URL: other}).(message.Answer); a.Hint.State == "" {
		t.Error("closing a hint in one org closed it in another")
	}
}

// Every hint state renders in full from the English catalogue: no key is
// missing, and the links point at this org only.
func TestEveryHintRenders(t *testing.T) {
	w, _, _ := newWorker(t)
	p, _ := salesforce.Classify("https://acme--uat.sandbox.lightning.force.com/lightning/settings/personal/ResetApiToken/home")
	for _, state := range []string{message.StateResetLink, message.StateResetPage, message.StateResetDone, message.StateGoToSettings, message.StateMissing} {
		h := w.render(state, guide.HintFor(state, p))
		all := append(append([]string{h.Title, h.Close, h.Label}, h.Lines...), h.Steps...)
		for _, l := range h.Links {
			all = append(all, l.Text)
			if !strings.HasPrefix(l.Href, "https://acme--uat.sandbox.") || salesforce.Dangerous(l.Href) {
				t.Errorf("%s: link %q is not this org's, or is dangerous", state, l.Href)
			}
		}
		for i, s := range all {
			if strings.TrimSpace(s) == "" || strings.Contains(s, "$") {
				t.Errorf("%s: text %d is %q", state, i, s)
			}
		}
	}
}

func TestStatus(t *testing.T) {
	w, mem, _ := newWorker(t)
	mem.tabs[5] = message.TabState{URL: personal, State: message.StateMissing}
	s := w.Handle(message.Request{Kind: message.KindStatus, Tab: 5, URL: personal}, popup).(message.Status)
	if !s.Salesforce || s.Org != "acme" || s.UI != "lightning" || s.State != message.StateMissing {
		t.Errorf("status %+v", s)
	}
	if !strings.HasSuffix(s.ResetURL, "/lightning/settings/personal/ResetApiToken/home") {
		t.Errorf("reset URL %q", s.ResetURL)
	}
	// The tab moved on: its old state no longer applies.
	s = w.Handle(message.Request{Kind: message.KindStatus, Tab: 5, URL: "https://acme.lightning.force.com/lightning/page/home"}, popup).(message.Status)
	if s.State != "" {
		t.Errorf("stale state %q", s.State)
	}
	s = w.Handle(message.Request{Kind: message.KindStatus, Tab: 6, URL: "https://example.com/"}, popup).(message.Status)
	if s.Salesforce {
		t.Errorf("example.com is Salesforce: %+v", s)
	}
}

func TestUnknownRequest(t *testing.T) {
	w, _, _ := newWorker(t)
	if r, ok := w.Handle(message.Request{Kind: "password"}, message.Sender{}).(message.Reply); !ok || r.Error == "" {
		t.Errorf("unknown kind answered %+v", r)
	}
}

// With hints off in the options, the highlight stays and no hint shows.
func TestHintsOff(t *testing.T) {
	w, mem, _ := newWorker(t)
	mem.settings.HintsOff = true
	a := w.Handle(message.Request{Kind: message.KindFacts, URL: personal, Top: true, Matches: treeWithEntry}, message.Sender{Tab: 1, URL: personal}).(message.Answer)
	if a.Hint.State != "" || a.Highlight.Rule != 0 {
		t.Errorf("hints off: hint %q, highlight %+v", a.Hint.State, a.Highlight)
	}
}

// A state that rests on an absence ("missing") is not told to the popup
// before its delay has passed: the tree may still be filling in.
func TestMissingWaitsLikeItsHint(t *testing.T) {
	w, _, _ := newWorker(t)
	now := time.UnixMilli(1_700_000_000_000)
	w.Now = func() time.Time { return now }
	siblings := treeWithEntry[:1]
	w.Handle(message.Request{Kind: message.KindFacts, URL: personal, Top: true, Matches: siblings}, message.Sender{Tab: 4, URL: personal})
	status := func() message.Status {
		return w.Handle(message.Request{Kind: message.KindStatus, Tab: 4, URL: personal}, message.Sender{Tab: -1, Extension: true}).(message.Status)
	}
	// The popup is told how long to wait before it asks again.
	first := status()
	if first.State != "" || first.Pending <= 0 || first.Pending > 2000 {
		t.Errorf("status %q, pending %d ms right after a missing verdict, want none yet and a wait of at most 2 s", first.State, first.Pending)
	}
	now = now.Add(time.Duration(first.Pending) * time.Millisecond)
	if s := status(); s.State != message.StateMissing || s.Pending != 0 {
		t.Errorf("status %q, pending %d once the delay passed, want missing and nothing pending", s.State, s.Pending)
	}
}
