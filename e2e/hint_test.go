//go:build !js

package e2e

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/rig"
)

// The hint's shadow root is closed: the page cannot reach into it, and
// neither can a test's page script. inHint reaches it as DevTools does,
// through the DOM domain, and calls fn, a JS function, with the root as
// its argument (null when there is no hint), in the page's main world.
// The JS expressions below are such functions.
const (
	// hintText is the hint's visible text.
	hintText = `root => root ? root.textContent : ''`
	// hintCovers tells whether the hint's panel overlaps the highlighted element.
	hintCovers = `root => {
	  const a = root.querySelector('.panel').getBoundingClientRect();
	  const b = document.querySelector('[data-token-helper="highlight"]').getBoundingClientRect();
	  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
	}`
	// hintTags lists the element names inside the hint.
	hintTags = `root => [...(root ? root.querySelectorAll('*') : [])].map(e => e.localName).sort().join(' ')`
)

// inHint returns what fn returns for the hint's shadow root.
func inHint[T any](t *testing.T, ctx context.Context, fn string) T {
	t.Helper()
	v, err := hintCall[T](ctx, fn)
	if err != nil {
		t.Fatalf("in the hint, %s: %v", fn, err)
	}
	return v
}

// pollHint calls fn with the hint's root every 10 ms until what it
// returns is truthy (as JS judges it, on the very value returned) and
// returns that value; a page without a hint yet counts as not yet.
func pollHint[T any](t *testing.T, ctx context.Context, fn string, timeout time.Duration) T {
	t.Helper()
	type judged struct {
		OK bool `json:"ok"`
		V  T    `json:"v"`
	}
	wrapped := `async root => { const v = await (` + fn + `)(root); return v ? {ok: true, v} : {ok: false}; }`
	deadline := time.Now().Add(rig.Slack * timeout)
	var last error
	for time.Now().Before(deadline) {
		j, err := hintCall[judged](ctx, wrapped)
		if err == nil && j.OK {
			return j.V
		}
		last = err
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("waiting in the hint for %s: %v", fn, cmp.Or(last, context.DeadlineExceeded))
	var zero T
	return zero
}

// hintQuery is the JS expression for the first element in the hint's
// root (the argument root of the functions above) that sel matches.
func hintQuery(sel string) string { return `root.querySelector(` + strconv.Quote(sel) + `)` }

// hintDo is a function of the hint's root that evaluates the JS
// expression js on the element sel matches, as e.
func hintDo(sel, js string) string { return `root => (e => ` + js + `)(` + hintQuery(sel) + `)` }

func hintCall[T any](ctx context.Context, fn string) (T, error) {
	var out T
	host, err := chromedp.Call(ctx, runtime.Evaluate, runtime.EvaluateParams{
		Expression: `document.querySelector('[data-token-helper="hint"]') || globalThis`,
	})
	if err != nil {
		return out, err
	}
	if host.ExceptionDetails != nil || host.Result == nil || host.Result.ObjectID == "" {
		return out, errors.New("the page's document is not there")
	}
	arg := &runtime.CallArgument{Value: []byte("null")}
	if host.Result.Subtype == "node" {
		depth, pierce := int64(1), true
		d, err := chromedp.Call(ctx, dom.DescribeNode, dom.DescribeNodeParams{ObjectID: host.Result.ObjectID, Depth: &depth, Pierce: &pierce})
		if err != nil {
			return out, err
		}
		if d.Node == nil || len(d.Node.ShadowRoots) != 1 {
			return out, errors.New("the hint has no shadow root")
		}
		root, err := chromedp.Call(ctx, dom.ResolveNode, dom.ResolveNodeParams{BackendNodeID: d.Node.ShadowRoots[0].BackendNodeID})
		if err != nil {
			return out, err
		}
		arg = &runtime.CallArgument{ObjectID: root.Object.ObjectID}
	}
	yes := true
	r, err := chromedp.Call(ctx, runtime.CallFunctionOn, runtime.CallFunctionOnParams{
		FunctionDeclaration: fn,
		ObjectID:            host.Result.ObjectID,
		Arguments:           []*runtime.CallArgument{arg},
		ReturnByValue:       &yes,
		AwaitPromise:        &yes,
	})
	if err != nil {
		return out, err
	}
	if r.ExceptionDetails != nil {
		return out, errors.New(r.ExceptionDetails.Text + " " + exceptionText(r.ExceptionDetails))
	}
	if r.Result == nil || len(r.Result.Value) == 0 {
		return out, nil // undefined
	}
	return out, json.Unmarshal(r.Result.Value, &out)
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d.Exception != nil {
		return d.Exception.Description
	}
	return ""
}

// TestHintClosedToThePage: the page sees the hint's host element and its
// data-state (the test contract), never what is inside: it cannot rewrite
// what the extension says.
func TestHintClosedToThePage(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
	if s := poll[string](t, ctx, hintState, 10*time.Second); s != "reset-link" {
		t.Fatalf("hint %q, want reset-link", s)
	}
	if open := eval[bool](t, ctx, `document.querySelector('[data-token-helper="hint"]').shadowRoot !== null`); open {
		t.Error("the page can reach into the hint: its shadow root is open")
	}
	if text := inHint[string](t, ctx, hintText); text == "" {
		t.Error("the hint is empty")
	}
}
