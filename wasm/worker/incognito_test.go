package worker

import (
	"testing"

	"tokenhelper/wasm/message"
)

// TestIncognitoKeepsNothing: in spanning mode one worker serves normal
// and incognito tabs, over one storage. From an incognito tab it answers
// as ever, and shows the badge, but keeps nothing: no tab state for the
// popup, no closed hint for later visits.
func TestIncognitoKeepsNothing(t *testing.T) {
	w, mem, badge := newWorker(t)
	from := message.Sender{Tab: 9, URL: personal, Incognito: true}
	a := w.Handle(message.Request{Kind: message.KindFacts, URL: personal, Top: true, Matches: treeWithEntry}, from).(message.Answer)
	if a.Hint.State != message.StateResetLink {
		t.Errorf("incognito: hint %q, want the same help as elsewhere", a.Hint.State)
	}
	if badge[9] != message.StateResetLink {
		t.Errorf("incognito: badge %q, want reset-link", badge[9])
	}
	if len(mem.tabs) != 0 {
		t.Errorf("incognito: tab state kept: %v", mem.tabs)
	}
	r := w.Handle(message.Request{Kind: message.KindClose, URL: personal, Top: true, State: message.StateResetLink}, from).(message.Reply)
	if !r.OK {
		t.Errorf("incognito: close refused: %+v", r)
	}
	if len(mem.closed) != 0 {
		t.Errorf("incognito: closed hint kept: %v", mem.closed)
	}
	// The same org in a normal window is not affected.
	normal := message.Sender{Tab: 2, URL: personal}
	if a := w.Handle(message.Request{Kind: message.KindFacts, URL: personal, Top: true, Matches: treeWithEntry}, normal).(message.Answer); a.Hint.State != message.StateResetLink {
		t.Errorf("after closing in incognito, a normal window's hint is %q", a.Hint.State)
	}
	if mem.tabs[2].State != message.StateResetLink {
		t.Errorf("normal window: tab state %+v, want reset-link kept", mem.tabs[2])
	}
}
