//go:build js && wasm

package browser

import "syscall/js"

// OnTabChange calls changed whenever what the worker knows of a tab may
// have changed: the worker recorded a new state for it (its
// storage.session entry, tabKey), or the tab's URL changed (a navigation,
// or a single-page app's pushState). It runs inside the browser's event
// callback: changed must not block (a send on a buffered channel with a
// default case, say). The returned function stops the calls.
func OnTabChange(tab int, changed func()) (stop func()) {
	key := tabKey(tab)
	onStorage := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) > 1 && args[1].String() == "session" && args[0].Get(key).Truthy() {
			changed()
		}
		return nil
	})
	onUpdated := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) > 1 && args[0].Int() == tab && (args[1].Get("url").Truthy() || args[1].Get("status").Truthy()) {
			changed()
		}
		return nil
	})
	storage, tabs := chrome().Get("storage").Get("onChanged"), chrome().Get("tabs").Get("onUpdated")
	storage.Call("addListener", onStorage)
	tabs.Call("addListener", onUpdated)
	return func() {
		storage.Call("removeListener", onStorage)
		tabs.Call("removeListener", onUpdated)
		onStorage.Release()
		onUpdated.Release()
	}
}
