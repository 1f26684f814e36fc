//go:build js && wasm

package browser

import "syscall/js"

// Area is one chrome.storage area: "local" (on disk) or "session" (in
// memory, gone when the browser closes).
type Area string

func (a Area) api() js.Value { return chrome().Get("storage").Get(string(a)) }

// Get returns the value stored under key, undefined if none.
func (a Area) Get(key string) (js.Value, error) {
	v, err := Await(a.api().Call("get", key))
	if err != nil {
		return js.Undefined(), err
	}
	return v.Get(key), nil
}

// Set stores value under key.
func (a Area) Set(key string, value any) error {
	obj := js.Global().Get("Object").New()
	obj.Set(key, value)
	_, err := Await(a.api().Call("set", obj))
	return err
}

// Remove deletes key.
func (a Area) Remove(key string) error {
	_, err := Await(a.api().Call("remove", key))
	return err
}

// start calls method on the area and returns its promise, unawaited.
func (a Area) start(method string, arg any) js.Value { return a.api().Call(method, arg) }
