//go:build js && wasm

package popup

import (
	"strconv"
	"syscall/js"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/clipboard"
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/page"
	"tokenhelper/wasm/settings"
)

// clip writes on an explicit click and has the offscreen document clear
// the clipboard later, also after the popup has closed.
type clip struct {
	secs int
}

// newClip reads the user's clear timeout, for the popup's note, without
// waiting for the policy (the first read after the browser starts may
// take seconds): applyPolicy corrects it.
func newClip() *clip {
	s := settings.Default()
	browser.Area("local").Decode(message.SettingsKey, &s)
	return &clip{secs: settings.Normalize(s).ClearSeconds}
}

func (c *clip) seconds() int { return c.secs }

// showClipboardNote says when the clipboard will be cleared, and whether
// its content is checked first.
func (a *assembler) showClipboardNote() {
	note := "popupClipboardNoteBlind"
	if browser.HasPermission("clipboardRead") {
		note = "popupClipboardNote"
	}
	page.Query("#clipboard-note").SetTextContent(locale.T(note, strconv.Itoa(a.clear.seconds())).In(a.cat))
}

// write puts s on the clipboard. The browser call starts inside the click
// handler, which is what grants clipboard access; its result is awaited on
// another goroutine so that the JS event loop goes on. Only a salted
// digest of s leaves the popup, for the check before clearing. done gets
// the write's error, and the reason the clear could not be scheduled
// ("" when it was).
func (c *clip) write(s string, done func(err error, unscheduled string)) {
	p := js.Global().Get("navigator").Get("clipboard").Call("writeText", s)
	salt := browser.RandomBytes(16)
	go func() {
		seal := clipboard.Seal(s, salt, browser.SHA256)
		_, err := browser.Await(p)
		unscheduled := ""
		if err == nil {
			// Read again now: a policy may have come since the popup opened.
			c.secs = current().ClearSeconds
			var r message.Reply
			if err := browser.Send(message.Request{Kind: message.KindClear, Seconds: c.secs, Seal: seal}, &r); err != nil {
				unscheduled = err.Error()
			} else if !r.OK {
				unscheduled = r.Error
			}
		}
		done(err, unscheduled)
	}()
}
