//go:build js && wasm

package popup

import (
	"honnef.co/go/js/dom/v2"
	"strconv"

	"tokenhelper/wasm/credential"
	"tokenhelper/wasm/locale"
)

// assembler is the password + token form. The password lives in its input
// only: it is read on a click, joined, written to the clipboard, and never
// kept in a variable beyond that call.
type assembler struct {
	doc      dom.Document
	cat      locale.Catalog
	form     dom.Element
	password *dom.HTMLInputElement
	token    *dom.HTMLInputElement
	toggle   dom.Element
	problems dom.Element
	status   dom.Element
	clear    *clip

	org         string // the tab's org key, "" off Salesforce
	remember    dom.Element
	rememberBox *dom.HTMLInputElement

	copies int // counts the copies made, so that an older countdown stops
}

func newAssembler(doc dom.Document, cat locale.Catalog) *assembler {
	return &assembler{
		doc:      doc,
		cat:      cat,
		form:     doc.QuerySelector("#assembler"),
		password: doc.QuerySelector(`input[name="password"]`).(*dom.HTMLInputElement),
		token:    doc.QuerySelector(`input[name="token"]`).(*dom.HTMLInputElement),
		toggle:   doc.QuerySelector("#toggle-password"),
		problems: doc.QuerySelector("#problems"),
		status:   doc.QuerySelector("#status"),
		clear:    newClip(),

		remember:    doc.QuerySelector("#remember"),
		rememberBox: doc.QuerySelector(`input[name="remember"]`).(*dom.HTMLInputElement),
	}
}

func (a *assembler) wire() {
	a.form.AddEventListener("submit", false, func(e dom.Event) {
		e.PreventDefault()
		a.copy(false)
	})
	a.doc.QuerySelector(`[data-action="copy-token"]`).AddEventListener("click", false, func(dom.Event) { a.copy(true) })
	a.toggle.AddEventListener("click", false, func(dom.Event) { a.togglePassword() })
	a.token.AddEventListener("paste", false, a.paste)
	for _, r := range a.doc.QuerySelectorAll(`input[name="mode"]`) {
		r.AddEventListener("change", false, func(dom.Event) { a.modeChanged() })
	}
	renderClients(a.doc, a.cat, a.copyText)
	a.wireRemember()
	a.showClipboardNote()
}

func (a *assembler) mode() credential.Mode {
	if a.doc.QuerySelector(`input[name="mode"][value="mfa"]`).(*dom.HTMLInputElement).Checked() {
		return credential.ModeMFA
	}
	return credential.ModeToken
}

func (a *assembler) modeChanged() {
	label, note := "popupTokenLabel", "popupTokenNote"
	if a.mode() == credential.ModeMFA {
		label, note = "popupCodeLabel", "popupCodeNote"
	}
	a.doc.QuerySelector("#token-label").SetTextContent(a.cat.Text(label))
	a.doc.QuerySelector("#token-note").SetTextContent(a.cat.Text(note))
	a.labelCopy()
	a.say(nil, "")
}

func (a *assembler) togglePassword() {
	show := a.password.Type() == "password"
	if show {
		a.password.SetType("text")
		a.toggle.SetTextContent(a.cat.Text("popupHide"))
	} else {
		a.password.SetType("password")
		a.toggle.SetTextContent(a.cat.Text("popupShow"))
	}
	a.toggle.SetAttribute("aria-pressed", strconv.FormatBool(show))
}

// paste takes a whole email or its token line into the one-line token
// field: the browser would drop the line breaks and glue the lines.
func (a *assembler) paste(e dom.Event) {
	data := e.Underlying().Get("clipboardData")
	if data.IsNull() || data.IsUndefined() {
		return
	}
	text := data.Call("getData", "text/plain").String()
	value, how := credential.Extract(text)
	if how == "bare" || value == "" {
		return
	}
	e.PreventDefault()
	a.token.SetValue(value)
	a.say(nil, a.cat.Text("popupExtracted"))
}

// copy validates the fields and, if they hold a usable credential, writes
// it to the clipboard: password + token, or the token alone.
func (a *assembler) copy(tokenOnly bool) {
	var out string
	var problems []credential.Problem
	if tokenOnly {
		out, problems = credential.Token(a.token.Value(), a.mode())
	} else {
		out, problems = credential.Check(a.password.Value(), a.token.Value(), a.mode())
	}
	if out == "" {
		a.say(problems, "")
		a.focusProblem(problems)
		return
	}
	done := a.confirmation(tokenOnly, len([]rune(out)))
	// The token alone, for the opt-in memory; an authenticator code is
	// good once and never kept.
	token := ""
	if a.mode() == credential.ModeToken {
		token, _ = credential.Token(a.token.Value(), credential.ModeToken)
	}
	a.clear.write(out, func(err error, unscheduled string) {
		if err != nil {
			a.say(problems, locale.T("popupCopyFailed", err.Error()).In(a.cat))
			return
		}
		if token != "" {
			a.keep(token)
		}
		if unscheduled != "" {
			// The clear is what the note promises: say at once that it
			// will not happen.
			problems = append(problems, credential.Problem{Key: "popupClearNotScheduled", Args: []string{unscheduled}, Warn: true})
		}
		a.say(problems, done)
		a.countdown(unscheduled == "")
	})
}

func (a *assembler) confirmation(tokenOnly bool, n int) string {
	if tokenOnly {
		return locale.T("popupCopiedToken", strconv.Itoa(n)).In(a.cat)
	}
	what := locale.T("popupWhatJoined")
	if a.mode() == credential.ModeMFA {
		what = locale.T("popupWhatJoinedCode")
	}
	return locale.T("popupCopied", strconv.Itoa(n)).With(what).In(a.cat)
}

// copyText copies a fixed text (the clients table's "copy token only").
func (a *assembler) copyText() { a.copy(true) }

// say shows the problems (errors, then warnings) in the alert region and
// a message in the status region.
func (a *assembler) say(problems []credential.Problem, status string) {
	a.problems.SetTextContent("")
	a.linkProblems(problems)
	for i, p := range problems {
		el := a.doc.CreateElement("p")
		el.SetTextContent(locale.T(p.Key, p.Args...).In(a.cat))
		el.SetAttribute("data-field", p.Field)
		el.SetAttribute("data-key", p.Key)
		el.SetAttribute("id", "problem-"+strconv.Itoa(i))
		if p.Warn {
			el.Class().Add("warn")
		}
		a.problems.AppendChild(el)
	}
	a.status.SetTextContent(status)
}

// focusProblem puts the keyboard focus on the first field with an error.
func (a *assembler) focusProblem(problems []credential.Problem) {
	for _, p := range problems {
		if p.Warn {
			continue
		}
		if p.Field == "password" {
			a.password.Focus()
		} else {
			a.token.Focus()
		}
		return
	}
}
