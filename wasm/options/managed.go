//go:build js && wasm

package options

import (
	"strconv"
	"strings"
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/settings"
)

// locks shows the settings that apply and locks the controls that an
// administrator's policy sets: disabled, data-managed="true", and a note
// "Set by your organization" that the control names in its description.
type locks struct {
	cat     locale.Catalog
	seconds *dom.HTMLInputElement
	hints   *dom.HTMLInputElement
	set     settings.Managed
	shown   bool
}

func newLocks(cat locale.Catalog, seconds, hints *dom.HTMLInputElement) *locks {
	return &locks{cat: cat, seconds: seconds, hints: hints}
}

// show fills the controls from the user's stored settings and the policy
// read now.
func (l *locks) show(stored message.Settings) {
	e := settings.Effect(stored, browser.Managed())
	// A control keeps what the user typed unless the policy sets it, or
	// did and no longer does (the user's own value is back).
	if !l.shown || e.Managed.ClearSeconds || l.set.ClearSeconds {
		l.seconds.SetValue(strconv.Itoa(e.ClearSeconds))
	}
	if !l.shown || e.Managed.HintsOff || l.set.HintsOff {
		l.hints.SetChecked(!e.HintsOff)
	}
	l.set, l.shown = e.Managed, true
	l.lock(l.seconds.Underlying(), e.Managed.ClearSeconds)
	l.lock(l.hints.Underlying(), e.Managed.HintsOff)
}

// managed tells which settings the policy set at the last show.
func (l *locks) managed() settings.Managed { return l.set }

// lock locks or unlocks one control. Its note follows the control's own
// description (the note after it).
func (l *locks) lock(input js.Value, on bool) {
	input.Set("disabled", on)
	id := input.Get("id").String() + "-managed"
	doc := js.Global().Get("document")
	note := doc.Call("getElementById", id)
	if !on {
		input.Call("removeAttribute", "data-managed")
		if !note.IsNull() {
			note.Call("remove")
			input.Call("setAttribute", "aria-describedby", describedBy(input, id, false))
		}
		return
	}
	input.Call("setAttribute", "data-managed", "true")
	if !note.IsNull() {
		return
	}
	note = doc.Call("createElement", "p")
	note.Set("id", id)
	note.Set("className", "note managed")
	note.Set("textContent", l.cat.Text("policySetByOrganization"))
	// After the control's row: the number field itself, or the label
	// around the checkbox; and after the note that row has.
	row := input
	if p := input.Get("parentElement"); p.Get("tagName").String() == "LABEL" {
		row = p
	}
	after := row.Get("nextElementSibling")
	if !after.IsNull() && after.Get("classList").Call("contains", "note").Bool() {
		row = after
	}
	row.Call("after", note)
	input.Call("setAttribute", "aria-describedby", describedBy(input, id, true))
}

// describedBy is the control's aria-describedby with id added or removed.
func describedBy(input js.Value, id string, add bool) string {
	out := ""
	if v := input.Call("getAttribute", "aria-describedby"); !v.IsNull() {
		for _, f := range strings.Fields(v.String()) {
			if f != id {
				out += " " + f
			}
		}
	}
	if add {
		out += " " + id
	}
	if out == "" {
		return ""
	}
	return out[1:]
}
