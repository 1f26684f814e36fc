//go:build js && wasm

package browser

import "syscall/js"

// SHA256 digests b with the browser's crypto.subtle. It blocks: call it
// from a goroutine, not from a JS callback.
func SHA256(b []byte) []byte {
	in := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(in, b)
	v, err := Await(js.Global().Get("crypto").Get("subtle").Call("digest", "SHA-256", in))
	if err != nil {
		panic("crypto.subtle.digest: " + err.Error()) // never in a secure context
	}
	out := js.Global().Get("Uint8Array").New(v)
	sum := make([]byte, out.Length())
	js.CopyBytesToGo(sum, out)
	return sum
}

// RandomBytes returns n bytes from crypto.getRandomValues.
func RandomBytes(n int) []byte {
	a := js.Global().Get("Uint8Array").New(n)
	js.Global().Get("crypto").Call("getRandomValues", a)
	b := make([]byte, n)
	js.CopyBytesToGo(b, a)
	return b
}

// RandomName is a random, unguessable name (crypto.randomUUID: 122 random
// bits), such as the pop-out's hand-off name.
func RandomName() string {
	return js.Global().Get("crypto").Call("randomUUID").String()
}
