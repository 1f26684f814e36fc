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
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/page"
	"tokenhelper/wasm/settings"
)

// Run fills the form from storage and saves it on submit.
func Run() {
	cat := browser.I18n{}
	seconds := page.QueryInput("#clear-seconds")
	hints := page.QueryInput("#hints")
	check := page.QueryInput("#check-clipboard")
	problems := page.Query("#problems")
	status := page.Query("#status")

	s := settings.Default()
	browser.Area("local").Decode(message.SettingsKey, &s)
	s = settings.Normalize(s)
	// What applies, with the controls a policy sets locked.
	policy := newLocks(cat, seconds, hints)
	policy.show(s)
	browser.OnManagedChange(func() { policy.show(s) })
	check.SetChecked(browser.HasPermission("clipboardRead"))

	// Permissions are requested in the click itself: the browser asks
	// for a user gesture.
	page.On(check.BasicNode, "change", func(*dom.BasicEvent) {
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
	page.On(page.Query("#options").BasicNode, "submit", func(e *dom.BasicEvent) {
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
		next := settings.Keep(s, message.Settings{ClearSeconds: n, HintsOff: !hints.Checked()}, policy.managed())
		go func() {
			if err := browser.Area("local").Set(message.SettingsKey, vert.ValueOf(next).JSValue()); err != nil {
				problems.SetTextContent(err.Error())
				return
			}
			s = next
			status.SetTextContent(cat.Text("optionsSaved"))
		}()
	})
	page.Root().SetAttribute("data-ready", "true")
}
