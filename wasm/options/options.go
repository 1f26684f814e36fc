//go:build js && wasm

// Package options renders the options page: the clipboard timeout, the
// in-page hints, and the optional permission to check the clipboard
// before clearing it.
package options

import (
	"strconv"
	"syscall/js"

	"github.com/norunners/vert"
	"honnef.co/go/js/dom/v2"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/settings"
)

// Run fills the form from storage and saves it on submit.
func Run() {
	doc := dom.GetWindow().Document()
	cat := browser.I18n{}
	seconds := doc.QuerySelector("#clear-seconds").(*dom.HTMLInputElement)
	hints := doc.QuerySelector("#hints").(*dom.HTMLInputElement)
	check := doc.QuerySelector("#check-clipboard").(*dom.HTMLInputElement)
	problems := doc.QuerySelector("#problems")
	status := doc.QuerySelector("#status")

	s := settings.Default()
	browser.Area("local").Decode(settings.Key, &s)
	s = settings.Normalize(s)
	// What applies, with the controls a policy sets locked.
	policy := newLocks(cat, seconds, hints)
	policy.show(s)
	browser.OnManagedChange(func() { policy.show(s) })
	check.SetChecked(browser.HasPermission("clipboardRead"))

	// Permissions are requested in the click itself: the browser asks
	// for a user gesture.
	check.AddEventListener("change", false, func(dom.Event) {
		perm := map[string]any{"permissions": []any{"clipboardRead"}}
		api := js.Global().Get("chrome").Get("permissions")
		p := api.Call("remove", perm)
		if check.Checked() {
			p = api.Call("request", perm)
		}
		go func() {
			v, err := browser.Await(p)
			if err != nil || !v.Truthy() {
				check.SetChecked(browser.HasPermission("clipboardRead"))
			}
		}()
	})
	doc.QuerySelector("#options").AddEventListener("submit", false, func(e dom.Event) {
		e.PreventDefault()
		problems.SetTextContent("")
		status.SetTextContent("")
		n, prob := settings.ParseSeconds(seconds.Value())
		if prob != "" {
			problems.SetTextContent(locale.T(prob, strconv.Itoa(settings.MinClear), strconv.Itoa(settings.MaxClear)).In(cat))
			// The field says it is wrong, and why.
			seconds.SetAttribute("aria-invalid", "true")
			seconds.SetAttribute("aria-describedby", "clear-seconds-note problems")
			seconds.Focus()
			return
		}
		seconds.RemoveAttribute("aria-invalid")
		seconds.SetAttribute("aria-describedby", "clear-seconds-note")
		next := settings.Keep(s, settings.Settings{ClearSeconds: n, HintsOff: !hints.Checked()}, policy.managed())
		go func() {
			if err := browser.Area("local").Set(settings.Key, vert.ValueOf(next).JSValue()); err != nil {
				problems.SetTextContent(err.Error())
				return
			}
			s = next
			status.SetTextContent(cat.Text("optionsSaved"))
		}()
	})
	doc.DocumentElement().SetAttribute("data-ready", "true")
}
