//go:build js && wasm

package popup

import (
	"honnef.co/go/js/dom/v2"
	"strconv"

	"tokenhelper/wasm/credential"
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/page"
)

// assembler is the password + token form. The password lives in its input
// only: it is read on a click, joined, written to the clipboard, and never
// kept in a variable beyond that call.
type assembler struct {
	cat      locale.Catalog
	form     *dom.BasicHTMLElement
	password *dom.HTMLInputElement
	token    *dom.HTMLInputElement
	toggle   *dom.BasicHTMLElement
	problems *dom.BasicHTMLElement
	status   *dom.BasicHTMLElement
	clear    *clip

	org         string // the tab's org key, "" off Salesforce
	remember    *dom.BasicHTMLElement
	rememberBox *dom.HTMLInputElement

	copies int // counts the copies made, so that an older countdown stops
}

func newAssembler(cat locale.Catalog) *assembler {
	return &assembler{
		cat:      cat,
		form:     page.Query("#assembler"),
		password: page.QueryInput(`input[name="password"]`),
		token:    page.QueryInput(`input[name="token"]`),
		toggle:   page.Query("#toggle-password"),
		problems: page.Query("#problems"),
		status:   page.Query("#status"),
		clear:    newClip(),

		remember:    page.Query("#remember"),
		rememberBox: page.QueryInput(`input[name="remember"]`),
	}
}

func (a *assembler) wire() {
	page.On(a.form.BasicNode, "submit", func(e *dom.BasicEvent) {
		e.PreventDefault()
		a.copy(false)
	})
	page.On(page.Query(`[data-action="copy-token"]`).BasicNode, "click", func(*dom.BasicEvent) { a.copy(true) })
	page.On(a.toggle.BasicNode, "click", func(*dom.BasicEvent) { a.togglePassword() })
	page.On(a.token.BasicNode, "paste", a.paste)
	for _, r := range page.QueryAll(`input[name="mode"]`) {
		page.On(r.BasicNode, "change", func(*dom.BasicEvent) { a.modeChanged() })
	}
	renderClients(a.cat, a.copyText)
	a.wireRemember()
	a.showClipboardNote()
}

func (a *assembler) mode() credential.Mode {
	if page.QueryInput(`input[name="mode"][value="mfa"]`).Checked() {
		return credential.ModeMFA
	}
	return credential.ModeToken
}

func (a *assembler) modeChanged() {
	label, note := "popupTokenLabel", "popupTokenNote"
	if a.mode() == credential.ModeMFA {
		label, note = "popupCodeLabel", "popupCodeNote"
	}
	page.Query("#token-label").SetTextContent(a.cat.Text(label))
	page.Query("#token-note").SetTextContent(a.cat.Text(note))
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
func (a *assembler) paste(e *dom.BasicEvent) {
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
		el := page.Create("p")
		el.SetTextContent(locale.T(p.Key, p.Args...).In(a.cat))
		el.SetAttribute("data-field", p.Field)
		el.SetAttribute("data-key", p.Key)
		el.SetAttribute("id", "problem-"+strconv.Itoa(i))
		if p.Warn {
			el.Class().Add("warn")
		}
		page.Append(a.problems.BasicNode, el.BasicNode)
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
