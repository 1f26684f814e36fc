//go:build !js

package rig

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Wait evaluates the JS expression (awaiting a promise) every 10 ms until
// its value is truthy, and returns that value. It is used instead of
// chromedp.Poll, whose task ends with the page's own history changes;
// and it judges the very value it returns, since a second look could see
// the page change in between.
func Wait[T any](ctx context.Context, expr string, timeout time.Duration) (T, error) {
	var zero T
	deadline := time.Now().Add(Slack * timeout)
	var last error
	for time.Now().Before(deadline) {
		v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
		if err == nil && !reflect.ValueOf(&v).Elem().IsZero() {
			return v, nil
		}
		last = err
		time.Sleep(10 * time.Millisecond)
	}
	if last != nil {
		return zero, fmt.Errorf("waiting for %s: %w", expr, last)
	}
	return zero, fmt.Errorf("waiting for %s: %w", expr, context.DeadlineExceeded)
}

// Slack stretches every wait's timeout. A timeout only bounds how long a
// failing test takes: it is no budget (those live in make bench), and on
// a loaded 2-core CI machine the browser can take several times longer
// than on a quiet one. A wait that succeeds returns as soon as it does.
const Slack = 4

// Poll is Wait for a test: it fails t when the wait does.
func Poll[T any](t testing.TB, ctx context.Context, expr string, timeout time.Duration) T {
	t.Helper()
	v, err := Wait[T](ctx, expr, timeout)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// Eval evaluates a JS expression, awaiting a promise; it fails t on an
// error.
func Eval[T any](t testing.TB, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}
