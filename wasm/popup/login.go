//go:build js && wasm

package popup

import (
	"syscall/js"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/credential"
	"tokenhelper/wasm/diagnose"
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/message"
)

// login drives the three sections after the assembler: the client
// settings with the username, the error decoder, and the one-shot login
// test. It knows the tab's org once the worker has said (show).
type login struct {
	cat      locale.Catalog
	status   message.Status
	username el
	test     *loginTest
}

// newLogin wires what works before the tab is known: the username (from
// a pasted email, and its copy button) and the decoder.
func newLogin(cat locale.Catalog) *login {
	l := &login{cat: cat, username: query(`input[name="username"]`)}
	if !l.username.ok() {
		return l
	}
	fill := func(ev js.Value) {
		data := ev.Get("clipboardData")
		if !data.Truthy() || l.username.value() != "" {
			return
		}
		if u := credential.Username(data.Call("getData", "text/plain").String()); u != "" {
			l.username.setValue(u)
		}
	}
	query(`input[name="token"]`).on("paste", fill)
	l.username.on("paste", func(ev js.Value) {
		// A whole email pasted into the username field: keep the username.
		data := ev.Get("clipboardData")
		if !data.Truthy() {
			return
		}
		if u := credential.Username(data.Call("getData", "text/plain").String()); u != "" {
			ev.Call("preventDefault")
			l.username.setValue(u)
		}
	})
	query(`[data-action="copy-username"]`).on("click", func(js.Value) { l.copyUsername() })
	l.wireDecoder()
	l.test = newLoginTest(l)
	renderRetirement(query("#settings-retire"), cat)
	return l
}

// show fills in what depends on the tab's org.
func (l *login) show(s message.Status) {
	if !l.username.ok() {
		return
	}
	l.status = s
	l.showEndpoints(s.Endpoints)
	l.test.show(s.Endpoints)
	l.decode() // links to the org's pages, if something was pasted already
}

func (l *login) copyUsername() {
	u := l.username.value()
	out := query("#settings-status")
	if u == "" {
		query("#settings-problem").clear()
		query("#settings-problem").para(l.cat.Text("loginUsernameEmpty"), "")
		out.clear()
		l.username.focus()
		return
	}
	query("#settings-problem").clear()
	copyPlain(u, func(err error) {
		if err != nil {
			out.text(locale.T("epCopyFailed", err.Error()).In(l.cat))
			return
		}
		out.text(l.cat.Text("loginUsernameCopied"))
	})
}

// copyPlain copies a text that is not secret (a URL, a username): no
// clearing later. The write starts inside the click handler.
func copyPlain(s string, done func(error)) {
	p := js.Global().Get("navigator").Get("clipboard").Call("writeText", s)
	go func() {
		_, err := browser.Await(p)
		done(err)
	}()
}

// renderRetirement fills box with when password+token stops working,
// under its heading.
func renderRetirement(box el, cat locale.Catalog) {
	if !box.ok() {
		return
	}
	box.clear()
	box.add(create("h3")).text(cat.Text("retireHeading"))
	ul := box.add(create("ul"))
	for _, t := range diagnose.Retirement() {
		ul.add(create("li")).text(t.In(cat))
	}
}
