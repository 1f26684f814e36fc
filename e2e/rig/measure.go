//go:build !js

package rig

import (
	"context"
	"errors"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/serviceworker"
	"github.com/chromedp/chromedp"
)

// Scripts that measure the highlight latency on a rendered personal-
// settings page: TakeOut removes the reset entry and keeps a clean copy
// (then Settled waits for the extension to have seen it go); PutBack
// inserts the copy and resolves with the milliseconds until it is
// highlighted.
const (
	TakeOut = `(() => {
  const li = document.querySelector('li[data-placement="leaf"] a[href*="/settings/personal/ResetApiToken/"]').closest('li');
  const fresh = li.cloneNode(true);
  fresh.querySelectorAll('[data-token-helper]').forEach(e => { e.removeAttribute('data-token-helper'); e.removeAttribute('style'); });
  window.thSpot = [li.parentNode, li.nextSibling, fresh];
  li.remove();
})()`
	PutBack = `new Promise((resolve, reject) => {
  const [parent, next, fresh] = window.thSpot;
  const obs = new MutationObserver(() => {
    if (fresh.querySelector('[data-token-helper="highlight"]')) { obs.disconnect(); resolve(performance.now() - t0); }
  });
  obs.observe(fresh, {attributes: true, subtree: true, attributeFilter: ['data-token-helper']});
  const t0 = performance.now();
  parent.insertBefore(fresh, next);
  setTimeout(() => reject(new Error('no highlight within 5 s')), 5000);
})`
)

// StopWorker stops the extension's service worker, as the browser does
// after 30 s idle, and waits until it is gone. ext is a tab on one of the
// extension's pages: its ServiceWorker domain sees the extension's worker.
func (r *Rig) StopWorker(ext context.Context) error {
	if _, err := chromedp.Call(ext, serviceworker.Enable, cdp.Empty{}); err != nil {
		return err
	}
	if _, err := chromedp.Call(ext, serviceworker.StopAllWorkers, cdp.Empty{}); err != nil {
		return err
	}
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		running, err := r.workerRunning()
		if err != nil || !running {
			return err
		}
		time.Sleep(10 * time.Millisecond)
	}
	return errors.New("the service worker did not stop")
}

func (r *Rig) workerRunning() (bool, error) {
	infos, err := chromedp.Targets(r.Ctx)
	if err != nil {
		return false, err
	}
	for _, i := range infos {
		if i.Type == "service_worker" && strings.Contains(i.URL, r.ExtID) {
			return true, nil
		}
	}
	return false, nil
}

// Stats summarises repeated measurements.
type Stats struct {
	Runs   int     `json:"runs"`
	Median float64 `json:"median"`
	Min    float64 `json:"min"`
	Max    float64 `json:"max"`
}

// Summarize returns the median, min and max of xs.
func Summarize(xs []float64) Stats {
	if len(xs) == 0 {
		return Stats{}
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return Stats{Runs: len(s), Median: s[len(s)/2], Min: s[0], Max: s[len(s)-1]}
}
