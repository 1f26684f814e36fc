package worker

import (
	"sync"
	"time"

	"tokenhelper/wasm/message"
)

// The pop-out: the toolbar popup closes when the user switches to the
// mail client, so it can open the assembler in a window of its own. What
// its token field held goes along through the worker's memory, never
// storage or a URL: the popup hands it off under a random name that it
// puts in the window's URL, the window takes it once. The password is
// never handed off.

// handoffWait is how long a token waits for its window: the window asks
// as soon as it has started, within a second on a slow machine.
const handoffWait = 30 * time.Second

// maxHandoffs bounds what waits: a popup hands off one token per click.
const maxHandoffs = 8

type handoffs struct {
	mu      sync.Mutex
	waiting map[string]handoff
}

type handoff struct {
	token string
	until time.Time
}

// handoff answers KindHandOff and KindTakeOff, from extension pages only.
func (w *Worker) handoff(req message.Request, from message.Sender) any {
	if !from.Extension {
		return message.Reply{Error: "hand-offs are between extension pages only"}
	}
	if len(req.Handoff) < 16 || len(req.Handoff) > 64 || len(req.Token) > maxText {
		return message.Reply{Error: "bad hand-off"}
	}
	h := &w.handoffs
	now := w.now()
	h.mu.Lock()
	defer h.mu.Unlock()
	for name, v := range h.waiting {
		if now.After(v.until) {
			delete(h.waiting, name)
		}
	}
	if req.Kind == message.KindTakeOff {
		v := h.waiting[req.Handoff]
		delete(h.waiting, req.Handoff)
		return message.Handed{Token: v.token}
	}
	if h.waiting == nil {
		h.waiting = map[string]handoff{}
	}
	if len(h.waiting) >= maxHandoffs {
		return message.Reply{Error: "too many hand-offs waiting"}
	}
	h.waiting[req.Handoff] = handoff{token: req.Token, until: now.Add(handoffWait)}
	return message.Reply{OK: true}
}
