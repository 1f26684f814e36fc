//go:build js && wasm

package browser

import (
	"errors"
	"sync"
	"syscall/js"
	"time"

	"github.com/norunners/vert"

	"tokenhelper/wasm/message"
)

// ErrNoReport is PageReport's error when no document of the tab answered:
// no content script runs there (not a Salesforce page, or the tab was
// loaded before the extension).
var ErrNoReport = errors.New("no document of the tab answered")

// PageReport asks every document of tab for its part of the page report
// (extension/report.js, over a port named "page-report") and returns the
// parts that came. Documents answer at once, so it waits until quiet has
// passed without a new answer, and never longer than wait. It must not be
// called on a JS callback: it blocks.
func PageReport(tab int, wait, quiet time.Duration) ([]message.ReportPart, error) {
	answers := make(chan js.Value, 64)
	gone := make(chan struct{})
	var once sync.Once
	onMessage := js.FuncOf(func(_ js.Value, args []js.Value) any {
		select {
		case answers <- args[0]:
		default: // more documents than anyone needs
		}
		return nil
	})
	onDisconnect := js.FuncOf(func(js.Value, []js.Value) any {
		_ = chrome().Get("runtime").Get("lastError") // read, so the browser does not log it
		once.Do(func() { close(gone) })
		return nil
	})
	port := chrome().Get("tabs").Call("connect", tab, map[string]any{"name": "page-report"})
	port.Get("onMessage").Call("addListener", onMessage)
	port.Get("onDisconnect").Call("addListener", onDisconnect)
	defer func() {
		port.Call("disconnect")
		onMessage.Release()
		onDisconnect.Release()
	}()

	var parts []message.ReportPart
	limit := time.NewTimer(wait)
	defer limit.Stop()
	var calm <-chan time.Time
	take := func(v js.Value) {
		var p message.ReportPart
		if err := (vert.Value{Value: v}).AssignTo(&p); err == nil {
			parts = append(parts, p)
		}
		calm = time.After(quiet)
	}
	for {
		select {
		case v := <-answers:
			take(v)
		case <-calm:
			return parts, nil
		case <-limit.C:
			return parts, nil
		case <-gone:
			for len(answers) > 0 {
				take(<-answers)
			}
			if len(parts) == 0 {
				return nil, ErrNoReport
			}
			return parts, nil
		}
	}
}
