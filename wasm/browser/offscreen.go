//go:build js && wasm

package browser

import (
	"syscall/js"
	"time"

	"github.com/norunners/vert"

	"tokenhelper/wasm/message"
)

// OffscreenClosing is the offscreen document's answer once it has run its
// last clear and is closing itself.
const OffscreenClosing = "the offscreen document is closing"

// ForwardToOffscreen opens the offscreen document if it is not open and
// hands it req. The document outlives the popup and the idle service
// worker, which is why it keeps the clipboard timer. It closes itself
// once its clear has run; a request that meets it closing waits for it
// to go and opens a new one.
func ForwardToOffscreen(req message.Request) message.Reply {
	req.To = message.ToOffscreen
	req.Check = HasPermission("clipboardRead")
	for try := 0; ; try++ {
		if err := ensureOffscreen(); err != nil {
			return message.Reply{Error: err.Error()}
		}
		var r message.Reply
		err := Send(req, &r)
		// No receiver: the document closed between the look and the send.
		if (err == nil && r.Error != OffscreenClosing) || try == 50 {
			if err != nil {
				return message.Reply{Error: err.Error()}
			}
			return r
		}
		time.Sleep(20 * time.Millisecond) // a document closes in a few ms
	}
}

func ensureOffscreen() error {
	q := map[string]any{"contextTypes": []any{"OFFSCREEN_DOCUMENT"}}
	if have, err := Await(chrome().Get("runtime").Call("getContexts", q)); err == nil && have.Length() > 0 {
		return nil
	}
	opts := map[string]any{
		"url":           "offscreen.html",
		"reasons":       []any{"CLIPBOARD"},
		"justification": "Clear the copied password and token from the clipboard after the timeout.",
	}
	_, err := Await(chrome().Get("offscreen").Call("createDocument", opts))
	return err
}

// HasOffscreen reports whether the browser has offscreen documents
// (Chrome); Firefox has not.
func HasOffscreen() bool { return chrome().Get("offscreen").Truthy() }

// Ping makes a cheap extension API call: it counts as activity, so an
// event page is not suspended while it waits.
func Ping() { chrome().Get("runtime").Call("getPlatformInfo").Call("catch", ignore) }

// HasPermission reports whether the extension holds an (optional)
// API permission.
func HasPermission(name string) bool {
	v, err := Await(chrome().Get("permissions").Call("contains", map[string]any{"permissions": []any{name}}))
	return err == nil && v.Truthy()
}

// Decode reads a stored value into out, a pointer to a fresh struct.
func (a Area) Decode(key string, out any) error {
	v, err := a.Get(key)
	if err != nil || v.Type() != js.TypeObject {
		return err
	}
	return vert.Value{Value: v}.AssignTo(out)
}
