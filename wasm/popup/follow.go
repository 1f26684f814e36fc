//go:build js && wasm

package popup

import (
	"time"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/tabview"
)

// follow keeps the tab section true while the popup is open: the pop-out
// window stays open for minutes while the user resets the token in the
// tab, and a popup opened while the page still renders would otherwise
// keep its first word. The worker records each new state of the tab, a
// navigation changes its URL, and a state that waits for the page
// ("missing") holds only after first.Pending ms: each asks the worker
// again. Within the org the popup opened on only (tabview.Follows).
//
// The browser's callbacks only poke a channel that holds one pending
// poke; one goroutine asks and shows, one question at a time.
func (u *ui) follow(first message.Status) {
	kick := make(chan struct{}, 1)
	poke := func() {
		select {
		case kick <- struct{}{}:
		default:
		}
	}
	after := func(ms int64) {
		go func() {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			poke()
		}()
	}
	browser.OnTabChange(u.tab.ID, poke)
	if first.Pending > 0 {
		after(first.Pending)
	}
	go func() {
		for range kick {
			tab, err := browser.TabByID(u.tab.ID)
			if err != nil {
				continue // the tab closed: what was said stays
			}
			s, err := status(tab)
			if err != nil || !tabview.Follows(first, s) {
				continue
			}
			u.showStatus(s)
			if s.Pending > 0 {
				after(s.Pending)
			}
		}
	}()
}
