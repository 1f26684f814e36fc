//go:build js && wasm

package options

import (
	"syscall/js"
	"testing"
	"time"

	"tokenhelper/wasm/browser/fakechrome"
	"tokenhelper/wasm/message"
)

// fakePage is the little of options.html that Run uses, for Node, which
// has no DOM: the form's fields by selector, each a plain object whose
// constructor is the HTML*Element class that dom/v2 looks for.
const fakePage = `(() => {
  class Base {
    constructor(id) { this.id = id; this.textContent = ''; this.listeners = {}; this.attrs = {}; this.focused = false; }
    addEventListener(t, f) { (this.listeners[t] ||= []).push(f); }
    removeEventListener() {}
    setAttribute(k, v) { this.attrs[k] = String(v); }
    getAttribute(k) { return k in this.attrs ? this.attrs[k] : null; }
    removeAttribute(k) { delete this.attrs[k]; }
    focus() { this.focused = true; }
    dispatch(t) {
      const e = { type: t, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
      for (const f of this.listeners[t] || []) f(e);
      return e;
    }
  }
  globalThis.HTMLInputElement = class extends Base { constructor(id) { super(id); this.value = ''; this.checked = false; } };
  globalThis.HTMLFormElement = class extends Base {};
  globalThis.HTMLHtmlElement = class extends Base {};
  const els = {
    '#clear-seconds': new HTMLInputElement('clear-seconds'),
    '#hints': new HTMLInputElement('hints'),
    '#check-clipboard': new HTMLInputElement('check-clipboard'),
    '#options': new HTMLFormElement('options'),
    '#problems': new Base('problems'),
    '#status': new Base('status'),
  };
  globalThis.document = {
    querySelector: (s) => els[s] || null,
    getElementById: (id) => els['#' + id] || null,
    documentElement: new HTMLHtmlElement('html'),
  };
  return els;
})()`

// openPage installs the fake chrome and page, with settings stored (nil for
// none), and runs the options page.
func openPage(t *testing.T, stored map[string]any) (fakechrome.Chrome, js.Value) {
	t.Helper()
	c := fakechrome.Install()
	if stored != nil {
		c.Area("local").Data().Set(message.SettingsKey, stored)
	}
	els := js.Global().Call("eval", fakePage)
	Run()
	if js.Global().Get("document").Get("documentElement").Call("getAttribute", "data-ready").String() != "true" {
		t.Fatal("the page is not marked ready")
	}
	return c, els
}

// waitFor polls cond: the save runs on a goroutine of its own, after the
// submit handler has returned, as it must.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("%s: not within 5 s", what)
}

func TestFormShowsTheStoredSettings(t *testing.T) {
	_, els := openPage(t, map[string]any{"clearSeconds": 90, "hintsOff": true})
	if v := els.Get("#clear-seconds").Get("value").String(); v != "90" {
		t.Errorf("seconds field %q, want 90", v)
	}
	if els.Get("#hints").Get("checked").Bool() {
		t.Error("hints are off, yet the box is ticked")
	}
	if els.Get("#check-clipboard").Get("checked").Bool() {
		t.Error("no clipboardRead permission, yet the box is ticked")
	}
	_, els = openPage(t, map[string]any{"clearSeconds": 1})
	if v := els.Get("#clear-seconds").Get("value").String(); v != "30" {
		t.Errorf("an out-of-range stored timeout shows %q, want the default 30", v)
	}
}

func TestBadSecondsAreRefused(t *testing.T) {
	c, els := openPage(t, nil)
	for _, in := range []string{"abc", "4", "601", ""} {
		els.Get("#clear-seconds").Set("value", in)
		e := els.Get("#options").Call("dispatch", "submit")
		if !e.Get("defaultPrevented").Bool() {
			t.Errorf("%q: the form was submitted to the browser", in)
		}
		if p := els.Get("#problems").Get("textContent").String(); p == "" {
			t.Errorf("%q: no problem shown", in)
		}
		if !els.Get("#clear-seconds").Get("focused").Bool() {
			t.Errorf("%q: the field did not get the focus", in)
		}
	}
	if c.Area("local").Data().Get(message.SettingsKey).Truthy() {
		t.Error("bad input was saved")
	}
}

func TestSaveStoresTheSettings(t *testing.T) {
	c, els := openPage(t, nil)
	els.Get("#clear-seconds").Set("value", "120")
	els.Get("#hints").Set("checked", false)
	els.Get("#options").Call("dispatch", "submit")
	waitFor(t, "the saved status", func() bool { return els.Get("#status").Get("textContent").String() != "" })
	if p := els.Get("#problems").Get("textContent").String(); p != "" {
		t.Errorf("problem %q on good input", p)
	}
	got := c.Area("local").Data().Get(message.SettingsKey)
	if got.Get("clearSeconds").Int() != 120 || !got.Get("hintsOff").Bool() {
		t.Errorf("stored %v, want 120 seconds and hints off", js.Global().Get("JSON").Call("stringify", got))
	}
}
