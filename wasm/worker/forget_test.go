package worker

import (
	"testing"

	"tokenhelper/wasm/message"
)

// TestForgetClosedTab: the extension's own tabs.onRemoved event drops
// the tab's state; a page cannot ask for it.
func TestForgetClosedTab(t *testing.T) {
	w, mem, _ := newWorker(t)
	mem.tabs[4] = message.TabState{URL: personal, State: "reset-link"}
	mem.tabs[5] = message.TabState{URL: personal, State: "missing"}
	page := message.Sender{Tab: 5, URL: personal}
	if r, ok := w.Handle(message.Request{Kind: message.KindForget, URL: personal, Top: true, Tab: 4}, page).(message.Reply); !ok || r.Error == "" {
		t.Errorf("a page's forget request was answered %+v, want a refusal", r)
	}
	if r := w.Handle(message.Request{Kind: message.KindForget, Tab: 4}, popup).(message.Reply); !r.OK {
		t.Errorf("forget: %+v", r)
	}
	if _, ok := mem.tabs[4]; ok {
		t.Error("tab 4 is still kept after it closed")
	}
	if mem.tabs[5].State != "missing" {
		t.Errorf("tab 5 changed: %+v", mem.tabs[5])
	}
}
