//go:build !js

package main

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/rig"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/settings"
)

// afterClear is how long after its clear the contexts are counted.
const afterClear = 5 * time.Second

// contextsAfterClear: a copy in the popup, the popup closed, then, 5 s
// after the clipboard was cleared, the extension's contexts still running
// and their memory (JS heap and array buffers, the WASM memory among
// them). Only the service worker should be left, until it idles out: the
// offscreen document closes once its clear has run.
func contextsAfterClear(r *rig.Rig, runs int) ([]Row, error) {
	var count, mem []float64
	var left []string
	for i := 0; i < runs; i++ {
		n, mb, kinds, err := copyAndClear(r)
		if err != nil {
			return nil, err
		}
		count, mem = append(count, float64(n)), append(mem, mb)
		left = kinds
	}
	return []Row{
		row("extension contexts 5 s after a clear", "count", count, rig.BudgetContextsAfterClear, "last run: "+strings.Join(left, ", ")),
		row("their memory (JS heap + array buffers)", "MB", mem, 0, ""),
	}, nil
}

func copyAndClear(r *rig.Rig) (n int, mb float64, kinds []string, err error) {
	ctx, cancel, err := r.NewTab()
	if err != nil {
		return 0, 0, nil, err
	}
	defer cancel()
	if err := rig.GrantClipboard(ctx, r.ExtID); err != nil {
		return 0, 0, nil, err
	}
	key := strconv.Quote(message.SettingsKey)
	set := func(secs int) error {
		_, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`chrome.storage.local.set({`+key+`: {clearSeconds: `+strconv.Itoa(secs)+`, hintsOff: false}})`, chromedp.EvalAwaitPromise))
		return err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(r.ExtURL("options.html"))); err != nil {
		return 0, 0, nil, err
	}
	if err := set(settings.MinClear); err != nil {
		return 0, 0, nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(r.ExtURL("popup.html"))); err != nil {
		return 0, 0, nil, err
	}
	if _, err := rig.Wait[bool](ctx, `document.documentElement.dataset.ready === 'true'`, waitLimit); err != nil {
		return 0, 0, nil, err
	}
	fill := `(() => {
  document.querySelector('input[name="password"]').value = 'hunter2!';
  document.querySelector('input[name="token"]').value = 'aBcD3fGh1jKlMn0pQrStUvWxY';
})()`
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](fill), chromedp.Click(`[data-action="copy"]`)); err != nil {
		return 0, 0, nil, err
	}
	if _, err := rig.Wait[string](ctx, `document.querySelector('#status').textContent`, waitLimit); err != nil {
		return 0, 0, nil, err
	}
	copied := time.Now()
	if err := set(settings.DefaultClear); err != nil { // the next popup uses the default again
		return 0, 0, nil, err
	}
	cancel() // the popup closes
	time.Sleep(time.Until(copied.Add(time.Duration(settings.MinClear)*time.Second + afterClear)))
	return extensionContexts(r)
}

// extensionContexts lists the extension's running contexts and adds up
// their memory.
func extensionContexts(r *rig.Rig) (n int, mb float64, kinds []string, err error) {
	infos, err := chromedp.Targets(r.Ctx)
	if err != nil {
		return 0, 0, nil, err
	}
	prefix := "chrome-extension://" + r.ExtID + "/"
	for _, t := range infos {
		if !strings.HasPrefix(t.URL, prefix) {
			continue
		}
		used, err := heap(r, t)
		if err != nil {
			return 0, 0, nil, err
		}
		n++
		mb += used
		kinds = append(kinds, t.Type+" "+strings.TrimPrefix(t.URL, prefix)+" "+strconv.FormatFloat(used, 'f', 1, 64)+" MB")
	}
	sort.Strings(kinds)
	return n, mb, kinds, nil
}

// heap is a context's JS heap and array buffers (where Go's WASM memory
// lives), in MB.
func heap(r *rig.Rig, t *target.Info) (float64, error) {
	ctx, cancel := chromedp.NewContext(r.Ctx, chromedp.WithTargetID(t.TargetID))
	defer cancel()
	ctx, stop := context.WithTimeout(ctx, waitLimit)
	defer stop()
	u, err := chromedp.Call(ctx, runtime.GetHeapUsage, cdp.Empty{})
	if err != nil {
		return 0, err
	}
	return (u.UsedSize + u.BackingStorageSize) / 1e6, nil
}
