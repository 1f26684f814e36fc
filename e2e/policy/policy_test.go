//go:build !js

// Package policy tests the enterprise policy against Chromium's own policy
// engine: a policy file in /etc/chromium/policies/managed for a copy of
// the build under a temporary path (an unpacked extension's id comes from
// its path, so the policy reaches this test's copy only). Writing there
// takes root: `make test` runs as root; elsewhere the package is skipped,
// and under CI=true it fails instead. Firefox's side is in e2e/firefox.
package policy

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/rig"
)

var built string // the built extension, dist/chromium

func TestMain(m *testing.M) {
	ext, exit, ok := rig.Built("e2e/policy", "TOKENHELPER_E2E", "dist/chromium")
	if !ok {
		os.Exit(exit)
	}
	if os.Geteuid() != 0 {
		if os.Getenv("CI") == "true" {
			println("e2e/policy: CI=true but not root: the policy folder " + policyDir + " needs root")
			os.Exit(1)
		}
		println("e2e/policy: skipped; it writes to " + policyDir + " and needs root (make test as root runs it)")
		os.Exit(0)
	}
	built = ext
	removeLeftovers()
	removeOnSignal()
	code := m.Run()
	removePolicy() // also when a test ended in a way that skipped its cleanup
	os.Exit(code)
}

// run is one browser with a policy: the extension's copy, its id, the rig.
type run struct {
	t  *testing.T
	id string
	r  *rig.Rig
}

// start copies the build under a temporary path, writes the policy for
// the copy's id, and starts Chromium with it.
func start(t *testing.T, values map[string]any) *run {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ext")
	if err := os.CopyFS(dir, os.DirFS(built)); err != nil {
		t.Fatal(err)
	}
	id, err := unpackedID(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(removePolicy)
	if err := writePolicy(id, values); err != nil {
		t.Fatal(err)
	}
	r, err := rig.Start(rig.Options{Extension: dir, Headless: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.Close)
	if r.ExtID != id {
		t.Fatalf("the extension's id is %s, computed %s: the policy names another", r.ExtID, id)
	}
	return &run{t: t, id: id, r: r}
}

// tab opens a tab on url ("" for none), with a 90 s limit on its steps.
func (x *run) tab(t *testing.T, url string, w, h int64) context.Context {
	t.Helper()
	ctx, cancel, err := x.r.NewTab()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cancel)
	ctx, stop := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(stop)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(w, h)); err != nil {
		t.Fatal(err)
	}
	if url != "" {
		if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
			t.Fatalf("navigate %s: %v", url, err)
		}
	}
	return ctx
}

func poll[T any](t *testing.T, ctx context.Context, expr string, timeout time.Duration) T {
	t.Helper()
	return rig.Poll[T](t, ctx, expr, timeout)
}

func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	return rig.Eval[T](t, ctx, expr)
}

// composedText defines text(node): the text of the composed tree, shadow
// roots included (chrome://policy is made of web components).
const composedText = `const text = (n) => n.nodeType === Node.TEXT_NODE ? n.data :
  [...(n.shadowRoot ? n.shadowRoot.childNodes : []), ...n.childNodes].map(text).join(' ');
`

// managedHas waits until the managed area, as the extension reads it,
// holds want (a JS expression over m, the area's content).
func (x *run) managedHas(t *testing.T, ctx context.Context, want string, timeout time.Duration) {
	t.Helper()
	poll[bool](t, ctx, `chrome.storage.managed.get(null).then(m => !!(`+want+`))`, timeout)
}

// popup opens the popup as a page for the tab showing sfURL, with the
// clipboard granted so that the test can read it back.
func (x *run) popup(t *testing.T, sfURL string) context.Context {
	t.Helper()
	p := x.tab(t, x.r.ExtURL("options.html"), 380, 700)
	if err := rig.GrantClipboard(p, x.id); err != nil {
		t.Fatal(err)
	}
	before := eval[string](t, p, rig.TabIDs)
	sf := x.tab(t, sfURL, 1280, 800)
	// The popup follows its tab: opened before the page has its
	// highlight, it would change (and move its controls) under the
	// test's clicks.
	poll[bool](t, sf, `!!document.querySelector('[data-token-helper="highlight"]')`, 10*time.Second)
	id := rig.NewTabID(t, p, before, sfURL)
	if err := chromedp.Do(p, chromedp.Navigate(x.r.ExtURL("popup.html?tab="+strconv.Itoa(id)))); err != nil {
		t.Fatal(err)
	}
	poll[bool](t, p, `document.documentElement.dataset.ready === 'true' && document.querySelector('#tab-status').dataset.state !== 'loading'`, 5*time.Second)
	return p
}

const (
	token    = "aBcD3fGh1jKlMn0pQrStUvWxY"
	personal = "/lightning/settings/personal/PersonalInformation/home"
)

// hintAtHighlight waits for the page's highlight and tells whether the
// hint was there at that moment: for the reset-link state the content
// script shows both from one answer, without delay.
func hintAtHighlight(t *testing.T, ctx context.Context) bool {
	t.Helper()
	v := poll[string](t, ctx, `document.querySelector('[data-token-helper="highlight"]') ?
	  (document.querySelector('[data-token-helper="hint"]') ? 'hint' : 'none') : ''`, 15*time.Second)
	return v == "hint"
}

// The administrator's policy, present when the browser starts, then
// changed twice while it runs: every restriction at its moment of action,
// the options page locked and unlocked live, a value Chromium drops.
func TestChromiumPolicy(t *testing.T) {
	x := start(t, map[string]any{
		"clearSeconds":         5,
		"rememberTokenAllowed": false,
		"hintsOff":             true,
		"loginTestAllowed":     false,
	})
	began := time.Now()
	opts := x.tab(t, x.r.ExtURL("options.html"), 1280, 800)
	x.managedHas(t, opts, `m.clearSeconds === 5 && m.hintsOff === true`, 20*time.Second)
	t.Logf("the policy reached chrome.storage.managed %v after the extension started", time.Since(began).Round(10*time.Millisecond))
	// The user's own choice, which the policy overrides and which comes
	// back once the policy no longer sets it.
	eval[any](t, opts, `chrome.storage.local.set({settings: {clearSeconds: 45, hintsOff: false}})`)

	t.Run("chrome://policy lists the keys", func(t *testing.T) {
		ctx := x.tab(t, "chrome://policy", 1280, 1300) // tall: the extension comes last
		text := poll[string](t, ctx, composedText+`(s => s.includes('clearSeconds') ? s : '')(text(document.body))`, 10*time.Second)
		for _, k := range []string{"clearSeconds", "rememberTokenAllowed", "hintsOff", "loginTestAllowed", x.id} {
			if !strings.Contains(text, k) {
				t.Errorf("chrome://policy does not show %s", k)
			}
		}
		// The extension's section comes last: the whole page.
		rig.Shot(t, ctx, "policy-chrome-policy", chromedp.FullScreenshot(100))
	})

	t.Run("options page locked", func(t *testing.T) {
		for _, size := range [][2]int64{{1280, 800}, {640, 400}} {
			ctx := x.tab(t, x.r.ExtURL("options.html"), size[0], size[1])
			poll[bool](t, ctx, `document.documentElement.dataset.ready === 'true' && document.querySelector('input[name="hints"]').dataset.managed === 'true'`, 10*time.Second)
			got := eval[string](t, ctx, `['clearSeconds', 'hints'].map(n => {
			  const i = document.querySelector('input[name="' + n + '"]');
			  const note = document.getElementById(i.id + '-managed');
			  return [n, i.disabled, i.dataset.managed, n === 'hints' ? i.checked : i.value,
			    note && note.textContent, (i.getAttribute('aria-describedby') || '').includes(i.id + '-managed')].join(' ');
			}).join('; ')`)
			want := "clearSeconds true true 5 Set by your organization true; hints true true false Set by your organization true"
			if got != want {
				t.Errorf("%dx%d: controls %q, want %q", size[0], size[1], got, want)
			}
			rig.Shot(t, ctx, "policy-options-locked-"+strconv.Itoa(int(size[0]))+"x"+strconv.Itoa(int(size[1])), chromedp.CaptureScreenshot())
		}
	})

	t.Run("no hint, highlight stays", func(t *testing.T) {
		ctx := x.tab(t, x.r.URL("acme.lightning.force.com", personal), 1280, 800)
		if hintAtHighlight(t, ctx) {
			t.Error("a hint shows although the policy turns hints off")
		}
	})

	t.Run("popup: no remember option, no login test, the policy's timeout at copy", func(t *testing.T) {
		sf := x.r.URL("acme.lightning.force.com", personal)
		p := x.popup(t, sf)
		// The popup applies the policy once it knows the tab's org.
		poll[bool](t, p, `document.documentElement.dataset.loginTest === 'off'`, 10*time.Second)
		if visible := eval[bool](t, p, `!!document.querySelector('input[name="remember"]').offsetParent`); visible {
			t.Error("the remember option shows although the policy forbids it")
		}
		if b := eval[string](t, p, `(b => b ? String(b.disabled && b.hidden) : 'absent')(document.querySelector('button[data-action="test-login"]'))`); b != "absent" && b != "true" {
			t.Errorf("the login test button is usable")
		}
		rig.Shot(t, p, "policy-popup", chromedp.CaptureScreenshot())
		note := eval[string](t, p, `document.querySelector('#clipboard-note').textContent`)
		if !strings.Contains(note, " 5 ") {
			t.Errorf("clipboard note %q does not name the policy's 5 seconds", note)
		}
		eval[any](t, p, `(() => {
		  const set = (sel, v) => { const e = document.querySelector(sel); e.value = v; e.dispatchEvent(new Event('input', {bubbles: true})); };
		  set('input[name="password"]', 'hunter2!');
		  set('input[name="token"]', `+strconv.Quote(token)+`);
		})()`)
		if err := chromedp.Do(p, chromedp.Click(`[data-action="copy"]`)); err != nil {
			t.Fatal(err)
		}
		copied := time.Now()
		poll[string](t, p, `document.querySelector('#status').textContent`, 5*time.Second)
		if got := eval[string](t, p, `navigator.clipboard.readText()`); got != "hunter2!"+token {
			t.Fatalf("clipboard holds %q after the copy", got)
		}
		// The user chose 45 s; the policy says 5.
		poll[bool](t, p, `navigator.clipboard.readText().then(s => s === '')`, 20*time.Second)
		if d := time.Since(copied); d < 4*time.Second || d > 15*time.Second {
			t.Errorf("the clipboard was cleared %v after the copy, want about 5 s", d)
		} else {
			t.Logf("clipboard cleared %v after the copy (policy: 5 s, user: 45 s)", d.Round(100*time.Millisecond))
		}
		if n := eval[int](t, p, `chrome.storage.session.get(null).then(s => Object.keys(s).filter(k => k.startsWith('token ')).length)`); n != 0 {
			t.Errorf("%d tokens remembered although the policy forbids it", n)
		}
	})

	// A live change: clearSeconds out of range (Chromium drops it, the
	// user's 45 applies and the field unlocks), hints on by policy, the
	// remember option and the login test allowed again.
	t.Run("live change with a dropped value", func(t *testing.T) {
		opts := x.tab(t, x.r.ExtURL("options.html"), 1280, 800)
		poll[bool](t, opts, `document.querySelector('input[name="clearSeconds"]').dataset.managed === 'true'`, 10*time.Second)
		changed := time.Now()
		if err := writePolicy(x.id, map[string]any{"clearSeconds": 1000, "hintsOff": false, "rememberTokenAllowed": true}); err != nil {
			t.Fatal(err)
		}
		poll[bool](t, opts, `(i => !i.disabled && !i.dataset.managed && i.value === '45')(document.querySelector('input[name="clearSeconds"]'))`, 30*time.Second)
		t.Logf("live change: the options page unlocked %v after the policy file changed", time.Since(changed).Round(10*time.Millisecond))
		m := eval[string](t, opts, `chrome.storage.managed.get(null).then(m => JSON.stringify(m, Object.keys(m).sort()))`)
		if m != `{"hintsOff":false,"rememberTokenAllowed":true}` {
			t.Errorf("managed area %s, want clearSeconds dropped", m)
		}
		if got := eval[string](t, opts, `(i => [i.disabled, i.dataset.managed, i.checked].join(' '))(document.querySelector('input[name="hints"]'))`); got != "true true true" {
			t.Errorf("hints control %q, want locked and on", got)
		}
		// What an administrator sees of the dropped value (Chromium 156:
		// nothing, the row is gone).
		pol := x.tab(t, "chrome://policy", 1280, 1300)
		poll[string](t, pol, composedText+`(s => s.includes('rememberTokenAllowed') ? s : '')(text(document.body))`, 10*time.Second)
		rig.Shot(t, pol, "policy-chrome-policy-dropped", chromedp.FullScreenshot(100))
		ctx := x.tab(t, x.r.URL("acme.lightning.force.com", personal), 1280, 800)
		if !hintAtHighlight(t, ctx) {
			t.Error("no hint although the policy now turns hints on")
		}
	})

	// The remember option back, a token remembered; then forbidden live:
	// the token is forgotten and the open popup hides the option.
	t.Run("forbidding remember forgets remembered tokens", func(t *testing.T) {
		sf := x.r.URL("acme.lightning.force.com", personal)
		p := x.popup(t, sf)
		poll[bool](t, p, `!!document.querySelector('input[name="remember"]').offsetParent && !document.documentElement.dataset.loginTest`, 10*time.Second)
		eval[any](t, p, `(() => {
		  document.querySelector('input[name="password"]').value = 'hunter2!';
		  document.querySelector('input[name="token"]').value = `+strconv.Quote(token)+`;
		})()`)
		if err := chromedp.Do(p, chromedp.Click(`input[name="remember"]`), chromedp.Click(`[data-action="copy"]`)); err != nil {
			t.Fatal(err)
		}
		poll[bool](t, p, `chrome.storage.session.get(null).then(s => Object.keys(s).some(k => k.startsWith('token ')))`, 10*time.Second)
		changed := time.Now()
		if err := writePolicy(x.id, map[string]any{"rememberTokenAllowed": false}); err != nil {
			t.Fatal(err)
		}
		poll[bool](t, p, `chrome.storage.session.get(null).then(s => !Object.keys(s).some(k => k.startsWith('token ')))`, 30*time.Second)
		t.Logf("live change: remembered tokens forgotten %v after the policy file changed", time.Since(changed).Round(10*time.Millisecond))
		poll[bool](t, p, `!document.querySelector('input[name="remember"]').offsetParent`, 5*time.Second)
	})
}
