//go:build !js

package main

import (
	"context"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/rig"
)

// hintWatch runs in the page before its own scripts and notes when the
// extension's hint appears.
const hintWatch = `new MutationObserver((_, obs) => {
  if (document.querySelector('[data-token-helper="hint"]')) { window.thHintAt = performance.now(); obs.disconnect(); }
}).observe(document, {childList: true, subtree: true});`

// waitLimit bounds every wait for the page or the extension.
const waitLimit = 15 * time.Second

// pageAndExtension opens two tabs: one for a demo-org page, one on an
// extension page, whose DevTools domain can stop the service worker.
func pageAndExtension(r *rig.Rig) (tab, ext context.Context, done func(), err error) {
	tab, cancelPage, err := r.NewTab()
	if err != nil {
		return nil, nil, nil, err
	}
	ext, cancelExt, err := r.NewTab()
	if err != nil {
		cancelPage()
		return nil, nil, nil, err
	}
	done = func() { cancelExt(); cancelPage() }
	if err := chromedp.Do(ext, chromedp.Navigate(r.ExtURL("options.html"))); err != nil {
		done()
		return nil, nil, nil, err
	}
	return tab, ext, done, nil
}

// firstDecision: with the worker asleep, the time from the content
// script's start (the document is parsed: document_end) to the hint of a
// page decided from its URL alone (Setup Home).
func firstDecision(r *rig.Rig, runs int) ([]Row, error) {
	ctx, ext, done, err := pageAndExtension(r)
	if err != nil {
		return nil, err
	}
	defer done()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: hintWatch}); err != nil {
		return nil, err
	}
	var ms []float64
	for i := 0; i < runs; i++ {
		if err := r.StopWorker(ext); err != nil {
			return nil, err
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(r.URL("acme.my.salesforce-setup.com", "/lightning/setup/SetupOneHome/home"))); err != nil {
			return nil, err
		}
		v, err := rig.Wait[float64](ctx, `window.thHintAt && (window.thHintAt - performance.getEntriesByType('navigation')[0].domInteractive)`, waitLimit)
		if err != nil {
			return nil, err
		}
		ms = append(ms, v)
	}
	return []Row{row("worker asleep -> first decision (Setup Home hint)", "ms", ms, 0, "from document parsed")}, nil
}

// highlight: the reset entry inserted into a rendered tree -> highlighted.
func highlight(r *rig.Rig, runs int) ([]Row, error) {
	ctx, ext, done, err := pageAndExtension(r)
	if err != nil {
		return nil, err
	}
	defer done()
	if err := chromedp.Do(ctx, chromedp.Navigate(r.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))); err != nil {
		return nil, err
	}
	if _, err := rig.Wait[bool](ctx, `!!document.querySelector('[data-token-helper="highlight"]')`, waitLimit); err != nil {
		return nil, err
	}
	var awake, asleep []float64
	for i := 0; i < runs; i++ {
		v, err := measure(ctx, nil)
		if err != nil {
			return nil, err
		}
		awake = append(awake, v)
	}
	for i := 0; i < runs; i++ {
		v, err := measure(ctx, func() error { return r.StopWorker(ext) })
		if err != nil {
			return nil, err
		}
		asleep = append(asleep, v)
	}
	return []Row{
		row("highlight latency, worker awake", "ms", awake, rig.BudgetHighlightAwake, ""),
		row("highlight latency, worker asleep", "ms", asleep, rig.BudgetHighlightAsleep, ""),
	}, nil
}

func measure(ctx context.Context, between func() error) (float64, error) {
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](rig.TakeOut)); err != nil {
		return 0, err
	}
	if err := rig.Settled(ctx, waitLimit); err != nil {
		return 0, err
	}
	if between != nil {
		if err := between(); err != nil {
			return 0, err
		}
	}
	return chromedp.Run(ctx, chromedp.Evaluate[float64](rig.PutBack, chromedp.EvalAwaitPromise))
}

// popup: navigation to the popup -> Go has made its form work.
func popup(r *rig.Rig, runs int) ([]Row, error) {
	ctx, cancel, err := r.NewTab()
	if err != nil {
		return nil, err
	}
	defer cancel()
	var ms []float64
	for i := 0; i < runs; i++ {
		if err := chromedp.Do(ctx, chromedp.Navigate(r.ExtURL("popup.html"))); err != nil {
			return nil, err
		}
		v, err := rig.Wait[float64](ctx, `performance.getEntriesByName('token-helper-interactive')[0]?.startTime`, waitLimit)
		if err != nil {
			return nil, err
		}
		ms = append(ms, v)
	}
	return []Row{row("popup opened -> interactive", "ms", ms, rig.BudgetPopupInteractive, "")}, nil
}
