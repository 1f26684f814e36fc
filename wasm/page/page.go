//go:build js && wasm

// Package page gives the extension's own pages (popup, options) their
// document's elements as dom/v2's concrete types, wrapped straight from
// js.Value.
//
// dom/v2's own lookups (Document.QuerySelector, CreateElement, ...) return
// its interfaces, through a type switch over every element type; its
// AddEventListener does the same over every event type. Once those types
// sit in interfaces, each method called through one is kept for all of
// them: the popup's dozen calls kept 1,786 functions, about 1 MB of the
// raw binary. Here nothing goes into a dom/v2 interface, so the binary
// keeps only the methods called. TestNoInterfaces keeps it so.
package page

import (
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

func document() js.Value { return js.Global().Get("document") }

// Element wraps an element.
func Element(v js.Value) *dom.BasicHTMLElement {
	return &dom.BasicHTMLElement{BasicElement: &dom.BasicElement{BasicNode: &dom.BasicNode{Value: v}}}
}

// Input wraps an input element.
func Input(v js.Value) *dom.HTMLInputElement {
	return &dom.HTMLInputElement{BasicHTMLElement: Element(v)}
}

// Query is the first element that matches sel, or nil.
func Query(sel string) *dom.BasicHTMLElement {
	v := document().Call("querySelector", sel)
	if v.IsNull() {
		return nil
	}
	return Element(v)
}

// QueryInput is the first input that matches sel, or nil.
func QueryInput(sel string) *dom.HTMLInputElement {
	v := document().Call("querySelector", sel)
	if v.IsNull() {
		return nil
	}
	return Input(v)
}

// QueryAll is every element that matches sel.
func QueryAll(sel string) []*dom.BasicHTMLElement {
	list := document().Call("querySelectorAll", sel)
	out := make([]*dom.BasicHTMLElement, list.Length())
	for i := range out {
		out[i] = Element(list.Index(i))
	}
	return out
}

// Create makes an element.
func Create(tag string) *dom.BasicHTMLElement {
	return Element(document().Call("createElement", tag))
}

// TextNode makes a text node. (Not "Text": the catalogue's tests read
// every .Text("...") call as a locale key.)
func TextNode(s string) *dom.BasicNode {
	return &dom.BasicNode{Value: document().Call("createTextNode", s)}
}

// Root is the document's root element, <html>.
func Root() *dom.BasicHTMLElement {
	return Element(document().Get("documentElement"))
}

// Append adds child as the last child of parent.
func Append(parent, child *dom.BasicNode) {
	parent.Call("appendChild", child.Value)
}

// On calls fn on every event typ at n, for as long as the page lives.
func On(n *dom.BasicNode, typ string, fn func(*dom.BasicEvent)) {
	n.Call("addEventListener", typ, js.FuncOf(func(_ js.Value, args []js.Value) any {
		fn(&dom.BasicEvent{Value: args[0]})
		return nil
	}))
}
