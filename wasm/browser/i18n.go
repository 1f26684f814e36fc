//go:build js && wasm

package browser

import "syscall/js"

// I18n is the browser's message catalogue (the built _locales).
type I18n struct{}

// Text resolves key with chrome.i18n.getMessage.
func (I18n) Text(key string, args ...string) string {
	subs := make([]any, len(args))
	for i, a := range args {
		subs[i] = a
	}
	return chrome().Get("i18n").Call("getMessage", key, js.ValueOf(subs)).String()
}
