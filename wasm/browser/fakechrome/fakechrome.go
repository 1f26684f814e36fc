//go:build js && wasm

// Package fakechrome installs a small stand-in for the extension APIs
// (globalThis.chrome) for the js/wasm unit tests, which run under Node:
// storage areas with onChanged, runtime messaging, tabs, permissions,
// action, i18n and offscreen. It keeps what was called, so that a test
// can look, and can hold an area's answers back, so that a test can act
// while Go awaits one.
//
// Like the browser's, every answer is a promise that settles in a later
// task, never in the call itself, and every event fires in a task of its
// own.
package fakechrome

import (
	_ "embed"
	"syscall/js"
)

//go:embed fake.js
var source string

// Chrome is the installed fake.
type Chrome struct{ js.Value }

// Install replaces globalThis.chrome (and navigator.clipboard, location)
// with a fresh fake and returns it.
func Install() Chrome {
	js.Global().Call("eval", source)
	return Chrome{js.Global().Call("tokenHelperFakeChrome")}
}

// Area is one fake storage area.
func (c Chrome) Area(name string) Area {
	return Area{c.Get("storage").Get(name)}
}

// Area is a fake storage area.
type Area struct{ js.Value }

// Hold keeps every later answer of the area back until Release, and
// sends on held each time one is held back.
func (a Area) Hold(held chan<- struct{}) {
	f := js.FuncOf(func(js.Value, []js.Value) any {
		select {
		case held <- struct{}{}:
		default:
		}
		return nil
	})
	a.Set("onHold", f)
	a.Set("hold", true)
}

// Release answers what was held back, and stops holding.
func (a Area) Release() { a.Call("release") }

// Write stores items as another extension context would (the options
// page, say): at once, whatever the area holds back, with onChanged.
func (a Area) Write(items map[string]any) { a.Call("write", items) }

// Data is the object the area stores.
func (a Area) Data() js.Value { return a.Get("data") }

// Tick returns a promise that settles after every task queued before it.
func (c Chrome) Tick() js.Value { return c.Call("tick") }
