//go:build !js

package e2e

import (
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"tokenhelper/wasm/message"
	"tokenhelper/wasm/settings"
)

// offscreenCount is how many offscreen documents the extension has open.
const offscreenCount = `chrome.runtime.getContexts({contextTypes: ['OFFSCREEN_DOCUMENT']}).then(cs => cs.length)`

// The offscreen document, which holds a whole Go runtime, closes once its
// clear has run; a later copy opens a new one, whose clear runs too.
func TestOffscreenClosesAfterItsClear(t *testing.T) {
	ext := tab(t, shared.ExtURL("options.html"))
	key := strconv.Quote(message.SettingsKey)
	eval[chromedp.Void](t, ext, `chrome.storage.local.set({`+key+`: {clearSeconds: `+strconv.Itoa(settings.MinClear)+`, hintsOff: false}})`)
	t.Cleanup(func() { eval[chromedp.Void](t, ext, `chrome.storage.local.remove(`+key+`)`) })
	p := openPopup(t, "")
	wait := time.Duration(settings.MinClear)*time.Second + 10*time.Second
	for round := 1; round <= 2; round++ {
		fill(t, p, "hunter2!", token)
		if err := chromedp.Do(p, chromedp.Click(`[data-action="copy"]`)); err != nil {
			t.Fatal(err)
		}
		if got := poll[int](t, p, offscreenCount, 5*time.Second); got != 1 {
			t.Fatalf("round %d: %d offscreen documents after the copy", round, got)
		}
		if got := clipboardText(t, p); got != "hunter2!"+token {
			t.Fatalf("round %d: clipboard %q after the copy", round, got)
		}
		// The document goes once its clear has run; the clipboard shows
		// the clear a few ms later (its write is committed by the browser).
		poll[bool](t, p, offscreenCount+`.then(n => n === 0)`, wait)
		poll[bool](t, p, `navigator.clipboard.readText().then(s => s === '')`, 2*time.Second)
	}
}
