//go:build js && wasm

package browser

import (
	"testing"

	"tokenhelper/wasm/browser/fakechrome"
)

// OnTabChange follows one tab: its worker state in session storage and
// its navigations; not another tab's, not another area's, not after stop.
func TestOnTabChange(t *testing.T) {
	c := fakechrome.Install()
	for _, id := range []int{3, 4} {
		c.Get("tabs").Get("list").Call("push", map[string]any{"id": id, "url": "https://acme.lightning.force.com/lightning/page/home"})
	}
	calls := make(chan struct{}, 16)
	stop := OnTabChange(3, func() {
		select {
		case calls <- struct{}{}:
		default:
		}
	})
	// count is how many calls came from what was done so far: Tick
	// settles after every event the fake queued before it.
	count := func() int {
		t.Helper()
		Await(c.Tick())
		n := len(calls)
		for range n {
			<-calls
		}
		return n
	}
	personal := "https://acme.lightning.force.com/lightning/settings/personal/PersonalInformation/home"
	within(t, "OnTabChange", func() {
		c.Area("session").Write(map[string]any{"tab4": map[string]any{"state": "missing"}})
		c.Area("local").Write(map[string]any{"tab3": map[string]any{"state": "missing"}})
		Navigate(4, personal)
		if n := count(); n != 0 {
			t.Errorf("%d calls for another tab's state, another area and another tab's navigation", n)
		}
		c.Area("session").Write(map[string]any{"tab3": map[string]any{"state": "reset-link"}})
		if n := count(); n != 1 {
			t.Errorf("%d calls for a new state of tab 3, want 1", n)
		}
		Navigate(3, personal)
		if n := count(); n != 1 {
			t.Errorf("%d calls for a navigation of tab 3, want 1", n)
		}
		stop()
		c.Area("session").Write(map[string]any{"tab3": map[string]any{"state": "missing"}})
		Navigate(3, personal+"?x=1")
		if n := count(); n != 0 {
			t.Errorf("%d calls after stop", n)
		}
	})
}
