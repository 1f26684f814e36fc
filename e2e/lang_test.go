//go:build !js

package e2e

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
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/locale/localedir"
)

// Chromium started in another language (--lang) shows the popup, the
// options and the in-page hints in that language; German and Japanese on a
// demo org whose Salesforce UI speaks it too, so detection is shown not to
// depend on labels. Each language gets a browser of its own: the UI
// language is fixed at start.
func TestLanguages(t *testing.T) {
	ext := os.Getenv("TOKENHELPER_E2E")
	for _, c := range []struct{ lang, org string }{
		{"de", "muster"},
		{"ja", "yamato"},
		{"fr", "acme"},
		{"es", "acme"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			r, err := rig.Start(rig.Options{Extension: ext, Headless: true, Lang: c.lang})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			cat := catalogue(t, ext, c.lang)
			en := catalogue(t, ext, "en")
			// A key whose translation is the English text would prove nothing.
			for _, key := range []string{"popupHeading", "popupCopy", "tabResetHere", "hintResetLinkTitle", "credTokenShort", "optionsTitle"} {
				if cat.Text(key) == en.Text(key) {
					t.Fatalf("%s: %s is not translated", c.lang, key)
				}
			}

			sfURL := r.URL(c.org+".lightning.force.com", "/lightning/settings/personal/PersonalInformation/home")
			sf := langTab(t, r, sfURL)
			if h := poll[string](t, sf, highlighted, 10*time.Second); !strings.Contains(h, "/settings/personal/ResetApiToken/") {
				t.Errorf("highlight %q, want the tree entry", h)
			}
			if s := poll[string](t, sf, hintState, 5*time.Second); s != "reset-link" {
				t.Fatalf("hint %q, want reset-link", s)
			}
			title := inHint[string](t, sf, `root => root.querySelector('h2').textContent`)
			if want := cat.Text("hintResetLinkTitle"); title != want {
				t.Errorf("hint title %q, want %q", title, want)
			}
			if text := inHint[string](t, sf, hintText); !strings.Contains(text, cat.Text("hintResetEffect")) {
				t.Errorf("hint text %q lacks %q", text, cat.Text("hintResetEffect"))
			}
			shot(t, c.lang+"-hint", sf, chromedp.Screenshot(`[data-token-helper="hint"]`))

			p := langPopup(t, r, sfURL)
			t.Logf("chrome.i18n.getUILanguage() = %q", eval[string](t, p, `chrome.i18n.getUILanguage()`))
			for sel, key := range map[string]string{
				"h1":                      "popupHeading",
				"#tab-detail":             "tabResetHere",
				`[data-action="copy"]`:    "popupCopy",
				"#toggle-password":        "popupShow",
				"label[for=\"password\"]": "popupPasswordLabel",
			} {
				if got := eval[string](t, p, `document.querySelector(`+strconv.Quote(sel)+`).textContent`); got != cat.Text(key) {
					t.Errorf("popup %s: %q, want %q", sel, got, cat.Text(key))
				}
			}
			checkProblemAndOptions(t, r, p, cat, c.lang)
			checkViolations(t, r)
		})
	}
}

// checkProblemAndOptions has Go find a problem in the popup p (a token too
// short) and checks its wording is cat's, saves the popup with its clients
// open as lang-<name>-popup, and opens the options page, whose title must
// be cat's too. It returns the options page.
func checkProblemAndOptions(t *testing.T, r *rig.Rig, p context.Context, cat locale.Messages, name string) context.Context {
	t.Helper()
	// A problem found by Go, worded through chrome.i18n.
	fill(t, p, "hunter2!", "aBcD3fGh1jKl")
	if err := chromedp.Do(p, chromedp.Click(`[data-action="copy"]`)); err != nil {
		t.Fatal(err)
	}
	alert := poll[string](t, p, `document.querySelector('[role="alert"] [data-key="credTokenShort"]')?.textContent`, 5*time.Second)
	if want := cat.Text("credTokenShort", "12"); alert != want {
		t.Errorf("alert %q, want %q", alert, want)
	}
	eval[chromedp.Void](t, p, `document.querySelector('details.clients').open = true`)
	logOverflow(t, p)
	shot(t, name+"-popup", p, chromedp.FullScreenshot(100))

	o := langTab(t, r, r.ExtURL("options.html"))
	if got := poll[string](t, o, `document.querySelector('h1').textContent`, 5*time.Second); got != cat.Text("optionsTitle") {
		t.Errorf("options title %q, want %q", got, cat.Text("optionsTitle"))
	}
	return o
}

// catalogue reads one language of the built extension's messages.
func catalogue(t *testing.T, ext, lang string) locale.Messages {
	t.Helper()
	m, err := localedir.Read(filepath.Join(ext, "_locales", lang))
	if err != nil || len(m) == 0 {
		t.Fatalf("the build has no %s catalogue: %v", lang, err)
	}
	return m
}

// langTab opens url in a new tab of r's browser.
func langTab(t *testing.T, r *rig.Rig, url string) context.Context {
	t.Helper()
	ctx, cancel, err := r.NewTab()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cancel)
	watchErrors(t, ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("navigate %s: %v", url, err)
	}
	return ctx
}

// langPopup opens the popup, at its real width, for the tab showing sfURL.
func langPopup(t *testing.T, r *rig.Rig, sfURL string) context.Context {
	t.Helper()
	p := langTab(t, r, r.ExtURL("popup.html"))
	id := eval[int](t, p, `chrome.tabs.query({url: `+strconv.Quote(sfURL)+`}).then(ts => ts[0].id)`)
	if err := chromedp.Do(p, chromedp.EmulateViewport(380, 700), chromedp.Navigate(r.ExtURL("popup.html?tab="+strconv.Itoa(id)))); err != nil {
		t.Fatal(err)
	}
	poll[bool](t, p, `document.documentElement.dataset.ready === 'true' && document.querySelector('#tab-status').dataset.state !== 'loading'`, 5*time.Second)
	return p
}

// logOverflow reports elements whose text is wider than their box. It
// logs rather than fails: widths depend on the fonts installed, and the
// screenshots are where a person judges the fit.
func logOverflow(t *testing.T, ctx context.Context) {
	t.Helper()
	over := eval[[]string](t, ctx, `[...document.querySelectorAll('body *')]
	  .filter(e => e.offsetParent && !e.matches('.visually-hidden') && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'auto')
	  .map(e => e.localName + (e.id ? '#' + e.id : '') + ' ' + e.scrollWidth + '>' + e.clientWidth)`)
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 380 {
		over = append(over, "page "+strconv.Itoa(w)+">380")
	}
	if len(over) > 0 {
		t.Logf("wider than their box: %q", over)
	}
}

// shot saves a PNG into TOKENHELPER_SHOTS, if set.
func shot(t *testing.T, name string, ctx context.Context, capture chromedp.Action[[]byte]) {
	t.Helper()
	rig.Shot(t, ctx, "lang-"+name, capture)
}
