//go:build js && wasm

package browser

import (
	"strconv"
	"sync"
	"sync/atomic"
	"syscall/js"

	"tokenhelper/wasm/message"
)

// Memory is the worker's memory: closed hints in storage.local (they
// outlive the browser session), tab states in storage.session (they
// outlive the service worker, not the browser). Both are cached, and
// read once per service-worker start.
//
// The lock guards the caches only, and is never held across an await:
// storage answers come through the JS event loop, and so do the
// storage.onChanged callbacks, which must never wait for a Go lock. The
// callback only counts the change; a reader that began before it does not
// keep its older result.
type Memory struct {
	mu       sync.Mutex
	closed   map[string]bool // nil until loaded
	tabs     map[int]message.TabState
	settings *message.Settings // nil until loaded
	read     int64             // the value of changes when settings was read

	changes atomic.Int64 // settings changes seen by onChanged
}

// NewMemory returns the worker's memory, which follows changes that the
// options page makes to the settings.
func NewMemory() *Memory {
	m := &Memory{}
	onChanged := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) > 1 && args[1].String() == "local" && args[0].Get(message.SettingsKey).Truthy() {
			m.changes.Add(1)
		}
		return nil
	})
	chrome().Get("storage").Get("onChanged").Call("addListener", onChanged)
	return m
}

// Settings returns the user's options as stored (zero when none are),
// read once and after each change.
func (m *Memory) Settings() message.Settings {
	gen := m.changes.Load()
	m.mu.Lock()
	if m.settings != nil && m.read == gen {
		s := *m.settings
		m.mu.Unlock()
		return s
	}
	m.mu.Unlock()

	// As stored: what applies (defaults, bounds, policy) is for
	// settings.Effect to decide.
	var s message.Settings
	Area("local").Decode(message.SettingsKey, &s)

	m.mu.Lock()
	if m.settings == nil || gen >= m.read {
		m.settings, m.read = &s, gen
	}
	m.mu.Unlock()
	return s
}

const closedKey = "closedHints"

// loadClosed reads the closed hints once, without the lock held.
func (m *Memory) loadClosed() {
	m.mu.Lock()
	loaded := m.closed != nil
	m.mu.Unlock()
	if loaded {
		return
	}
	stored := map[string]bool{}
	v, err := Area("local").Get(closedKey)
	if err == nil && v.Type() == js.TypeObject {
		keys := js.Global().Get("Object").Call("keys", v)
		for i := 0; i < keys.Length(); i++ {
			stored[keys.Index(i).String()] = true
		}
	}
	m.mu.Lock()
	if m.closed == nil {
		m.closed = stored
	}
	m.mu.Unlock()
}

func (m *Memory) Closed(org, state string) bool {
	m.loadClosed()
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.closed[org+" "+state]
}

// Close remembers a closed hint. The write starts under the lock, so that
// storage takes the writes in the order of the cache's changes, and is
// awaited after it.
func (m *Memory) Close(org, state string) {
	m.loadClosed()
	m.mu.Lock()
	m.closed[org+" "+state] = true
	obj := js.Global().Get("Object").New()
	for k := range m.closed {
		obj.Set(k, true)
	}
	p := Area("local").start("set", map[string]any{closedKey: obj})
	m.mu.Unlock()
	Await(p)
}

func tabKey(tab int) string { return "tab" + strconv.Itoa(tab) }

func (m *Memory) SetTab(tab int, s message.TabState) {
	m.mu.Lock()
	if m.tabs == nil {
		m.tabs = map[int]message.TabState{}
	}
	m.tabs[tab] = s
	p := Area("session").start("set", map[string]any{tabKey(tab): map[string]any{"url": s.URL, "state": s.State, "from": s.From}})
	m.mu.Unlock()
	Await(p)
}

// ForgetTab drops a closed tab's state, cached and stored.
func (m *Memory) ForgetTab(tab int) {
	m.mu.Lock()
	delete(m.tabs, tab)
	p := Area("session").start("remove", tabKey(tab))
	m.mu.Unlock()
	Await(p)
}

func (m *Memory) Tab(tab int) message.TabState {
	m.mu.Lock()
	s, ok := m.tabs[tab]
	m.mu.Unlock()
	if ok {
		return s
	}
	v, err := Area("session").Get(tabKey(tab))
	if err != nil || v.Type() != js.TypeObject {
		return message.TabState{}
	}
	s = message.TabState{URL: v.Get("url").String(), State: v.Get("state").String()}
	if f := v.Get("from"); f.Type() == js.TypeNumber {
		s.From = int64(f.Float())
	}
	return s
}
