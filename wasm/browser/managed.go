//go:build js && wasm

package browser

import (
	"strings"
	"sync/atomic"
	"syscall/js"

	"tokenhelper/wasm/message"
)

// Managed reads what an administrator set through the browser's policy
// engine (chrome.storage.managed), now, each value as a plain Go value
// (settings.Admin). Firefox rejects the read when no policy exists, and
// Chromium may answer {} before the policy has arrived: both are no
// policy, as far as this read can tell.
func Managed() map[string]any {
	out := map[string]any{}
	v, err := Await(chrome().Get("storage").Get("managed").Call("get", js.Null()))
	if err != nil || v.Type() != js.TypeObject {
		return out
	}
	keys := js.Global().Get("Object").Call("keys", v)
	for i := 0; i < keys.Length(); i++ {
		k := keys.Index(i).String()
		out[k] = plain(v.Get(k))
	}
	return out
}

// plain is a managed value in Go: a number, a boolean or a string; nil
// for anything else.
func plain(v js.Value) any {
	switch v.Type() {
	case js.TypeNumber:
		return v.Float()
	case js.TypeBoolean:
		return v.Bool()
	case js.TypeString:
		return v.String()
	}
	return nil
}

// OnManagedChange calls f, on a goroutine of its own, each time the
// managed area changes (Chromium, a few seconds after the policy did;
// Firefox reads its policy once at start and never calls it). The
// listener itself returns at once.
func OnManagedChange(f func()) {
	chrome().Get("storage").Get("onChanged").Call("addListener", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) > 1 && args[1].String() == "managed" {
			go f()
		}
		return nil
	}))
}

// Policy is the worker's copy of the managed area: read when first
// needed, read again after each change. It holds no lock: the change
// listener only drops the copy.
type Policy struct {
	admin atomic.Pointer[map[string]any]
	gen   atomic.Int64 // counts changes, so that a read that a change overtook is not kept
}

// NewPolicy returns the worker's policy; changed runs after each change,
// once the copy is dropped.
func NewPolicy(changed func()) *Policy {
	p := &Policy{}
	OnManagedChange(func() {
		p.gen.Add(1)
		p.admin.Store(nil)
		changed()
	})
	return p
}

// Admin returns the managed values.
func (p *Policy) Admin() map[string]any {
	if a := p.admin.Load(); a != nil {
		return *a
	}
	g := p.gen.Load()
	a := Managed()
	if p.gen.Load() == g {
		p.admin.CompareAndSwap(nil, &a)
	}
	return a
}

// ForgetTokens removes every token the user asked to remember
// (settings.TokenKey) from session storage.
func (p *Policy) ForgetTokens() {
	session := Area("session")
	all, err := Await(session.api().Call("get", js.Null()))
	if err != nil || all.Type() != js.TypeObject {
		return
	}
	keys := js.Global().Get("Object").Call("keys", all)
	var drop []any
	for i := 0; i < keys.Length(); i++ {
		if k := keys.Index(i).String(); strings.HasPrefix(k, message.TokenKeyPrefix) {
			drop = append(drop, k)
		}
	}
	if len(drop) > 0 {
		Await(session.api().Call("remove", drop))
	}
}
