//go:build js && wasm

package popup

import (
	"strconv"
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/credential"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/page"
)

// The pop-out: the toolbar popup closes as soon as the user switches to
// the mail client to copy the token. button[data-action="pop-out"]
// opens the same page in a window of its own (view=window), for the
// same tab, which stays open across application switches. The token
// field's text goes along through the worker's memory (message.KindHandOff),
// never storage or the URL; the password stays behind.

// Its size: the assembler fits without scrolling in every language.
const windowWidth, windowHeight = 460, 680

// urlParam is one parameter of the popup's own address (null when absent).
func urlParam(name string) js.Value {
	return js.Global().Get("URLSearchParams").New(js.Global().Get("location").Get("search")).Call("get", name)
}

// inWindow tells whether this page is the pop-out window (view=window),
// not the toolbar popup.
func inWindow() bool {
	v := urlParam("view")
	return v.Type() == js.TypeString && v.String() == "window"
}

// wirePopOut makes the pop-out button work in the popup, and in the
// window takes the token handed to it.
func (u *ui) wirePopOut() {
	if inWindow() {
		js.Global().Get("document").Get("documentElement").Call("setAttribute", "data-view", "window")
		if name := urlParam("handoff"); name.Type() == js.TypeString {
			go u.takeOff(name.String())
		}
		return
	}
	page.On(page.Query(`[data-action="pop-out"]`).BasicNode, "click", func(*dom.BasicEvent) { go u.popOut() })
}

// popOut hands the token off and opens the window. The toolbar popup
// then closes itself: the window replaces it.
func (u *ui) popOut() {
	tab, err := activeTab()
	if err != nil {
		tab = browser.Tab{ID: -1}
	}
	path := "popup.html?view=window"
	if tab.ID >= 0 {
		path += "&tab=" + strconv.Itoa(tab.ID)
	}
	if token := u.asm.token.Value(); token != "" {
		name := browser.RandomName()
		var r message.Reply
		if err := browser.Send(message.Request{Kind: message.KindHandOff, Handoff: name, Token: token}, &r); err != nil || !r.OK {
			u.popOutFailed(err, r.Error)
			return
		}
		path += "&handoff=" + name
	}
	if err := browser.OpenWindow(path, windowWidth, windowHeight); err != nil {
		u.popOutFailed(err, "")
		return
	}
	// A popup opened as a page of its own (?tab=, as tests do) stays.
	if urlParam("tab").Type() != js.TypeString {
		js.Global().Call("close")
	}
}

func (u *ui) popOutFailed(err error, reason string) {
	if err != nil {
		reason = err.Error()
	}
	u.asm.say([]credential.Problem{{Key: "popupPopOutFailed", Args: []string{reason}}}, "")
}

// takeOff fills the token field with what the popup handed off, unless
// the user has typed there already.
// Once the worker has answered, data-handoff="done" is on the root
// element, whatever the answer: the signal a test waits for before it
// asserts that nothing came.
func (u *ui) takeOff(name string) {
	defer js.Global().Get("document").Get("documentElement").Call("setAttribute", "data-handoff", "done")
	var h message.Handed
	if err := browser.Send(message.Request{Kind: message.KindTakeOff, Handoff: name}, &h); err != nil || h.Token == "" {
		return
	}
	if u.asm.token.Value() == "" {
		u.asm.token.SetValue(h.Token)
	}
}
