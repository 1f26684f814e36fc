//go:build js && wasm

package browser

import (
	"errors"
	"syscall/js"
)

// Await blocks the calling goroutine until p settles. Never call it from
// a JS callback's own goroutine: the JS event loop would stop with it.
func Await(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	var then, fail js.Func
	then = js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{v: arg(args)}
		return nil
	})
	fail = js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{err: jsError(arg(args))}
		return nil
	})
	p.Call("then", then, fail)
	r := <-ch
	then.Release()
	fail.Release()
	return r.v, r.err
}

func arg(args []js.Value) js.Value {
	if len(args) == 0 {
		return js.Undefined()
	}
	return args[0]
}

func jsError(v js.Value) error {
	if v.Type() == js.TypeObject && v.Get("message").Type() == js.TypeString {
		return errors.New(v.Get("message").String())
	}
	return errors.New(v.String())
}

// chrome is the extension API namespace.
func chrome() js.Value { return js.Global().Get("chrome") }
