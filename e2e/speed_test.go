//go:build !js

package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/rig"
)

// TestHighlightLatency measures, on this machine, the time from the reset
// entry's insertion to its highlight, with the service worker awake and
// asleep (stopped, so that the answer waits for it and for Go to start).
// make bench holds the medians to their budgets (rig.Budget*); here, on a
// machine that may be busy, only a gross regression fails.
func TestHighlightLatency(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
	poll[string](t, ctx, highlighted, 10*time.Second)
	ext := tab(t, shared.ExtURL("popup.html"))
	const runs = 5
	var awake, asleep []float64
	for i := 0; i < runs; i++ {
		takeOut(t, ctx)
		awake = append(awake, eval[float64](t, ctx, rig.PutBack))
	}
	for i := 0; i < runs; i++ {
		takeOut(t, ctx)
		stopWorker(t, ext)
		asleep = append(asleep, eval[float64](t, ctx, rig.PutBack))
	}
	ma, ms := median(awake), median(asleep)
	t.Logf("highlight latency over %d runs: awake median %.1f ms (min %.1f, max %.1f); asleep median %.1f ms (min %.1f, max %.1f)",
		runs, ma, minOf(awake), maxOf(awake), ms, minOf(asleep), maxOf(asleep))
	if ma > rig.Gross*rig.BudgetHighlightAwake {
		t.Errorf("awake median %.1f ms: over %d times the budget of %.0f ms", ma, rig.Gross, rig.BudgetHighlightAwake)
	}
	if ms > rig.Gross*rig.BudgetHighlightAsleep {
		t.Errorf("asleep median %.1f ms: over %d times the budget of %.0f ms", ms, rig.Gross, rig.BudgetHighlightAsleep)
	}
}

// takeOut removes the reset entry and waits until the extension has
// seen it go.
func takeOut(t *testing.T, ctx context.Context) {
	t.Helper()
	eval[chromedp.Void](t, ctx, rig.TakeOut)
	settled(t, ctx)
}

// stopWorker stops the extension's service worker.
func stopWorker(t *testing.T, ext context.Context) {
	t.Helper()
	if err := shared.StopWorker(ext); err != nil {
		t.Fatal(err)
	}
}

func median(xs []float64) float64 { return rig.Summarize(xs).Median }
func minOf(xs []float64) float64  { return rig.Summarize(xs).Min }
func maxOf(xs []float64) float64  { return rig.Summarize(xs).Max }
