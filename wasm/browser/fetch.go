//go:build js && wasm

package browser

import "syscall/js"

// Post sends one POST with the page's fetch, which an extension page may
// send to a host it has permission for without CORS: no cookies
// (credentials "omit"), redirects refused (redirect "error"), no cache, no
// referrer. It returns the HTTP status and the body as text; err is the
// browser's own error when no answer came ("Failed to fetch"). Package
// net/http would do the same through fetch, at the cost of megabytes of
// WebAssembly.
func Post(url, contentType, action, body string) (status int, text string, err error) {
	headers := js.Global().Get("Object").New()
	headers.Set("Content-Type", contentType)
	headers.Set("SOAPAction", action)
	init := js.Global().Get("Object").New()
	init.Set("method", "POST")
	init.Set("headers", headers)
	init.Set("body", body)
	init.Set("credentials", "omit")
	init.Set("redirect", "error")
	init.Set("cache", "no-store")
	init.Set("referrerPolicy", "no-referrer")
	resp, err := Await(js.Global().Call("fetch", url, init))
	if err != nil {
		return 0, "", err
	}
	t, err := Await(resp.Call("text"))
	if err != nil {
		return resp.Get("status").Int(), "", err
	}
	return resp.Get("status").Int(), t.String(), nil
}
