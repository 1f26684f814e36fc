//go:build !js

package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/rig"
)

// Hostile pages: the demo org's th_* switches (e2e/demoorg/README.md) on
// acme's personal settings, where the entry is there to be highlighted.

// hostile is acme's personal settings with the given switches.
func hostile(query string) string { return shared.Hostile(query) }

const (
	// realEntry holds when the one highlight is the real tree entry, in
	// the document, not a decoy.
	realEntry = `(() => {
  const hs = document.querySelectorAll('[data-token-helper="highlight"]');
  const e = hs[0];
  return hs.length === 1 && e.isConnected && !e.closest('.th-decoys') &&
    e.getAttribute('href') === '/lightning/settings/personal/ResetApiToken/home' &&
    !!e.closest('ul[role="group"]') && e.closest('li[data-placement="leaf"]') === e.closest('ul[role="group"] > li');
})()`
	// pwned lists the payloads that ran, as the page records them.
	pwned = `JSON.stringify(window.pwned || [])`
)

// The page's titles, link texts, document title and Quick Find carry HTML
// and script payloads, and decoy entries that lead elsewhere come before
// the real one. The extension highlights the real entry, shows the hint
// it shows on a plain page, and runs nothing of the page's.
func TestHostilePayloads(t *testing.T) {
	plain := tab(t, hostile(""))
	poll[bool](t, plain, realEntry, 10*time.Second)
	poll[string](t, plain, hintState, 5*time.Second)
	// The hint is complete once its live region has spoken.
	pollHint[string](t, plain, `root => root && `+hintQuery(`[role="status"]`)+`.textContent`, 2*time.Second)
	wantText, wantTags := inHint[string](t, plain, hintText), inHint[string](t, plain, hintTags)

	ctx := tab(t, hostile("th_hostile=1"))
	poll[bool](t, ctx, `document.querySelectorAll('.th-decoys a').length === 5`, 10*time.Second)
	poll[bool](t, ctx, realEntry, 10*time.Second)
	if s := poll[string](t, ctx, hintState, 5*time.Second); s != "reset-link" {
		t.Errorf("hint %q, want reset-link", s)
	}
	pollHint[string](t, ctx, `root => root && `+hintQuery(`[role="status"]`)+`.textContent`, 2*time.Second)
	settled(t, ctx) // every answer so far applied, and any payload with it
	if got := inHint[string](t, ctx, hintText); got != wantText {
		t.Errorf("hint text differs from the plain page's:\n got %q\nwant %q", got, wantText)
	}
	if got := inHint[string](t, ctx, hintTags); got != wantTags {
		t.Errorf("hint elements %q, want %q", got, wantTags)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('.th-decoys [data-token-helper]').length`); n != 0 {
		t.Errorf("%d decoys marked", n)
	}
	if got := eval[string](t, ctx, pwned); got != "[]" {
		t.Errorf("payloads ran: %s", got)
	}
	// The control: a payload inserted as HTML does run on this page, so
	// the check above would have seen one.
	eval[chromedp.Void](t, ctx, `document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="(window.pwned=window.pwned||[]).push(\'control\')">')`)
	if got := poll[string](t, ctx, pwned+` !== '[]' && `+pwned, 5*time.Second); got != `["control"]` {
		t.Errorf("payloads after the control: %s", got)
	}
	screenshot(t, ctx, "hostile-payloads")
	checkViolations(t, shared)
}

// A tree of 20,000 more nodes: the entry is still found, and soon.
func TestHostileHugeTree(t *testing.T) {
	ctx := tab(t, hostile("th_nodes=20000"))
	start := time.Now()
	poll[bool](t, ctx, realEntry, 15*time.Second)
	t.Logf("highlight %.1f s after the load", time.Since(start).Seconds())
	if n := eval[int](t, ctx, `document.querySelectorAll('[role="treeitem"]').length`); n < 20000 {
		t.Errorf("%d tree nodes, want over 20,000", n)
	}
	if s := poll[string](t, ctx, hintState, 5*time.Second); s != "reset-link" {
		t.Errorf("hint %q, want reset-link", s)
	}
}

// The nav tree is re-created every 50 ms, fresh elements each time: the
// highlight follows the entry, and the hint stays. Counted, not sampled:
// how soon each fresh entry is marked depends on the machine's load, so
// the test waits until twenty re-creations have run and five of their
// fresh entries have been marked, and meanwhile no hint may go.
func TestHostileChurn(t *testing.T) {
	ctx := tab(t, hostile("th_churn=50"))
	poll[bool](t, ctx, realEntry, 10*time.Second)
	eval[chromedp.Void](t, ctx, `(() => {
	  window.thChurn = {renders: 0, marked: new WeakSet(), distinct: 0, hintsRemoved: 0};
	  const box = document.querySelector('.tree-container');
	  new MutationObserver(rs => { if (rs.some(r => r.type === 'childList' && r.target === box)) thChurn.renders++; })
	    .observe(box, {childList: true});
	  new MutationObserver(rs => {
	    for (const r of rs) {
	      if (r.type === 'attributes' && r.target.getAttribute('data-token-helper') === 'highlight' && !thChurn.marked.has(r.target) && (`+realEntry+`)) {
	        thChurn.marked.add(r.target); thChurn.distinct++;
	      }
	      for (const n of r.removedNodes || []) if (n.getAttribute && n.getAttribute('data-token-helper') === 'hint') thChurn.hintsRemoved++;
	    }
	  }).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-token-helper']});
	})()`)
	poll[bool](t, ctx, `thChurn.renders >= 20 && thChurn.distinct >= 5`, 20*time.Second)
	t.Logf("%s", eval[string](t, ctx, `thChurn.renders + ' re-creations, ' + thChurn.distinct + ' fresh entries marked'`))
	if n := eval[int](t, ctx, `thChurn.hintsRemoved`); n != 0 {
		t.Errorf("the hint was removed %d times while the tree churned", n)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('[data-token-helper="hint"]').length`); n != 1 {
		t.Errorf("%d hints", n)
	}
	if s := eval[string](t, ctx, hintState); s != "reset-link" {
		t.Errorf("hint %q while the tree churns, want reset-link", s)
	}
}

// Fifty more cross-origin My Domain frames, ten of them the Classic reset
// page (the content frame shows Personal Information): the top document
// is right, a reset frame marks its button and shows no hint, the other
// frames are left alone, and no frame sees an error of the extension's.
func TestHostileFrames(t *testing.T) {
	ctx := tab(t, hostile("th_frames=50"))
	poll[bool](t, ctx, realEntry, 10*time.Second)
	if n := poll[int](t, ctx, `document.querySelectorAll('iframe').length >= 51 && document.querySelectorAll('iframe').length`, 10*time.Second); n != 51 {
		t.Errorf("%d frames, want the content frame and 50 more", n)
	}
	if s := poll[string](t, ctx, hintState, 5*time.Second); s != "reset-link" {
		t.Errorf("top hint %q, want reset-link", s)
	}
	resets, others := frameTargets(t, ctx, 51)
	if len(resets) != 10 || len(others) != 41 {
		t.Fatalf("%d reset frames and %d others, want 10 and 41", len(resets), len(others))
	}
	for i, f := range append(resets[:3:3], others[:3]...) {
		reset := i < 3
		fctx := attachFrame(t, f)
		if reset {
			if h := poll[string](t, fctx, highlighted, 5*time.Second); h != "input Reset Security Token" {
				t.Errorf("reset frame highlight %q", h)
			}
		} else {
			settled(t, fctx)
			if n := eval[int](t, fctx, marks); n != 0 {
				t.Errorf("%d marks in a frame with nothing to do", n)
			}
		}
		if n := eval[int](t, fctx, `document.querySelectorAll('[data-token-helper="hint"]').length`); n != 0 {
			t.Errorf("%d hints in a frame", n)
		}
	}
	checkViolations(t, shared)
}

// attachFrame attaches to a cross-site frame, watching it for errors of
// the extension's; the test's end detaches and leaves the frame be.
func attachFrame(t *testing.T, id target.ID) context.Context {
	t.Helper()
	ctx, cancel := rig.NewContext(shared.Ctx, chromedp.WithTargetID(id), chromedp.WithDetachOnCancel())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	watchErrors(t, ctx)
	return ctx
}

// frameTargets waits until at least want frames of the demo org's My
// Domain are listed, and returns them: the reset pages and the others.
func frameTargets(t *testing.T, ctx context.Context, want int) (resets, others []target.ID) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		resets, others = nil, nil
		for _, i := range infos {
			if i.Type != "iframe" || !strings.Contains(i.URL, "acme.my.salesforce.com") {
				continue
			}
			if strings.Contains(i.URL, "ResetApiTokenEdit") {
				resets = append(resets, i.TargetID)
			} else {
				others = append(others, i.TargetID)
			}
		}
		if len(resets)+len(others) >= want || time.Now().After(deadline) {
			return resets, others
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// The page throws its own uncaught errors and rejections, also when it
// sees the extension's marks: the extension stays correct and adds none
// of its own (tab fails the test on those).
func TestHostileErrors(t *testing.T) {
	ctx := tab(t, "")
	thrown := exceptions(ctx, func(d *runtime.ExceptionDetails) (string, bool) {
		if d.Exception == nil {
			return "", false
		}
		return d.Exception.Description, true
	})
	if err := chromedp.Do(ctx, chromedp.Navigate(hostile("th_throw=100"))); err != nil {
		t.Fatal(err)
	}
	poll[bool](t, ctx, realEntry, 10*time.Second)
	if s := poll[string](t, ctx, hintState, 5*time.Second); s != "reset-link" {
		t.Errorf("hint %q, want reset-link", s)
	}
	// The page's own errors come every 100 ms: wait for five, one of them
	// on the marks.
	var own []string
	var marked bool
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end) && (len(own) < 5 || !marked); time.Sleep(10 * time.Millisecond) {
		own, marked = thrown(), false
		for _, e := range own {
			marked = marked || strings.Contains(e, "observer saw a mark")
		}
	}
	if len(own) < 5 || !marked {
		t.Errorf("the page threw %d errors of its own, none on the marks: %q", len(own), own)
	}
}

// TestHostileCost traces what the extension costs each hostile page's
// main threads (rig.TraceCost). make bench holds the costs to their
// budgets; here only a gross regression fails, and a trace that saw no
// call of the extension's, which would have measured nothing.
func TestHostileCost(t *testing.T) {
	for _, p := range rig.HostilePages {
		// A subtest each, so that each page's tab is closed before the
		// next trace: the trace is the whole browser's.
		t.Run(p.Name, func(t *testing.T) {
			c, err := rig.TraceCost(tab(t, ""), shared.Hostile(p.Query), rig.TraceWindow)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%-13s extension %5.1f ms CPU (%5.1f ms wall) in %3d calls, longest %4.1f ms CPU (%4.1f ms wall); the page's own scripts %5.1f ms CPU (%5.1f ms wall); over %v",
				p.Name, c.ExtCPU, c.Ext, c.Calls, c.LongestCPU, c.Longest, c.PageCPU, c.Page, rig.TraceWindow)
			if c.ExtCPU > rig.Gross*rig.BudgetExtensionCPU || c.LongestCPU > rig.Gross*rig.BudgetCallCPU {
				t.Errorf("the extension took %.1f ms of CPU, %.1f ms in its longest call: %d times the budgets of %.0f ms, %.0f ms (make bench)",
					c.ExtCPU, c.LongestCPU, rig.Gross, rig.BudgetExtensionCPU, rig.BudgetCallCPU)
			}
			if c.Calls == 0 {
				t.Error("no call of the extension's in the trace: it measured nothing")
			}
		})
	}
}
