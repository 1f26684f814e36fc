// Package memorytest is the contract of worker.Memory: the same cases run
// against the host fake of the worker's tests and against the browser's
// Memory over chrome.storage (under Node, with package fakechrome), so
// that the worker's tests stand for what the browser does.
package memorytest

import (
	"testing"

	"tokenhelper/wasm/message"
)

// Memory is worker.Memory, restated here so that the worker's own tests
// can import this package; they check that the two stay the same.
type Memory interface {
	Closed(org, state string) bool
	Close(org, state string)
	SetTab(tab int, s message.TabState)
	Tab(tab int) message.TabState
	ForgetTab(tab int)
	Settings() message.Settings
}

// Store is the storage under a memory.
type Store struct {
	// Open starts a memory over the storage, as a service worker does
	// each time it starts.
	Open func() Memory
	// SaveSettings stores settings as the options page does, from
	// another context.
	SaveSettings func(message.Settings)
}

// Run runs the contract; fresh returns a new, empty storage for each case.
func Run(t *testing.T, fresh func(t *testing.T) Store) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.run(t, fresh(t)) })
	}
}

const org, other = "acme.lightning.force.com", "globex.lightning.force.com"

var cases = []struct {
	name string
	run  func(*testing.T, Store)
}{
	{"empty", func(t *testing.T, s Store) {
		m := s.Open()
		if m.Closed(org, "reset-link") {
			t.Error("a hint is closed in an empty store")
		}
		if got := m.Tab(3); got != (message.TabState{}) {
			t.Errorf("tab 3 is %+v in an empty store", got)
		}
		if got := m.Settings(); got != (message.Settings{}) {
			t.Errorf("settings %+v in an empty store, want none (the defaults are settings.Effect's)", got)
		}
	}},
	{"close", func(t *testing.T, s Store) {
		m := s.Open()
		m.Close(org, "reset-link")
		m.Close(org, "missing")
		for _, c := range []struct {
			org, state string
			want       bool
		}{{org, "reset-link", true}, {org, "missing", true}, {org, "reset-page", false}, {other, "reset-link", false}} {
			if got := m.Closed(c.org, c.state); got != c.want {
				t.Errorf("Closed(%q, %q) = %v, want %v", c.org, c.state, got, c.want)
			}
		}
		if !s.Open().Closed(org, "missing") {
			t.Error("a closed hint was forgotten when the worker restarted")
		}
	}},
	{"tabs", func(t *testing.T, s Store) {
		m := s.Open()
		a := message.TabState{URL: "https://acme.lightning.force.com/lightning/settings/personal/PersonalInformation/home", State: "reset-link", From: 1700000000000}
		b := message.TabState{URL: a.URL, State: "missing", From: 1700000001500}
		m.SetTab(3, a)
		m.SetTab(4, a)
		m.SetTab(4, b)
		if got := m.Tab(3); got != a {
			t.Errorf("tab 3 is %+v, want %+v", got, a)
		}
		if got := m.Tab(4); got != b {
			t.Errorf("tab 4 is %+v, want the later %+v", got, b)
		}
		if got := s.Open().Tab(4); got != b {
			t.Errorf("after a restart, tab 4 is %+v, want %+v", got, b)
		}
	}},
	{"forget a tab", func(t *testing.T, s Store) {
		m := s.Open()
		a := message.TabState{URL: "https://acme.lightning.force.com/lightning/page/home", State: "go-to-settings", From: 1700000000000}
		m.SetTab(3, a)
		m.SetTab(4, a)
		m.ForgetTab(3)
		m.ForgetTab(5) // never recorded
		if got := m.Tab(3); got != (message.TabState{}) {
			t.Errorf("a closed tab is still %+v", got)
		}
		if got := s.Open().Tab(3); got != (message.TabState{}) {
			t.Errorf("after a restart, a closed tab is still %+v", got)
		}
		if got := m.Tab(4); got != a {
			t.Errorf("tab 4 is %+v after tab 3 closed, want %+v", got, a)
		}
	}},
	{"settings", func(t *testing.T, s Store) {
		m := s.Open()
		m.Settings()
		s.SaveSettings(message.Settings{ClearSeconds: 90, HintsOff: true})
		if got := m.Settings(); got.ClearSeconds != 90 || !got.HintsOff {
			t.Errorf("after a save, settings %+v, want 90 seconds and hints off", got)
		}
		s.SaveSettings(message.Settings{ClearSeconds: 1})
		if got := m.Settings(); got != (message.Settings{ClearSeconds: 1}) {
			t.Errorf("after saving an out-of-range timeout, settings %+v, want it as saved (settings.Effect bounds it)", got)
		}
	}},
}
