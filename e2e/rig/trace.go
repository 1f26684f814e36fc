//go:build !js

package rig

import (
	"context"
	"encoding/json"
	"errors"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// TraceWindow is how long from its start a page's cost is traced.
const TraceWindow = 3 * time.Second

// Cost is script time on renderer main threads, in milliseconds: wall
// time, and the CPU time the thread got (less on a busy machine).
type Cost struct {
	Ext, ExtCPU, Longest, LongestCPU, Page, PageCPU float64
	Calls                                           int
}

// TraceCost loads url in ctx, a fresh tab, while the browser traces
// (CDP Tracing, devtools.timeline), and sums the time of every script call
// and evaluation on the renderers' main threads over window from the
// start: the extension's (its content script, in the page and in every
// frame, with the DOM work it does from there), and the page's own, for
// scale. What the trace cannot attribute (promise continuations, style
// and layout after its marks) is small next to it. The trace is the whole
// browser's: trace one page at a time.
func TraceCost(ctx context.Context, url string, window time.Duration) (Cost, error) {
	var mu sync.Mutex
	var raw [][]byte
	complete := make(chan struct{})
	lctx, stop := context.WithCancel(ctx)
	defer stop()
	err := chromedp.ListenBrowser(lctx, func(ev any) {
		switch ev := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range ev.Value {
				raw = append(raw, []byte(v))
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(complete)
		}
	})
	if err != nil {
		return Cost{}, err
	}
	start := tracing.StartParams{TraceConfig: &tracing.TraceConfig{IncludedCategories: []string{"devtools.timeline", "__metadata"}}}
	if _, err := chromedp.CallBrowser(ctx, tracing.Start, start); err != nil {
		return Cost{}, err
	}
	began := time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return Cost{}, err
	}
	time.Sleep(window - time.Since(began)) // the measured window, not a wait for an event
	if _, err := chromedp.CallBrowser(ctx, tracing.End, cdp.Empty{}); err != nil {
		return Cost{}, err
	}
	select {
	case <-complete:
	case <-time.After(30 * time.Second):
		return Cost{}, errors.New("the trace did not complete")
	}
	mu.Lock()
	defer mu.Unlock()
	return sumTrace(raw)
}

// traceEvent is the part of a Chromium trace event that sumTrace reads.
type traceEvent struct {
	Name string  `json:"name"`
	Ph   string  `json:"ph"`
	Pid  int     `json:"pid"`
	Tid  int     `json:"tid"`
	Ts   float64 `json:"ts"`   // microseconds
	Dur  float64 `json:"dur"`  // microseconds
	TDur float64 `json:"tdur"` // microseconds of the thread's CPU time
	Args struct {
		Name string `json:"name"` // of a thread_name event
		Data struct {
			URL string `json:"url"`
		} `json:"data"`
	} `json:"args"`
}

// sumTrace adds up the script calls and evaluations on renderer main
// threads: the extension's (chrome-extension: scripts) and the page's.
// Calls nested in another of the same side count once.
func sumTrace(raw [][]byte) (Cost, error) {
	type thread struct{ pid, tid int }
	main := map[thread]bool{}
	var evs []traceEvent
	for _, r := range raw {
		var e traceEvent
		if err := json.Unmarshal(r, &e); err != nil {
			return Cost{}, errors.New("trace event " + string(r) + ": " + err.Error())
		}
		if e.Ph == "M" && e.Name == "thread_name" && e.Args.Name == "CrRendererMain" {
			main[thread{e.Pid, e.Tid}] = true
		}
		if e.Ph == "X" && (e.Name == "FunctionCall" || e.Name == "EvaluateScript") {
			evs = append(evs, e)
		}
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i].Ts < evs[j].Ts })
	var c Cost
	end := map[thread]map[bool]float64{} // the end of the last counted call, per thread and side
	for _, e := range evs {
		th := thread{e.Pid, e.Tid}
		if !main[th] {
			continue
		}
		ext := strings.HasPrefix(e.Args.Data.URL, "chrome-extension://")
		if !ext && !strings.HasPrefix(e.Args.Data.URL, "https://") {
			continue
		}
		if end[th] == nil {
			end[th] = map[bool]float64{}
		}
		if e.Ts < end[th][ext] { // nested in, or overlapping, a counted call
			continue
		}
		end[th][ext] = e.Ts + e.Dur
		ms, cpu := e.Dur/1000, e.TDur/1000
		if ext {
			c.Ext += ms
			c.ExtCPU += cpu
			c.Calls++
			c.Longest = max(c.Longest, ms)
			c.LongestCPU = max(c.LongestCPU, cpu)
		} else {
			c.Page += ms
			c.PageCPU += cpu
		}
	}
	return c, nil
}

// HostilePages are the demo org's th_* switches (e2e/demoorg/README.md)
// whose cost the tests and the bench trace, on acme's personal settings.
var HostilePages = []struct{ Name, Query string }{
	{"plain", ""},
	{"payloads", "th_hostile=1"},
	{"20,000 nodes", "th_nodes=20000"},
	{"churn 50 ms", "th_churn=50"},
	{"50 frames", "th_frames=50"},
	{"throwing", "th_throw=100"},
}

// Hostile is acme's personal settings with the given switches.
func (r *Rig) Hostile(query string) string {
	return r.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home?"+query)
}
