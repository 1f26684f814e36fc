package worker

import (
	"testing"

	"tokenhelper/wasm/message"
)

// fakePolicy stands in for chrome.storage.managed.
type fakePolicy struct {
	admin  map[string]any
	forgot int
}

func (p *fakePolicy) Admin() map[string]any { return p.admin }
func (p *fakePolicy) ForgetTokens()         { p.forgot++ }

// An administrator's hintsOff silences the hint, highlights stay; a value
// of the wrong type is ignored and the user's choice applies.
func TestPolicyHints(t *testing.T) {
	for _, c := range []struct {
		name     string
		userOff  bool
		admin    map[string]any
		wantHint bool
	}{
		{"no policy", false, nil, true},
		{"hints off by policy", false, map[string]any{"hintsOff": true}, false},
		{"hints on by policy over the user's off", true, map[string]any{"hintsOff": false}, true},
		{"a string is ignored: the user's on", false, map[string]any{"hintsOff": "true"}, true},
		{"a string is ignored: the user's off", true, map[string]any{"hintsOff": "false"}, false},
	} {
		w, mem, _ := newWorker(t)
		mem.settings.HintsOff = c.userOff
		w.Policy = &fakePolicy{admin: c.admin}
		a := w.Handle(message.Request{Kind: message.KindFacts, URL: personal, Top: true, Matches: treeWithEntry}, message.Sender{Tab: 1, URL: personal}).(message.Answer)
		if got := a.Hint.State != ""; got != c.wantHint {
			t.Errorf("%s: hint %q, want shown %v", c.name, a.Hint.State, c.wantHint)
		}
		if a.Highlight.Rule != 0 {
			t.Errorf("%s: highlight %+v, want the entry", c.name, a.Highlight)
		}
	}
}

// Forbidding the remember option forgets what was remembered; anything
// else leaves it.
func TestReapplyForgetsTokens(t *testing.T) {
	for _, c := range []struct {
		admin map[string]any
		want  int
	}{
		{nil, 0},
		{map[string]any{"rememberTokenAllowed": true}, 0},
		{map[string]any{"rememberTokenAllowed": "false"}, 0},
		{map[string]any{"rememberTokenAllowed": false}, 1},
	} {
		w, _, _ := newWorker(t)
		p := &fakePolicy{admin: c.admin}
		w.Policy = p
		w.Reapply()
		if p.forgot != c.want {
			t.Errorf("policy %v: forgot %d times, want %d", c.admin, p.forgot, c.want)
		}
	}
	w, _, _ := newWorker(t)
	w.Reapply() // no policy at all: nothing to do, no panic
}
