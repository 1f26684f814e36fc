//go:build js && wasm

package browser

import (
	"testing"
	"time"

	"github.com/norunners/vert"

	"tokenhelper/wasm/browser/fakechrome"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/worker/memorytest"
)

// within fails the test if f has not returned after a while: a deadlock in
// the glue stops the JS event loop, and the test must say so, not hang.
func within(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("%s did not return: a JS callback blocked, or a lock was held across an await", what)
	}
}

// TestSettingsChangeWhileReading saves the settings (the options page)
// while the worker awaits its read of them: the storage.onChanged
// callback must not wait for the reader, and the change must not be lost
// to the older read.
func TestSettingsChangeWhileReading(t *testing.T) {
	c := fakechrome.Install()
	local := c.Area("local")
	local.Data().Set(message.SettingsKey, vert.ValueOf(message.Settings{ClearSeconds: 40}).JSValue())
	m := NewMemory()

	held := make(chan struct{}, 1)
	local.Hold(held)
	read := make(chan message.Settings, 1)
	go func() { read <- m.Settings() }()
	<-held // the worker awaits the read, which saw 40

	within(t, "a settings save during a read", func() {
		local.Write(map[string]any{message.SettingsKey: vert.ValueOf(message.Settings{ClearSeconds: 90}).JSValue()})
		Await(c.Tick()) // the onChanged listeners have run
		local.Release()
	})
	within(t, "the read", func() {
		if s := <-read; s.ClearSeconds != 40 {
			t.Errorf("the read got %d seconds, want 40 (stored when it began)", s.ClearSeconds)
		}
		if s := m.Settings(); s.ClearSeconds != 90 {
			t.Errorf("after the change, settings say %d seconds, want 90", s.ClearSeconds)
		}
	})
}

// TestMemoryContract runs the cases that the worker's fake passes too.
func TestMemoryContract(t *testing.T) {
	memorytest.Run(t, func(t *testing.T) memorytest.Store {
		c := fakechrome.Install()
		return memorytest.Store{
			Open: func() memorytest.Memory {
				var m *Memory
				within(t, "NewMemory", func() { m = NewMemory() })
				return checked{t, m}
			},
			SaveSettings: func(s message.Settings) {
				c.Area("local").Write(map[string]any{message.SettingsKey: vert.ValueOf(s).JSValue()})
				Await(c.Tick()) // onChanged has run
			},
		}
	})
}

// checked is a Memory whose every call must return.
type checked struct {
	t *testing.T
	m *Memory
}

func (c checked) Closed(org, state string) (b bool) {
	within(c.t, "Closed", func() { b = c.m.Closed(org, state) })
	return b
}
func (c checked) Close(org, state string) { within(c.t, "Close", func() { c.m.Close(org, state) }) }
func (c checked) SetTab(tab int, s message.TabState) {
	within(c.t, "SetTab", func() { c.m.SetTab(tab, s) })
}
func (c checked) ForgetTab(tab int) { within(c.t, "ForgetTab", func() { c.m.ForgetTab(tab) }) }
func (c checked) Tab(tab int) (s message.TabState) {
	within(c.t, "Tab", func() { s = c.m.Tab(tab) })
	return s
}
func (c checked) Settings() (s message.Settings) {
	within(c.t, "Settings", func() { s = c.m.Settings() })
	return s
}
