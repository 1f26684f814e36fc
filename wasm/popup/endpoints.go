//go:build js && wasm

package popup

import (
	"syscall/js"

	"tokenhelper/wasm/endpoint"
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/message"
)

// showEndpoints lists what each client wants for the tab's org, each
// value with a copy button; off an org the list stays hidden.
func (l *login) showEndpoints(e message.Endpoints) {
	list, none := query("#endpoints"), query("#settings-none")
	list.clear()
	if e.LoginURL == "" {
		query("#settings-org").hidden(true)
		none.hidden(false)
		return
	}
	none.hidden(true)
	for _, s := range endpoint.Settings(e) {
		id := "endpoint-" + s.ID
		list.add(create("dt")).attr("id", id+"-label").text(l.cat.Text(s.Field))
		dd := list.add(create("dd"))
		dd.add(create("code")).attr("data-endpoint", s.ID).attr("id", id).text(s.Value)
		b := dd.add(create("button")).attr("type", "button").attr("data-action", "copy-endpoint").
			attr("data-for", s.ID).attr("aria-describedby", id+"-label "+id).text(l.cat.Text("epCopy"))
		value := s.Value
		b.on("click", func(js.Value) { l.copyEndpoint(value) })
	}
	env := "epProduction"
	if e.Sandbox {
		env = "epSandbox"
	}
	query("#settings-env").text(l.cat.Text(env))
	query("#settings-org").hidden(false)
}

func (l *login) copyEndpoint(v string) {
	out := query("#settings-status")
	copyPlain(v, func(err error) {
		if err != nil {
			out.text(locale.T("epCopyFailed", err.Error()).In(l.cat))
			return
		}
		out.text(locale.T("epCopied", v).In(l.cat))
	})
}
