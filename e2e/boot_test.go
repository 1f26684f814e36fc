//go:build !js

package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/rig"
)

// TestGoFailsToStart loads a copy of the extension whose WASM is broken:
// no message waits for ever (each gets the error), and the popup says
// that the extension could not start, where the user sees it.
func TestGoFailsToStart(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(os.Getenv("TOKENHELPER_E2E"))); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "tokenhelper.wasm"), []byte("not a WebAssembly module"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := rig.Start(rig.Options{Extension: dir, Headless: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ctx, cancel, err := r.NewTab()
	if err != nil {
		t.Fatal(err)
	}
	defer cancel()
	ctx, stop := context.WithTimeout(ctx, 90*time.Second)
	defer stop()
	if err := chromedp.Do(ctx, chromedp.Navigate(r.ExtURL("popup.html"))); err != nil {
		t.Fatal(err)
	}
	text := poll[string](t, ctx, `document.documentElement.dataset.bootFailed === 'true' && document.querySelector('#tab-status[data-state=error]').textContent`, 20*time.Second)
	if !strings.Contains(text, "could not start") {
		t.Errorf("the popup says %q, want that the extension could not start", text)
	}
	screenshot(t, ctx, "popup-boot-failed")
	if visible := eval[bool](t, ctx, `(() => { const r = document.querySelector('#tab-status').getBoundingClientRect(); return r.width > 0 && r.height > 0; })()`); !visible {
		t.Error("the message is not visible")
	}
	// The service worker's Go did not start either: it answers, with the
	// error, instead of leaving the request pending.
	reply := eval[string](t, ctx, `Promise.race([
		chrome.runtime.sendMessage({kind: 'status', tab: -1, url: 'https://acme.my.salesforce.com/'}).then((r) => JSON.stringify(r)),
		new Promise((resolve) => setTimeout(() => resolve('no answer in 10 s'), 10000)),
	])`)
	if !strings.Contains(reply, `"error":"the extension could not start`) {
		t.Errorf("the worker answered %s, want the error", reply)
	}
}
