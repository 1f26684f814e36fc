//go:build !js

package e2e

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/rig"
)

// popupHeight is the height of the popup's content at the toolbar's
// width: a browser gives a popup at most 600 px.
const popupHeight = `Math.ceil(document.documentElement.getBoundingClientRect().height)`

// The pop-out opens the assembler in a window of its own for the same
// tab, with the token the popup held and without the password; nothing
// of it is stored.
func TestPopOutTakesTheTokenAlong(t *testing.T) {
	sf := shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home")
	p := openPopupWhen(t, sf, `!!document.querySelector('[data-token-helper="highlight"]')`)
	id := eval[int](t, p, `+new URLSearchParams(location.search).get('tab')`)
	fill(t, p, "Sup3rSecretPw", token)
	before := pageTargets(t)
	if err := chromedp.Do(p, chromedp.Click(`button[data-action="pop-out"]`)); err != nil {
		t.Fatal(err)
	}
	win := popOutWindow(t, before)
	if v := poll[string](t, win, `document.documentElement.dataset.ready === 'true' && document.querySelector('input[name="token"]').value`, 5*time.Second); v != token {
		t.Errorf("token field %q in the window, want the popup's", v)
	}
	if pw := eval[string](t, win, `document.querySelector('input[name="password"]').value`); pw != "" {
		t.Errorf("the password came along: %q", pw)
	}
	if u := eval[string](t, win, `location.search`); strings.Contains(u, token) || !strings.Contains(u, "tab="+strconv.Itoa(id)) || !strings.Contains(u, "view=window") {
		t.Errorf("window URL %q: want the tab and the view, never the token", u)
	}
	if typ := eval[string](t, win, `chrome.windows.getCurrent().then(w => w.type)`); typ != "popup" {
		t.Errorf("window type %q, want popup", typ)
	}
	// The window describes the tab it came from, not itself.
	if _, err := rig.Wait[bool](win, `document.querySelector("#tab-status").dataset.state === "here"`, 5*time.Second); err != nil {
		t.Fatalf("%v; the window says %q: %s", err, eval[string](t, win, `document.querySelector("#tab-status").dataset.state`), eval[string](t, win, `document.querySelector("#tab-status").textContent + " / " + location.search`))
	}
	if !eval[bool](t, win, `getComputedStyle(document.querySelector('[data-action="pop-out"]')).display === 'none'`) {
		t.Error("the window offers to pop out again")
	}
	dump := eval[string](t, win, `Promise.all(['local', 'session', 'sync'].map(a => chrome.storage[a].get(null))).then(JSON.stringify)`)
	if strings.Contains(dump, token) || strings.Contains(dump, "Sup3rSecretPw") {
		t.Errorf("storage holds what was handed over: %s", dump)
	}
	// Taken once: the same window loaded again gets nothing.
	if err := chromedp.Do(win, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	poll[bool](t, win, `document.documentElement.dataset.ready === 'true' && document.documentElement.dataset.handoff === 'done'`, 5*time.Second)
	if v := eval[string](t, win, `document.querySelector('input[name="token"]').value`); v != "" {
		t.Errorf("the token was handed over twice: %q", v)
	}
	shotPopOut(t)
}

// pageTargets are the browser's pages now, by target id.
func pageTargets(t *testing.T) map[target.ID]bool {
	t.Helper()
	infos, err := chromedp.Targets(shared.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[target.ID]bool{}
	for _, i := range infos {
		ids[i.TargetID] = true
	}
	return ids
}

// popOutWindow attaches to the window the pop-out opened: a page that was
// not there before the click (another test may have left a view=window
// page of its own).
func popOutWindow(t *testing.T, before map[target.ID]bool) context.Context {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		infos, err := chromedp.Targets(shared.Ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, i := range infos {
			if i.Type == "page" && strings.Contains(i.URL, "view=window") && !before[i.TargetID] {
				ctx, cancel := chromedp.NewContext(shared.Ctx, chromedp.WithTargetID(i.TargetID))
				t.Cleanup(func() {
					chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`window.close()`))
					cancel()
				})
				ctx, stop := context.WithTimeout(ctx, 60*time.Second)
				t.Cleanup(stop)
				return ctx
			}
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatal("no pop-out window opened")
	return nil
}

// shotPopOut saves the pop-out view, at the window's size, for the docs.
func shotPopOut(t *testing.T) {
	sf := shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home")
	p := openPopupWhen(t, sf, `!!document.querySelector('[data-token-helper="highlight"]')`)
	id := eval[int](t, p, `+new URLSearchParams(location.search).get('tab')`)
	if err := chromedp.Do(p, chromedp.EmulateViewport(460, 640), chromedp.Navigate(shared.ExtURL("popup.html?view=window&tab="+strconv.Itoa(id)))); err != nil {
		t.Fatal(err)
	}
	poll[bool](t, p, `document.documentElement.dataset.ready === 'true' && document.querySelector('#tab-status').dataset.state === 'here'`, 5*time.Second)
	fill(t, p, "", token)
	screenshot(t, p, "popup-window")
}

// shotPopup saves the popup at its width and its content's height, as the
// toolbar shows it.
func shotPopup(t *testing.T, p context.Context, name string) {
	t.Helper()
	h := eval[int](t, p, popupHeight)
	if err := chromedp.Do(p, chromedp.EmulateViewport(460, int64(h))); err != nil {
		t.Fatal(err)
	}
	screenshot(t, p, name)
	if err := chromedp.Do(p, chromedp.EmulateViewport(460, 700)); err != nil {
		t.Fatal(err)
	}
}

// The popup fits 600 px in English (German and Japanese: TestPopupFitsInLanguages),
// and at 200 and 250 % zoom nothing is cut off sideways.
func TestPopupFitsAndReflows(t *testing.T) {
	sf := shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home")
	p := openPopupWhen(t, sf, `!!document.querySelector('[data-token-helper="highlight"]')`)
	if h := eval[int](t, p, popupHeight); h > 600 {
		t.Errorf("the popup is %d px tall, over 600", h)
	} else {
		t.Logf("popup height (en): %d px", h)
	}
	shotPopup(t, p, "popup-en")
	setTheme(t, p, "dark")
	shotPopup(t, p, "popup-dark")
	setTheme(t, p, "light")
	for _, zoom := range []float64{2, 2.5} {
		// A zoom of z shows the page in 460/z CSS pixels of width.
		w := int64(460 / zoom)
		if err := chromedp.Do(p, chromedp.EmulateViewport(w, 700)); err != nil {
			t.Fatal(err)
		}
		over := eval[int](t, p, `document.documentElement.scrollWidth - document.documentElement.clientWidth`)
		cut := eval[string](t, p, `[...document.querySelectorAll('main *')].filter(e => e.getClientRects().length && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => e.localName + (e.id ? '#' + e.id : '')).slice(0, 5).join(' ')`)
		if over > 0 || cut != "" {
			t.Errorf("at %.0f %% zoom (%d px) the popup is %d px too wide: %s", zoom*100, w, over, cut)
		}
	}
}

// German and Japanese, whose texts are longest, fit 600 px too.
func TestPopupFitsInLanguages(t *testing.T) {
	for _, lang := range []string{"de", "ja"} {
		t.Run(lang, func(t *testing.T) {
			r, err := rig.Start(rig.Options{Extension: os.Getenv("TOKENHELPER_E2E"), Headless: true, Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			p := langTab(t, r, r.ExtURL("popup.html"))
			if err := chromedp.Do(p, chromedp.EmulateViewport(460, 700), chromedp.Navigate(r.ExtURL("popup.html"))); err != nil {
				t.Fatal(err)
			}
			poll[bool](t, p, `document.documentElement.dataset.ready === 'true' && document.querySelector('#tab-status').dataset.state !== 'loading'`, 5*time.Second)
			if h := eval[int](t, p, popupHeight); h > 600 {
				t.Errorf("%s: the popup is %d px tall, over 600", lang, h)
			} else {
				t.Logf("popup height (%s): %d px", lang, h)
			}
			if l := eval[string](t, p, `document.documentElement.lang`); l != lang {
				t.Errorf("popup lang %q, want %s (the catalogue's, for line breaking and voices)", l, lang)
			}
			// The hint speaks the catalogue's language, and says so.
			org := map[string]string{"de": "muster", "ja": "yamato"}[lang]
			sf := langTab(t, r, r.URL(org+".lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
			poll[string](t, sf, hintState, 10*time.Second)
			if l := eval[string](t, sf, `document.querySelector('[data-token-helper="hint"]').getAttribute('lang')`); l != lang {
				t.Errorf("hint lang %q, want %s", l, lang)
			}
			// On a Salesforce tab every section shows (the org, the reset
			// button, the remember option, the page report): it fits too.
			u := r.URL(org+".lightning.force.com", "/lightning/settings/personal/PersonalInformation/home")
			id := eval[int](t, p, `chrome.tabs.query({url: `+strconv.Quote(u)+`}).then(ts => ts[0].id)`)
			if err := chromedp.Do(p, chromedp.Navigate(r.ExtURL("popup.html?tab="+strconv.Itoa(id)))); err != nil {
				t.Fatal(err)
			}
			poll[bool](t, p, `document.documentElement.dataset.ready === 'true' && document.querySelector('#tab-status').dataset.state === 'here' && !document.querySelector('#page-report').hidden`, 5*time.Second)
			if h := eval[int](t, p, popupHeight); h > 600 {
				t.Errorf("%s on Salesforce: the popup is %d px tall, over 600", lang, h)
			} else {
				t.Logf("popup height (%s, Salesforce tab): %d px", lang, h)
			}
			shotPopup(t, p, "popup-"+lang)
		})
	}
}
