//go:build js && wasm

// Package offscreen keeps the timer that clears the clipboard after a
// copy, even once the popup has closed. In Chrome it runs in the offscreen
// document; Firefox has none, and its background page (which has a DOM)
// does the same work itself.
package offscreen

import (
	"sync"
	"sync/atomic"
	"syscall/js"
	"time"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/clipboard"
	"tokenhelper/wasm/message"
)

var (
	mu    sync.Mutex
	timer *time.Timer
	// done is closed when the pending clear has run or was replaced:
	// Firefox's keep-alive for it stops then.
	done chan struct{}
	// closing is set once the offscreen document has decided to close:
	// a request that still reaches it is refused, and the worker opens
	// a new document (browser.ForwardToOffscreen).
	closing bool
	// last is the done channel of the latest clear scheduled.
	last chan struct{}

	// pingEvery is how often the keep-alive pings; alive counts the
	// keep-alives running (for the tests).
	pingEvery = 20 * time.Second
	alive     atomic.Int32
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
	// The offscreen document closes once its last clear has run: it holds
	// a whole Go runtime. Firefox's background page stays; it idles out
	// once nothing keeps it awake.
	d, ok := schedule(after, req.Seal, req.Check, !eventPage)
	if !ok {
		return message.Reply{Error: browser.OffscreenClosing}
	}
	if eventPage {
		go keepAlive(d)
	}
	return message.Reply{OK: true}
}

// schedule replaces any earlier timer: the latest copy is the one to
// clear. It returns the channel closed when this clear is no longer
// pending, and false if the document is closing.
func schedule(after time.Duration, seal string, check, closeAfter bool) (<-chan struct{}, bool) {
	mu.Lock()
	defer mu.Unlock()
	if closing {
		return nil, false
	}
	if timer != nil {
		timer.Stop()
		close(done)
	}
	d := make(chan struct{})
	timer, done, last = time.AfterFunc(after, func() { fire(d, seal, check, closeAfter) }), d, d
	return d, true
}

// fire runs the clear that d belongs to, unless a later copy replaced it,
// and then, if closeAfter, closes the document a little later unless
// another clear has come by then.
func fire(d chan struct{}, seal string, check, closeAfter bool) {
	mu.Lock()
	current := done == d
	if current {
		timer, done = nil, nil
		close(d)
	}
	mu.Unlock()
	if !current {
		return
	}
	clearIfOurs(seal, check)
	if !closeAfter {
		return
	}
	time.AfterFunc(closeGrace, func() { closeIfIdle(d) })
}

// closeGrace is how long the document outlives its last clear. The copy
// command hands the empty text to the browser asynchronously; a document
// that closes at once can lose that write (seen in e2e, under load).
const closeGrace = 2 * time.Second

// closeIfIdle closes the document if the clear d was the last one
// scheduled and nothing is pending.
func closeIfIdle(d chan struct{}) {
	mu.Lock()
	closing = done == nil && last == d
	c := closing
	mu.Unlock()
	if c {
		js.Global().Call("close")
	}
}

// keepAlive calls an extension API every 20 s while the clear is pending.
// (Sleep, not a Ticker: a channel of time.Time keeps time's formatting
// code in the binary.)
func keepAlive(done <-chan struct{}) {
	alive.Add(1)
	defer alive.Add(-1)
	for {
		select {
		case <-done:
			return
		default:
		}
		browser.Ping()
		time.Sleep(pingEvery)
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
