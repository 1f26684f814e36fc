//go:build js && wasm

package popup

import (
	"syscall/js"
	"time"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/pagereport"
)

// How long the popup waits for the documents of a tab to answer: they
// answer at once, so a pause after the last answer ends it sooner.
const (
	reportWait  = 2 * time.Second
	reportQuiet = 300 * time.Millisecond
)

// report is the popup's page-report section: on a Salesforce tab, a
// button asks the tab's documents for their structure and shows the
// report in a read-only text area; another copies it. The report leaves
// the popup only through that copy.
type report struct {
	cat                             locale.Catalog
	section, build, copy, area, say js.Value
	tab                             int
}

func newReport(cat locale.Catalog) *report {
	doc := js.Global().Get("document")
	q := func(sel string) js.Value { return doc.Call("querySelector", sel) }
	return &report{
		cat:     cat,
		section: q("#page-report"),
		build:   q(`[data-action="page-report"]`),
		copy:    q(`[data-action="copy-report"]`),
		area:    q(`textarea[name="page-report"]`),
		say:     q("#report-status"),
		tab:     -1,
	}
}

func (r *report) ready() bool {
	return r.section.Truthy() && r.build.Truthy() && r.copy.Truthy() && r.area.Truthy() && r.say.Truthy()
}

// wire makes the buttons work; the handlers return at once.
func (r *report) wire() {
	if !r.ready() {
		return
	}
	r.build.Call("addEventListener", "click", js.FuncOf(func(js.Value, []js.Value) any {
		go r.make()
		return nil
	}))
	r.copy.Call("addEventListener", "click", js.FuncOf(func(js.Value, []js.Value) any {
		r.copyText()
		return nil
	}))
}

// show reveals the section on the tab of a Salesforce org.
func (r *report) show(tab int, salesforce bool) {
	if !r.ready() || !salesforce || tab < 0 {
		return
	}
	r.tab = tab
	r.section.Call("removeAttribute", "hidden")
}

func (r *report) status(s string) { r.say.Set("textContent", s) }

func (r *report) make() {
	r.build.Set("disabled", true)
	defer r.build.Set("disabled", false)
	r.status(r.cat.Text("reportWorking"))
	parts, err := browser.PageReport(r.tab, reportWait, reportQuiet)
	switch {
	case err == browser.ErrNoReport:
		r.status(r.cat.Text("reportNoAnswer"))
		return
	case err != nil:
		r.status(locale.T("reportFailed", err.Error()).In(r.cat))
		return
	}
	r.area.Set("value", pagereport.Format(parts))
	r.area.Call("removeAttribute", "hidden")
	r.copy.Call("removeAttribute", "hidden")
	r.status(r.cat.Text("reportReady"))
}

// copyText starts the write inside the click, which grants clipboard
// access, and awaits it elsewhere. The report holds no secret: nothing
// clears it later.
func (r *report) copyText() {
	p := js.Global().Get("navigator").Get("clipboard").Call("writeText", r.area.Get("value"))
	go func() {
		if _, err := browser.Await(p); err != nil {
			r.status(locale.T("reportCopyFailed", err.Error()).In(r.cat))
			return
		}
		r.status(r.cat.Text("reportCopied"))
	}()
}
