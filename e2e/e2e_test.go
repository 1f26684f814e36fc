//go:build !js

// Package e2e holds the end-to-end tests: the built extension in Debian's
// Chromium on the demo org. `make test` runs them; plain `go test ./...`
// skips them unless TOKENHELPER_E2E names the built extension (and fails,
// not skips, under CI=true).
package e2e

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/rig"
)

// shared is one browser for the tests that do not need a fresh one.
var shared *rig.Rig

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	ext, exit, ok := rig.Built("e2e", "TOKENHELPER_E2E", "dist/chromium")
	if !ok {
		return exit
	}
	r, err := rig.Start(rig.Options{Extension: ext, Headless: true})
	if err != nil {
		println("e2e:", err.Error())
		return 1
	}
	shared = r
	code := m.Run()
	// The guard over the whole run, whichever test caused it: nothing may
	// have requested the confirmation page, whose GET resets the token.
	if v := r.Org.Violations(); len(v) > 0 {
		println("e2e: FAIL: forbidden requests reached the demo org during the run:")
		for _, line := range v {
			println("e2e:   " + line)
		}
		code = 1
	}
	r.Close()
	return code
}

// tab opens a fresh tab of the shared browser on url. When the test ends
// it fails if the extension threw an uncaught error in the tab.
func tab(t *testing.T, url string) context.Context {
	t.Helper()
	ctx, cancel, err := shared.NewTab()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cancel)
	watchErrors(t, ctx)
	// No step of a test waits for ever (chromedp's Click waits until the
	// element shows): the tab's actions end after 90 s, the tab stays.
	ctx, stop := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(stop)
	if url != "" {
		if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
			t.Fatalf("navigate %s: %v", url, err)
		}
	}
	return ctx
}

// frameWith attaches to the frame whose URL contains part, once it is
// there (at most 10 s), until the test ends.
func frameWith(t *testing.T, part string) context.Context {
	t.Helper()
	f, cancel, err := shared.Frame(part, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cancel)
	return f
}

// watchErrors fails t, at its end, for every uncaught exception that the
// extension's own scripts threw in the tab's page.
func watchErrors(t *testing.T, ctx context.Context) {
	errs := exceptions(ctx, func(d *runtime.ExceptionDetails) (string, bool) {
		ours := strings.HasPrefix(d.URL, "chrome-extension://") ||
			(d.Exception != nil && strings.Contains(d.Exception.Description, "chrome-extension://"))
		return d.Text + " " + d.URL, ours
	})
	t.Cleanup(func() {
		if e := errs(); len(e) > 0 {
			t.Errorf("the extension threw in the page: %q", e)
		}
	})
}

// exceptions collects, from now on, the uncaught exceptions of the tab
// that keep selects, as the text keep gives; the func returned reads them.
func exceptions(ctx context.Context, keep func(*runtime.ExceptionDetails) (string, bool)) func() []string {
	var mu sync.Mutex
	var got []string
	events := chromedp.Events(ctx, runtime.ExceptionThrown)
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			if s, ok := keep(ev.ExceptionDetails); ok {
				mu.Lock()
				got = append(got, s)
				mu.Unlock()
			}
		}
	}()
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), got...)
	}
}

// poll waits until the JS expression is truthy and returns its value.
func poll[T any](t *testing.T, ctx context.Context, expr string, timeout time.Duration) T {
	t.Helper()
	return rig.Poll[T](t, ctx, expr, timeout)
}

// eval evaluates a JS expression, awaiting a promise.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	return rig.Eval[T](t, ctx, expr)
}

// checkViolations fails the test if anything requested the confirmation
// page, whose GET resets the token.
func checkViolations(t *testing.T, r *rig.Rig) {
	t.Helper()
	if v := r.Org.Violations(); len(v) > 0 {
		t.Fatalf("forbidden requests reached the demo org: %q", v)
	}
}

// screenshot saves a PNG of the tab under dist/screenshots when
// TOKENHELPER_SHOTS names a folder.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	rig.Shot(t, ctx, name, chromedp.CaptureScreenshot())
}

// settled waits until the content script has run in the document of ctx
// and its requests have been answered and applied (rig.Settled): the
// positive signal before a test asserts that nothing happened.
func settled(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := rig.Settled(ctx, 15*time.Second); err != nil {
		t.Fatal(err)
	}
}
