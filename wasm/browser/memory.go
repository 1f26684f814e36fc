//go:build js && wasm

package browser

import (
	"strconv"
	"sync"
	"syscall/js"

	"tokenhelper/wasm/message"
	"tokenhelper/wasm/settings"
)

// Memory is the worker's memory: closed hints in storage.local (they
// outlive the browser session), tab states in storage.session (they
// outlive the service worker, not the browser). Both are cached, and
// read once per service-worker start.
type Memory struct {
	mu       sync.Mutex
	closed   map[string]bool // nil until loaded
	tabs     map[int]message.TabState
	settings *settings.Settings // nil until loaded, and after a change
}

// NewMemory returns the worker's memory, which follows changes that the
// options page makes to the settings.
func NewMemory() *Memory {
	m := &Memory{}
	onChanged := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) > 1 && args[1].String() == "local" && args[0].Get(settings.Key).Truthy() {
			m.mu.Lock()
			m.settings = nil
			m.mu.Unlock()
		}
		return nil
	})
	chrome().Get("storage").Get("onChanged").Call("addListener", onChanged)
	return m
}

// Settings returns the user's options, read once and after each change.
func (m *Memory) Settings() settings.Settings {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.settings == nil {
		s := settings.Default()
		Area("local").Decode(settings.Key, &s)
		s = settings.Normalize(s)
		m.settings = &s
	}
	return *m.settings
}

const closedKey = "closedHints"

func (m *Memory) loadClosed() {
	if m.closed != nil {
		return
	}
	m.closed = map[string]bool{}
	v, err := Area("local").Get(closedKey)
	if err != nil || v.Type() != js.TypeObject {
		return
	}
	keys := js.Global().Get("Object").Call("keys", v)
	for i := 0; i < keys.Length(); i++ {
		m.closed[keys.Index(i).String()] = true
	}
}

func (m *Memory) Closed(org, state string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.loadClosed()
	return m.closed[org+" "+state]
}

func (m *Memory) Close(org, state string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.loadClosed()
	m.closed[org+" "+state] = true
	obj := map[string]any{}
	for k := range m.closed {
		obj[k] = true
	}
	Area("local").Set(closedKey, obj)
}

func tabKey(tab int) string { return "tab" + strconv.Itoa(tab) }

func (m *Memory) SetTab(tab int, s message.TabState) {
	m.mu.Lock()
	if m.tabs == nil {
		m.tabs = map[int]message.TabState{}
	}
	m.tabs[tab] = s
	m.mu.Unlock()
	Area("session").Set(tabKey(tab), map[string]any{"url": s.URL, "state": s.State, "from": s.From})
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
