//go:build !js

package demoorg

import "net/http"

// Hostile pages, for the tests that check that the extension stays correct,
// quiet and cheap on a page that works against it. Each is a switch of the
// Lightning shell, as a query parameter or a cookie like the other th_*
// options:
//
//	th_hostile=1   payloads in the tree's titles, link texts, the document
//	               title and Quick Find, and decoy entries before the real
//	               one (javascript:, data:, another host, the confirm page);
//	               the CSP lets inline script run, so that a payload
//	               inserted as HTML would run and record itself in
//	               window.pwned
//	th_nodes=N     N more tree nodes (up to maxNodes)
//	th_frames=N    N more cross-origin My Domain frames (up to maxFrames)
//	th_throw=ms    the page throws its own errors every ms
const (
	maxNodes  = 50000
	maxFrames = 100
)

// hostileCSP has no nonce: with one, browsers ignore 'unsafe-inline', and
// a payload could not run whatever the extension did with it.
const hostileCSP = "script-src 'self' 'unsafe-inline' 'unsafe-eval' chrome-extension:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'"

func hostileOn(r *http.Request) bool {
	v := opt(r, "th_hostile")
	return v == "1" || v == "true"
}

// throwEvery is the th_throw period in milliseconds, 0 for none; at least
// 10 ms, so that the page still renders.
func throwEvery(r *http.Request) int {
	ms := optInt(r, "th_throw", 0, 0, 60000)
	if ms > 0 {
		ms = max(ms, 10)
	}
	return ms
}
