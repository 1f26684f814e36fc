//go:build js && wasm

package popup

import "syscall/js"

// el is an element of the popup, used through syscall/js: the login
// sections need a handful of DOM calls, and dom/v2's interface types
// would pull far more into the binary than these few lines.
type el struct{ v js.Value }

func query(sel string) el { return el{js.Global().Get("document").Call("querySelector", sel)} }

func create(tag string) el { return el{js.Global().Get("document").Call("createElement", tag)} }

func (e el) ok() bool                   { return e.v.Truthy() }
func (e el) text(s string) el           { e.v.Set("textContent", s); return e }
func (e el) attr(name, value string) el { e.v.Call("setAttribute", name, value); return e }
func (e el) drop(name string)           { e.v.Call("removeAttribute", name) }
func (e el) add(child el) el            { e.v.Call("appendChild", child.v); return child }
func (e el) clear()                     { e.v.Set("textContent", "") }
func (e el) value() string              { return e.v.Get("value").String() }
func (e el) setValue(s string)          { e.v.Set("value", s) }
func (e el) checked() bool              { return e.v.Get("checked").Bool() }
func (e el) focus()                     { e.v.Call("focus") }
func (e el) hidden(h bool) {
	if h {
		e.attr("hidden", "")
	} else {
		e.drop("hidden")
	}
}
func (e el) disabled(d bool) { e.v.Set("disabled", d) }

// on calls f for each event of the kind; f runs on the event's own
// goroutine, so it must not block: it starts a goroutine for anything
// that waits.
func (e el) on(kind string, f func(ev js.Value)) {
	e.v.Call("addEventListener", kind, js.FuncOf(func(_ js.Value, args []js.Value) any {
		f(args[0])
		return nil
	}))
}

// para appends a <p> with the text and, when class is not "", a class.
func (e el) para(s, class string) el {
	p := e.add(create("p")).text(s)
	if class != "" {
		p.attr("class", class)
	}
	return p
}
