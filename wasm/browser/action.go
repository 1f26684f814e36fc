//go:build js && wasm

package browser

import (
	"sync"
	"time"

	"tokenhelper/wasm/message"
)

// Badge shows a tab's hint state on the toolbar icon: a check where the
// option is at hand, an exclamation mark where it is missing.
type Badge struct {
	mu sync.Mutex
	// pending holds each waiting badge's Stop. Not the *time.Timer: a
	// Badge sits in an interface, and a Timer's channel of time.Time
	// would keep time's formatting code in the binary (about 16 KB of
	// the store zip).
	pending map[int]func() bool
}

// badges maps a state to its badge text and colour.
var badges = map[string][2]string{
	message.StateResetLink:    {"✓", "#2e844a"},
	message.StateResetPage:    {"✓", "#2e844a"},
	message.StateOpenSection:  {"✓", "#2e844a"},
	message.StateGoToSettings: {"→", "#0176d3"},
	message.StateMissing:      {"!", "#dd7a01"},
	message.StateResetDone:    {"✉", "#2e844a"},
}

// Show sets or clears the badge of tab after delay, unless a later Show
// for the tab replaces it first.
func (b *Badge) Show(tab int, state string, delay time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if stop := b.pending[tab]; stop != nil {
		stop()
		delete(b.pending, tab)
	}
	if delay <= 0 {
		show(tab, state)
		return
	}
	if b.pending == nil {
		b.pending = map[int]func() bool{}
	}
	b.pending[tab] = time.AfterFunc(delay, func() { show(tab, state) }).Stop
}

func show(tab int, state string) {
	action := chrome().Get("action")
	look := badges[state]
	opts := map[string]any{"tabId": tab, "text": look[0]}
	action.Call("setBadgeText", opts).Call("catch", ignore)
	if look[1] != "" {
		action.Call("setBadgeBackgroundColor", map[string]any{"tabId": tab, "color": look[1]}).Call("catch", ignore)
	}
}
