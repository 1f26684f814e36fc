//go:build js && wasm

package browser

import (
	"errors"
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
// and returns the parts that came: extension/report-popup.js opens the
// port (extension/report.js answers) and keeps the time, which costs the
// binary less than Go's timers and select. Documents answer at once, so
// it waits until quiet has passed without a new answer, never longer than
// wait. It must not be called on a JS callback: it blocks.
func PageReport(tab int, wait, quiet time.Duration) ([]message.ReportPart, error) {
	v, err := Await(js.Global().Call("tokenHelperPageReport", tab, wait.Milliseconds(), quiet.Milliseconds()))
	if err != nil {
		return nil, ErrNoReport
	}
	parts := make([]message.ReportPart, 0, v.Length())
	for i := range v.Length() {
		var p message.ReportPart
		if err := (vert.Value{Value: v.Index(i)}).AssignTo(&p); err == nil {
			parts = append(parts, p)
		}
	}
	return parts, nil
}
