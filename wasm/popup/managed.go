//go:build js && wasm

package popup

import (
	"syscall/js"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/settings"
)

// current reads what applies now: the user's options, then the
// administrator's policy. Each restriction is read again at the moment of
// its action (copy, remember, login test), since the policy may arrive
// after the popup opened: an early read after the browser starts can
// find none yet.
func current() settings.Effective {
	s := settings.Default()
	browser.Area("local").Decode(message.SettingsKey, &s)
	return settings.Effect(s, browser.Managed())
}

// loginTestAllowed tells, at the click, whether the login test may run.
func loginTestAllowed() bool { return current().LoginTestAllowed }

// watchPolicy applies e, the policy just read, and the policy after
// each change of it.
func (u *ui) watchPolicy(e settings.Effective) {
	browser.OnManagedChange(func() { u.applyPolicy(current()) })
	u.applyPolicy(e)
}

// applyPolicy hides what the policy forbids. The document carries
// data-login-test="off" when the login test is forbidden, for the
// button's own code and for tests.
func (u *ui) applyPolicy(e settings.Effective) {
	doc := js.Global().Get("document")
	root := doc.Get("documentElement")
	if e.LoginTestAllowed {
		root.Call("removeAttribute", "data-login-test")
	} else {
		root.Call("setAttribute", "data-login-test", "off")
	}
	if u.login != nil {
		u.login.test.allow(e.LoginTestAllowed)
	}
	if e.ClearSeconds != u.asm.clear.seconds() {
		u.asm.clear.secs = e.ClearSeconds
		u.asm.showClipboardNote()
	}
	if !e.RememberTokenAllowed {
		u.asm.forbidRemember()
	} else if u.asm.org != "" {
		doc.Call("getElementById", "remember").Set("hidden", false)
	}
	if len(e.Ignored) > 0 {
		js.Global().Get("console").Call("warn", "token helper: policy values ignored (wrong type or out of range):", js.ValueOf(anys(e.Ignored)))
	}
}

// forbidRemember hides the remember option, unticks it, and forgets the
// org's token (the worker forgets every org's).
func (a *assembler) forbidRemember() {
	js.Global().Get("document").Call("getElementById", "remember").Set("hidden", true)
	a.rememberBox.SetChecked(false)
	if a.org != "" {
		browser.Area("session").Remove(tokenKey(a.org))
	}
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
