//go:build !js

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The popup's regions and fields say what assistive technology needs:
// the live regions exist while empty, an error marks its field invalid and
// describes it, names are unique, the copy button says what it copies.
func TestPopupAccessibleStates(t *testing.T) {
	p := openPopup(t, "")
	for _, sel := range []string{`[role="status"]`, `[role="alert"]`} {
		if d := eval[string](t, p, `getComputedStyle(document.querySelector('`+sel+`')).display`); d == "none" {
			t.Errorf("%s is display:none while empty: what comes later may not be read", sel)
		}
	}
	// An error: the field is invalid and described by its message.
	fill(t, p, "hunter2!", "aBcD3fGh1jKl")
	click(t, p, `[data-action="copy"]`)
	poll[bool](t, p, `document.querySelectorAll('#problems p').length > 0`, 3*time.Second)
	if v := eval[string](t, p, `document.querySelector('#token').getAttribute('aria-invalid')`); v != "true" {
		t.Errorf("token aria-invalid %q after an error", v)
	}
	desc := eval[string](t, p, `document.querySelector('#token').getAttribute('aria-describedby').split(' ').map(id => document.getElementById(id)?.dataset.key || id).join(' ')`)
	if !strings.Contains(desc, "credTokenShort") || !strings.Contains(desc, "token-note") {
		t.Errorf("token described by %q, want its note and its message", desc)
	}
	if v := eval[bool](t, p, `document.querySelector('#password').hasAttribute('aria-invalid')`); v {
		t.Error("the password, which is fine, is marked invalid")
	}
	// Fixed: valid again.
	fill(t, p, "hunter2!", token)
	click(t, p, `[data-action="copy"]`)
	poll[string](t, p, `document.querySelector('#status').textContent`, 5*time.Second)
	if v := eval[bool](t, p, `document.querySelector('#token').hasAttribute('aria-invalid')`); v {
		t.Error("the token is still marked invalid after a good copy")
	}
	// A countdown until the clear.
	c := poll[string](t, p, `!document.querySelector('#clear-countdown').hidden && document.querySelector('#clear-countdown').textContent`, 3*time.Second)
	if !strings.Contains(c, "Clipboard cleared in") {
		t.Errorf("countdown %q", c)
	}
	// Every button's name is its own: the clients table names its client.
	dup := eval[string](t, p, `(() => {
	  const seen = {}, dup = [];
	  for (const b of document.querySelectorAll('button')) {
	    const n = (b.getAttribute('aria-label') || b.textContent).trim();
	    if (seen[n]) dup.push(n); seen[n] = true;
	  }
	  return dup.join(' | ');
	})()`)
	if dup != "" {
		t.Errorf("buttons share a name: %s", dup)
	}
	// In MFA mode the button copies password + code.
	click(t, p, `input[name="mode"][value="mfa"]`)
	if l := eval[string](t, p, `document.querySelector('[data-action="copy"]').textContent`); l != "Copy password + code" {
		t.Errorf("copy button %q in MFA mode", l)
	}
	click(t, p, `input[name="mode"][value="token"]`)
	if l := eval[string](t, p, `document.querySelector('[data-action="copy"]').textContent`); l != "Copy password + token" {
		t.Errorf("copy button %q in token mode", l)
	}
}

// When the clear cannot be scheduled the popup says so at once, and
// shows no countdown: the note's promise does not hold.
func TestPopupWarnsWhenTheClearFails(t *testing.T) {
	p := openPopup(t, "")
	// The worker's answer to the clear request, replaced by a refusal.
	eval[chromedp.Void](t, p, `(() => {
	  const send = chrome.runtime.sendMessage.bind(chrome.runtime);
	  chrome.runtime.sendMessage = (m, ...rest) => m && m.kind === 'clear' ? Promise.resolve({ok: false, error: 'no offscreen document'}) : send(m, ...rest);
	})()`)
	fill(t, p, "hunter2!", token)
	click(t, p, `[data-action="copy"]`)
	w := poll[string](t, p, `document.querySelector('#problems [data-key="popupClearNotScheduled"]')?.textContent`, 5*time.Second)
	if !strings.Contains(w, "will not be cleared") || !strings.Contains(w, "no offscreen document") {
		t.Errorf("warning %q", w)
	}
	if !eval[bool](t, p, `document.querySelector('#clear-countdown').hidden`) {
		t.Error("a countdown shows for a clear that will not happen")
	}
	if got := clipboardText(t, p); got != "hunter2!"+token {
		t.Errorf("clipboard %q: the copy itself should still have happened", got)
	}
}

// The options page's error is shown as one, and linked to its field.
func TestOptionsErrorLinked(t *testing.T) {
	o := tab(t, shared.ExtURL("options.html"))
	poll[bool](t, o, `document.documentElement.dataset.ready === 'true'`, 5*time.Second)
	defer eval[chromedp.Void](t, o, `chrome.storage.local.remove('settings')`)
	eval[chromedp.Void](t, o, `document.querySelector('#clear-seconds').value = '2'`)
	click(t, o, `#options [type="submit"]`)
	poll[bool](t, o, `!!document.querySelector('#problems').textContent`, 3*time.Second)
	if v := eval[string](t, o, `document.querySelector('#clear-seconds').getAttribute('aria-invalid')`); v != "true" {
		t.Errorf("aria-invalid %q on the refused field", v)
	}
	if d := eval[string](t, o, `document.querySelector('#clear-seconds').getAttribute('aria-describedby')`); !strings.Contains(d, "problems") {
		t.Errorf("the field is described by %q, not its error", d)
	}
	if b := eval[string](t, o, `getComputedStyle(document.querySelector('#problems')).borderLeftStyle`); b != "solid" {
		t.Errorf("the error is unstyled (border %q)", b)
	}
	eval[chromedp.Void](t, o, `document.querySelector('#clear-seconds').value = '30'`)
	click(t, o, `#options [type="submit"]`)
	poll[bool](t, o, `!!document.querySelector('#status').textContent`, 3*time.Second)
	if eval[bool](t, o, `document.querySelector('#clear-seconds').hasAttribute('aria-invalid')`) {
		t.Error("the field stays invalid after a good value")
	}
}
