//go:build js && wasm

package popup

import (
	"syscall/js"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/clipboard"
	"tokenhelper/wasm/message"
)

// clip writes on an explicit click and has the offscreen document clear
// the clipboard later, also after the popup has closed.
type clip struct {
	secs int
}

// newClip reads the clear timeout that applies, for the popup's note.
func newClip() *clip {
	return &clip{secs: current().ClearSeconds}
}

func (c *clip) seconds() int { return c.secs }

// write puts s on the clipboard. The browser call starts inside the click
// handler, which is what grants clipboard access; its result is awaited on
// another goroutine so that the JS event loop goes on. Only a salted
// digest of s leaves the popup, for the check before clearing.
func (c *clip) write(s string, done func(error)) {
	p := js.Global().Get("navigator").Get("clipboard").Call("writeText", s)
	salt := browser.RandomBytes(16)
	go func() {
		seal := clipboard.Seal(s, salt, browser.SHA256)
		_, err := browser.Await(p)
		if err == nil {
			// Read again now: a policy may have come since the popup opened.
			c.secs = current().ClearSeconds
			var r message.Reply
			if err := browser.Send(message.Request{Kind: message.KindClear, Seconds: c.secs, Seal: seal}, &r); err == nil && !r.OK {
				js.Global().Get("console").Call("warn", "token helper: the clipboard will not be cleared: "+r.Error)
			}
		}
		done(err)
	}()
}
