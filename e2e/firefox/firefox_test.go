//go:build !js

// Package firefox is the smoke test of the Firefox build: headless
// Firefox ESR, driven over Marionette, with the built extension installed
// as a temporary add-on, on the demo org. `make test` runs it; plain
// `go test ./...` skips it unless TOKENHELPER_FIREFOX names the built
// extension (dist/firefox), and fails, not skips, under CI=true.
package firefox

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"tokenhelper/e2e/rig"
)

// ff is the browser the tests share: one start costs seconds.
var ff *browser

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	ext, exit, ok := rig.Built("e2e/firefox", "TOKENHELPER_FIREFOX", "dist/firefox")
	if !ok {
		return exit
	}
	b, err := startBrowser(ext)
	if err != nil {
		println("e2e/firefox:", err.Error())
		return 1
	}
	ff = b
	code := m.Run()
	b.Close()
	return code
}

const token = "aBcD3fGh1jKlMn0pQrStUvWxY" // 25 characters, as tokens have

// On the Lightning personal-settings page, whose nav tree renders late,
// the content script asks Go in the event page and marks the Reset My
// Security Token link: the same answer as in Chromium.
func TestHighlightOnLightningPersonalSettings(t *testing.T) {
	if err := ff.M.navigate("https://acme.lightning.force.com/lightning/settings/personal/PersonalInformation/home"); err != nil {
		t.Fatal(err)
	}
	href := poll[string](t, `const a = document.querySelector('a[data-token-helper="highlight"]'); return a && a.getAttribute('href')`, 10*time.Second)
	if !strings.Contains(href, "/settings/personal/ResetApiToken/") {
		t.Errorf("highlighted link goes to %q, want the reset page", href)
	}
	if n := do[int](t, `return document.querySelectorAll('[data-token-helper="highlight"]').length`); n != 1 {
		t.Errorf("%d highlighted elements, want 1", n)
	}
	state := poll[string](t, `const h = document.querySelector('[data-token-helper="hint"]'); return h && h.dataset.state`, 5*time.Second)
	if state != "reset-link" {
		t.Errorf("hint state %q, want reset-link", state)
	}
	if v := ff.Org.Violations(); len(v) > 0 {
		t.Errorf("forbidden requests reached the demo org: %q", v)
	}
}

// The popup, in its own tab, joins password and token and writes them to
// the clipboard on a click; the browser's clipboard holds exactly that.
func TestPopupCopy(t *testing.T) {
	setClipboard(t, "sentinel")
	openExtPage(t, "popup.html")
	poll[bool](t, `return document.documentElement.dataset.ready === 'true'`, 10*time.Second)
	do[any](t, `const set = (sel, v) => {
	  const e = document.querySelector(sel);
	  e.value = v;
	  e.dispatchEvent(new Event('input', {bubbles: true}));
	};
	set('input[name="password"]', arguments[0]);
	set('input[name="token"]', arguments[1]);`, "hunter2!", "  "+token+"\t")
	if err := ff.M.click(`[data-action="copy"]`); err != nil {
		t.Fatal(err)
	}
	status := poll[string](t, `return document.querySelector('#status[role="status"]').textContent`, 5*time.Second)
	if !strings.Contains(status, "Copied") {
		t.Errorf("status %q", status)
	}
	if got := clipboard(t); got != "hunter2!"+token {
		t.Errorf("clipboard holds %q, want password+token", got)
	}
	if a := do[string](t, `return document.querySelector('[role="alert"]').textContent`); a != "" {
		t.Errorf("alert %q on valid input", a)
	}
}

// openExtPage loads a page of the extension in the current tab. Marionette
// navigates content to web URLs only, so the browser itself loads it, as
// the toolbar would.
func openExtPage(t *testing.T, path string) {
	t.Helper()
	url := ff.ExtURL(path)
	// Mark the document being left, so that loading the same URL again
	// waits for the new one rather than finding the old one complete.
	eval[any](ff.M, `window.thLeaving = true`)
	inChrome(t, func() {
		do[any](t, `const w = Services.wm.getMostRecentWindow('navigator:browser');
		w.gBrowser.selectedBrowser.fixupAndLoadURIString(arguments[0], {
		  triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
		});`, url)
	})
	poll[bool](t, `return !window.thLeaving && location.href === `+strconv.Quote(url)+` && document.readyState === 'complete'`, 10*time.Second)
}

// clipboard reads the system clipboard with the browser's privileges,
// which need no permission and no focus.
func clipboard(t *testing.T) string {
	t.Helper()
	var s string
	inChrome(t, func() { s = do[string](t, `return navigator.clipboard.readText()`) })
	return s
}

func setClipboard(t *testing.T, s string) {
	t.Helper()
	inChrome(t, func() { do[any](t, `return navigator.clipboard.writeText(arguments[0])`, s) })
}

// inChrome runs f with scripts in the browser's own (chrome) context.
func inChrome(t *testing.T, f func()) {
	t.Helper()
	if err := ff.M.setContext("chrome"); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := ff.M.setContext("content"); err != nil {
			t.Fatal(err)
		}
	}()
	f()
}

// poll runs the script body until its result is not the zero T (null
// counts as zero) and returns that result.
func poll[T comparable](t *testing.T, script string, timeout time.Duration) T {
	t.Helper()
	var zero T
	var last error
	for deadline := time.Now().Add(timeout); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		v, err := eval[T](ff.M, script)
		if err == nil && v != zero {
			return v
		}
		last = err
	}
	t.Fatalf("waiting for %s: %v", script, last)
	return zero
}

// do runs the script body once.
func do[T any](t *testing.T, script string, args ...any) T {
	t.Helper()
	v, err := eval[T](ff.M, script, args...)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// Firefox has no offscreen documents: its background page clears the
// clipboard after the timeout, also once the popup has closed.
func TestClipboardCleared(t *testing.T) {
	openExtPage(t, "options.html")
	do[any](t, `return chrome.storage.local.set({settings: {clearSeconds: 5, hintsOff: false}})`)
	defer func() { do[any](t, `return chrome.storage.local.remove('settings')`) }()
	openExtPage(t, "popup.html")
	poll[bool](t, `return document.documentElement.dataset.ready === 'true'`, 10*time.Second)
	do[any](t, `const set = (sel, v) => { const e = document.querySelector(sel); e.value = v; };
	set('input[name="password"]', arguments[0]);
	set('input[name="token"]', arguments[1]);`, "hunter2!", token)
	if err := ff.M.click(`[data-action="copy"]`); err != nil {
		t.Fatal(err)
	}
	poll[string](t, `return document.querySelector('#status').textContent`, 5*time.Second)
	if got := clipboard(t); got != "hunter2!"+token {
		t.Fatalf("clipboard holds %q after the copy", got)
	}
	openExtPage(t, "options.html") // the popup is gone
	deadline := time.Now().Add(12 * time.Second)
	for clipboard(t) != "" {
		if time.Now().After(deadline) {
			t.Fatal("the clipboard still holds the credential after the timeout")
		}
		time.Sleep(250 * time.Millisecond)
	}
}
