//go:build js && wasm

// Package offscreen keeps the timer that clears the clipboard after a
// copy, even once the popup has closed. In Chrome it runs in the offscreen
// document; Firefox has none, and its background page (which has a DOM)
// does the same work itself.
package offscreen

import (
	"sync"
	"syscall/js"
	"time"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/clipboard"
	"tokenhelper/wasm/message"
)

var (
	mu    sync.Mutex
	timer *time.Timer
)

// Run answers the clear requests that the service worker forwards.
func Run() {
	browser.Serve(func(req message.Request, from message.Sender) any {
		if !from.Extension {
			return message.Reply{Error: "clear requests come from the extension only"}
		}
		return Handle(req, false)
	})
}

// Handle schedules the clear that req asks for. An event page (Firefox's
// background) asks to be kept awake until then: Firefox suspends an idle
// one after 30 s, timers and all.
func Handle(req message.Request, eventPage bool) message.Reply {
	if req.Kind != message.KindClear || req.Seconds <= 0 {
		return message.Reply{Error: "not a clear request"}
	}
	after := time.Duration(req.Seconds) * time.Second
	schedule(after, req.Seal, req.Check)
	if eventPage {
		go keepAlive(after)
	}
	return message.Reply{OK: true}
}

// schedule replaces any earlier timer: the latest copy is the one to clear.
func schedule(after time.Duration, seal string, check bool) {
	mu.Lock()
	defer mu.Unlock()
	if timer != nil {
		timer.Stop()
	}
	timer = time.AfterFunc(after, func() { clearIfOurs(seal, check) })
}

// keepAlive calls an extension API every 20 s until the clear is due.
func keepAlive(until time.Duration) {
	for end := time.Now().Add(until); time.Now().Before(end); time.Sleep(20 * time.Second) {
		browser.Ping()
	}
}

// clearIfOurs empties the clipboard. With the optional clipboardRead
// permission (check) it first checks that the clipboard still holds what
// was copied, and leaves anything else alone; without it, it cannot look,
// and clears.
func clearIfOurs(seal string, check bool) {
	if check {
		if text, ok := paste(); ok && !clipboard.Holds(seal, text, browser.SHA256) {
			return
		}
	}
	copyEmpty()
}

// paste reads the clipboard into the scratch textarea.
func paste() (string, bool) {
	doc := js.Global().Get("document")
	ta := doc.Call("getElementById", "scratch")
	ta.Set("value", "")
	ta.Call("focus")
	ok := doc.Call("execCommand", "paste").Bool()
	text := ta.Get("value").String()
	ta.Set("value", "")
	return text, ok
}

// copyEmpty writes an empty text to the clipboard through a copy event:
// the way an offscreen document, which never has focus, may write.
func copyEmpty() {
	doc := js.Global().Get("document")
	onCopy := js.FuncOf(func(_ js.Value, args []js.Value) any {
		e := args[0]
		e.Get("clipboardData").Call("setData", "text/plain", "")
		e.Call("preventDefault")
		return nil
	})
	doc.Call("addEventListener", "copy", onCopy)
	doc.Call("execCommand", "copy")
	doc.Call("removeEventListener", "copy", onCopy)
	onCopy.Release()
}
