//go:build js && wasm

// Command tokenhelper is the Go core of the extension, compiled to one
// WASM binary that every extension context runs. The JS shim that starts
// it says which role to take.
package main

import (
	"syscall/js"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/offscreen"
	"tokenhelper/wasm/options"
	"tokenhelper/wasm/popup"
	"tokenhelper/wasm/worker"
)

func main() {
	switch role := js.Global().Get("tokenHelperRole").String(); role {
	case "background":
		background()
	case "popup":
		popup.Run()
	case "options":
		options.Run()
	case "offscreen":
		offscreen.Run()
	default:
		js.Global().Get("console").Call("error", "token helper: unknown role "+role)
		return
	}
	select {} // serve callbacks until the context ends
}

// background serves the content scripts and the popup. A clear request
// goes on to the offscreen document, which outlives the worker; Firefox,
// which has none, clears from its background page.
func background() {
	w := &worker.Worker{Catalog: browser.I18n{}, Memory: browser.NewMemory(), Badge: &browser.Badge{}}
	w.Policy = browser.NewPolicy(w.Reapply)
	go w.Reapply()
	inPlace := !browser.HasOffscreen()
	browser.Serve(func(req message.Request, from message.Sender) any {
		if req.Kind != message.KindClear {
			return w.Handle(req, from)
		}
		if !from.Extension {
			return message.Reply{Error: "clear requests come from the popup only"}
		}
		if inPlace {
			req.Check = browser.HasPermission("clipboardRead")
			return offscreen.Handle(req, true)
		}
		return browser.ForwardToOffscreen(req)
	})
}
