//go:build !js

package main

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/chromedp/cdproto/debugger"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/rig"
)

// recordPage is a Salesforce page with nothing for the extension to do.
const recordPage = "/lightning/r/Account/001000000000001AAA/view"

// cost is what loading the record page costs its renderer.
type cost struct {
	taskMS, scriptMS, heapMB float64
	wasm                     int64
}

// pageCost loads the record page in a browser with the extension and in
// one without, and reports the difference in main-thread time and memory,
// and the WASM modules compiled in the page (by any world, the content
// script's included).
func pageCost(with, base *rig.Rig, runs int) ([]Row, error) {
	var dTask, dScript, dHeap, wasm []float64
	for i := 0; i < runs; i++ {
		a, err := load(with)
		if err != nil {
			return nil, err
		}
		b, err := load(base)
		if err != nil {
			return nil, err
		}
		dTask = append(dTask, a.taskMS-b.taskMS)
		dScript = append(dScript, a.scriptMS-b.scriptMS)
		dHeap = append(dHeap, a.heapMB-b.heapMB)
		wasm = append(wasm, float64(a.wasm))
	}
	none := rig.Summarize(wasm).Max == 0
	wasmRow := row("record page: WASM modules in page frames", "count", wasm, 0, "budget: 0 in every run")
	wasmRow.OK = &none
	return []Row{
		// Script time is where a content script's cost shows; the page's
		// whole task time varies by hundreds of ms between loads, so it
		// is reported without a budget.
		row("record page: added main-thread script time", "ms", dScript, rig.BudgetPageScript, "with - without, same run"),
		row("record page: added main-thread task time", "ms", dTask, 0, "noisy: the page's own work varies"),
		row("record page: added JS heap", "MB", dHeap, 0, ""),
		wasmRow,
	}, nil
}

// load opens the record page in a fresh tab, lets it settle, and reads
// the renderer's metrics.
func load(r *rig.Rig) (cost, error) {
	ctx, cancel, err := r.NewTab()
	if err != nil {
		return cost{}, err
	}
	defer cancel()
	var wasm atomic.Int64
	events := chromedp.Events(ctx, debugger.ScriptParsed)
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			if ev.ScriptLanguage == debugger.ScriptLanguageWebAssembly {
				wasm.Add(1)
			}
		}
	}()
	if _, err := chromedp.Call(ctx, debugger.Enable, debugger.EnableParams{}); err != nil {
		return cost{}, err
	}
	if _, err := chromedp.Call(ctx, performance.Enable, performance.EnableParams{}); err != nil {
		return cost{}, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(r.URL("acme.lightning.force.com", recordPage))); err != nil {
		return cost{}, err
	}
	time.Sleep(1500 * time.Millisecond) // past the demo org's late rendering
	m, err := metrics(ctx)
	if err != nil {
		return cost{}, err
	}
	m.wasm = wasm.Load()
	return m, nil
}

func metrics(ctx context.Context) (cost, error) {
	res, err := chromedp.Call(ctx, performance.GetMetrics, struct{}{})
	if err != nil {
		return cost{}, err
	}
	var c cost
	for _, m := range res.Metrics {
		switch m.Name {
		case "TaskDuration":
			c.taskMS = m.Value * 1000
		case "ScriptDuration":
			c.scriptMS = m.Value * 1000
		case "JSHeapUsedSize":
			c.heapMB = m.Value / 1e6
		}
	}
	return c, nil
}
