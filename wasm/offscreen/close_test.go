//go:build js && wasm

// Run under Node: GOOS=js GOARCH=wasm go test -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" ./wasm/offscreen
package offscreen

import (
	"syscall/js"
	"testing"
	"time"

	"tokenhelper/wasm/message"
)

// fakeBrowser gives Node the few browser APIs the clear uses, counting
// the keep-alive's pings, the clears (copy commands) and window.close.
const fakeBrowser = `globalThis.fake = {pings: 0, copies: 0, closes: 0};
globalThis.chrome = {runtime: {getPlatformInfo: () => { fake.pings++; return Promise.resolve({}); }}};
globalThis.document = {
  addEventListener() {}, removeEventListener() {},
  execCommand(c) { if (c === 'copy') fake.copies++; return true; },
  getElementById() { return {value: '', focus() {}}; },
};
globalThis.close = () => { fake.closes++; };`

func count(name string) int { return js.Global().Get("fake").Get(name).Int() }

// waitFor polls cond (the Go scheduler runs the timers meanwhile).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(5 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(end) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

func reset(t *testing.T) {
	js.Global().Call("eval", fakeBrowser)
	mu.Lock()
	timer, done, closing, last = nil, nil, false, nil
	mu.Unlock()
	pingEvery = 20 * time.Millisecond
	t.Cleanup(func() { pingEvery = 20 * time.Second })
}

var clear1s = message.Request{Kind: message.KindClear, Seconds: 1}

// Firefox's event page: the keep-alive pings while the clear is pending
// and stops with it; the page is not closed.
func TestKeepAliveStopsWithTheClear(t *testing.T) {
	reset(t)
	if r := Handle(clear1s, true); !r.OK {
		t.Fatalf("Handle: %+v", r)
	}
	waitFor(t, "the clear", func() bool { return count("copies") == 1 })
	waitFor(t, "the keep-alive to stop", func() bool { return alive.Load() == 0 })
	pings := count("pings")
	if pings < 2 { // the first at once, then one per 20 ms for 1 s
		t.Errorf("%d pings while the clear was pending", pings)
	}
	time.Sleep(5 * pingEvery)
	if n := count("pings"); n != pings {
		t.Errorf("%d more pings after the clear", n-pings)
	}
	if n := count("closes"); n != 0 {
		t.Errorf("the event page closed itself %d times", n)
	}
}

// A second copy replaces the first: one keep-alive, one clear.
func TestKeepAliveOnePerPendingClear(t *testing.T) {
	reset(t)
	Handle(clear1s, true)
	Handle(clear1s, true)
	waitFor(t, "the first keep-alive to stop", func() bool { return alive.Load() == 1 })
	waitFor(t, "the clear", func() bool { return count("copies") == 1 })
	waitFor(t, "the keep-alive to stop", func() bool { return alive.Load() == 0 })
	if n := count("copies"); n != 1 {
		t.Errorf("%d clears for two copies", n)
	}
}

// The offscreen document closes once its clear has run, and then refuses
// new clears, which the worker takes to a new document.
func TestOffscreenClosesAfterItsClear(t *testing.T) {
	reset(t)
	Handle(clear1s, false)
	waitFor(t, "the close", func() bool { return count("closes") == 1 })
	if n := count("copies"); n != 1 {
		t.Errorf("closed after %d clears", n)
	}
	if n := count("pings"); n != 0 {
		t.Errorf("%d keep-alive pings in the offscreen document", n)
	}
	if r := Handle(clear1s, false); r.OK || r.Error == "" {
		t.Errorf("a closing document took a clear: %+v", r)
	}
}

// A copy soon after a clear keeps the document open for its own clear.
func TestOffscreenStaysForTheNextClear(t *testing.T) {
	reset(t)
	Handle(clear1s, false)
	waitFor(t, "the first clear", func() bool { return count("copies") == 1 })
	if r := Handle(clear1s, false); !r.OK {
		t.Fatalf("a copy right after a clear was refused: %+v", r)
	}
	waitFor(t, "the second clear", func() bool { return count("copies") == 2 })
	if n := count("closes"); n != 0 {
		t.Errorf("closed %d times before the second clear", n)
	}
	waitFor(t, "the close", func() bool { return count("closes") == 1 })
}
