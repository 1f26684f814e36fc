//go:build js && wasm

package popup

import (
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/page"
	"tokenhelper/wasm/settings"
)

// The token is kept only if the user asks, per org, in
// chrome.storage.session: in memory, gone when the browser closes, out
// of reach of content scripts. The password is never kept.

// tokenKey is the session-storage key of an org's token.
func tokenKey(org string) string { return settings.TokenKey(org) }

// setOrg tells the assembler which org the tab is on: it offers to
// remember the token there, and fills in one it remembered, unless a
// policy forbids it (allowed false).
func (a *assembler) setOrg(org string, allowed bool) {
	a.org = org
	if org == "" {
		return
	}
	if !allowed {
		a.forbidRemember()
		return
	}
	a.remember.RemoveAttribute("hidden")
	v, err := browser.Area("session").Get(tokenKey(org))
	if err != nil || v.Type() != js.TypeString || a.token.Value() != "" {
		return
	}
	a.token.SetValue(v.String())
	a.rememberBox.SetChecked(true)
	a.say(nil, a.cat.Text("popupTokenRemembered"))
}

// keep stores or forgets the org's token after a successful copy, as the
// checkbox says.
func (a *assembler) keep(token string) {
	if a.org == "" {
		return
	}
	area := browser.Area("session")
	if a.rememberBox.Checked() && current().RememberTokenAllowed {
		area.Set(tokenKey(a.org), token)
	} else {
		area.Remove(tokenKey(a.org))
	}
}

func (a *assembler) wireRemember() {
	page.On(a.rememberBox.BasicNode, "change", func(*dom.BasicEvent) {
		if !a.rememberBox.Checked() && a.org != "" {
			go browser.Area("session").Remove(tokenKey(a.org))
		}
	})
}
