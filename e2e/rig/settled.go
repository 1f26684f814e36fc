//go:build !js

package rig

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// A test that asserts that nothing happened must first see that what
// could have happened is over: Settled is that signal. It returns once
// the content script has run in the target's document and every request
// it has sent so far has been answered and its answer applied.
//
// How: content.js batches what it sees into one request per animation
// frame, and the worker answers each context's requests in the order they
// came. Settled waits for an animation frame in the content script's own
// world (the extension's isolated world in that frame, which exists once
// the script was injected), then sends a request from there and waits
// for the answer. The worker refuses it (a page may not ask for a tab's
// status), which changes nothing; that it came back means the earlier
// answers came back too.
//
// Settled needs a context made by NewContext (the Rig's tabs and frames
// are), which records the extension's worlds from the target's start.
func Settled(ctx context.Context, timeout time.Duration) error {
	w, ok := ctx.Value(worldsKey{}).(*worlds)
	if !ok {
		return errors.New("rig.Settled: the context was not made by rig.NewContext")
	}
	tree, err := chromedp.Call(ctx, page.GetFrameTree, cdp.Empty{})
	if err != nil {
		return err
	}
	frame := tree.FrameTree.Frame.ID
	yes := true
	deadline := time.Now().Add(timeout)
	last := errors.New("the content script has not run in the document")
	for time.Now().Before(deadline) {
		if id, ok := w.get(frame); ok {
			cctx, cancel := context.WithDeadline(ctx, deadline)
			r, err := chromedp.Call(cctx, runtime.Evaluate, runtime.EvaluateParams{
				Expression:    settleProbe,
				ContextID:     id,
				AwaitPromise:  &yes,
				ReturnByValue: &yes,
			})
			cancel()
			switch {
			case err != nil:
				last = err // the world went with a navigation: wait for the next
			case r.ExceptionDetails != nil:
				last = errors.New(r.ExceptionDetails.Text)
			default:
				return nil
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	return errors.New("rig.Settled: " + last.Error())
}

// settleProbe waits for an animation frame, or 100 ms where the browser
// holds frames back (a cross-origin frame out of view): content.js's
// batches wait there just as long.
const settleProbe = `new Promise((resolve) => { requestAnimationFrame(resolve); setTimeout(resolve, 100); })
  .then(() => chrome.runtime.sendMessage({kind: 'status'}))
  .then(() => true, () => true)`

// NewContext is chromedp.NewContext that also records the extension's
// content-script worlds of its target, for Settled.
func NewContext(parent context.Context, opts ...chromedp.ContextOption) (context.Context, context.CancelFunc) {
	w := &worlds{byFrame: map[cdp.FrameID]world{}}
	ctx, cancel := chromedp.NewContext(parent, append(opts, chromedp.WithListener(w.listen))...)
	return context.WithValue(ctx, worldsKey{}, w), cancel
}

type worldsKey struct{}

// worlds are the extension's isolated worlds of one target, by frame.
type worlds struct {
	mu      sync.Mutex
	byFrame map[cdp.FrameID]world
}

type world struct {
	id     runtime.ExecutionContextID
	unique string
}

// listen runs on the target's reading goroutine: it must be quick.
func (w *worlds) listen(ev any) {
	switch ev := ev.(type) {
	case *runtime.EventExecutionContextCreated:
		c := ev.Context
		var aux struct {
			FrameID cdp.FrameID `json:"frameId"`
			Type    string      `json:"type"`
		}
		if !strings.HasPrefix(c.Origin, "chrome-extension://") || json.Unmarshal(c.AuxData, &aux) != nil || aux.Type != "isolated" {
			return
		}
		w.mu.Lock()
		w.byFrame[aux.FrameID] = world{c.ID, c.UniqueID}
		w.mu.Unlock()
	case *runtime.EventExecutionContextDestroyed:
		w.mu.Lock()
		for f, x := range w.byFrame {
			if x.unique == ev.ExecutionContextUniqueID {
				delete(w.byFrame, f)
			}
		}
		w.mu.Unlock()
	case *runtime.EventExecutionContextsCleared:
		w.mu.Lock()
		clear(w.byFrame)
		w.mu.Unlock()
	}
}

func (w *worlds) get(f cdp.FrameID) (runtime.ExecutionContextID, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	x, ok := w.byFrame[f]
	return x.id, ok
}
