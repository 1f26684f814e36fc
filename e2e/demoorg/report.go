//go:build !js

package demoorg

import "net/http"

// secretOf is the th_secret switch: a word the page then puts everywhere
// the extension's page report must not look (text, title, aria-label,
// value, placeholder, every query string and fragment), so that a test
// can show the report never carries it. Letters and digits only, at most
// 64; anything else is no secret.
func secretOf(r *http.Request) string {
	v := opt(r, "th_secret")
	if v == "" || len(v) > 64 {
		return ""
	}
	for _, c := range v {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return ""
		}
	}
	return v
}
