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
	browser.Area("local").Decode(settings.Key, &s)
	s = settings.Normalize(s)
	seconds.SetValue(strconv.Itoa(s.ClearSeconds))
	hints.SetChecked(!s.HintsOff)
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
			seconds.Focus()
			return
		}
		next := settings.Settings{ClearSeconds: n, HintsOff: !hints.Checked()}
		go func() {
			if err := browser.Area("local").Set(settings.Key, vert.ValueOf(next).JSValue()); err != nil {
				problems.SetTextContent(err.Error())
				return
			}
			status.SetTextContent(cat.Text("optionsSaved"))
		}()
	})
	page.Root().SetAttribute("data-ready", "true")
}
