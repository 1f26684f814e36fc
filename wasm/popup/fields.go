//go:build js && wasm

package popup

import (
	"strconv"
	"strings"
	"syscall/js"
	"time"

	"honnef.co/go/js/dom/v2"

	"tokenhelper/wasm/credential"
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/page"
)

// Field states that assistive technology reads: which field is wrong and
// why, what the copy button copies, and how long the clipboard keeps it.

func byID(id string) *dom.BasicHTMLElement {
	return page.Element(js.Global().Get("document").Call("getElementById", id))
}

// fieldNotes are the notes that always describe a field.
var fieldNotes = map[string]string{
	credential.FieldPassword: "password-note",
	credential.FieldToken:    "token-note",
}

// linkProblems marks each field with an error aria-invalid and points its
// description at its messages (problem-<i>, as say numbers them), after
// the field's own note; a field without problems is valid again.
func (a *assembler) linkProblems(problems []credential.Problem) {
	for field, note := range fieldNotes {
		ids := []string{note}
		invalid := false
		for i, p := range problems {
			if p.Field != field {
				continue
			}
			ids = append(ids, "problem-"+strconv.Itoa(i))
			invalid = invalid || !p.Warn
		}
		input := byID(field)
		input.SetAttribute("aria-describedby", strings.Join(ids, " "))
		if invalid {
			input.SetAttribute("aria-invalid", "true")
		} else {
			input.RemoveAttribute("aria-invalid")
		}
	}
}

// labelCopy names the copy button for what it joins: the token or, in
// MFA mode, the authenticator code.
func (a *assembler) labelCopy() {
	key := "popupCopy"
	if a.mode() == credential.ModeMFA {
		key = "popupCopyCode"
	}
	page.Query(`[data-action="copy"]`).SetTextContent(a.cat.Text(key))
}

// countdown shows the seconds until the clipboard is cleared, from the
// copy just made; a later copy starts it again. Without a scheduled
// clear it shows nothing (the warning says why). It is not a live
// region: a screen reader would read every second.
func (a *assembler) countdown(scheduled bool) {
	a.copies++
	run := a.copies
	el := byID("clear-countdown")
	if !scheduled {
		el.SetAttribute("hidden", "")
		return
	}
	go func() {
		for left := a.clear.seconds(); left > 0 && run == a.copies; left-- {
			el.SetTextContent(locale.T("popupClearsIn", strconv.Itoa(left)).In(a.cat))
			el.RemoveAttribute("hidden")
			time.Sleep(time.Second)
		}
		if run == a.copies {
			el.SetAttribute("hidden", "")
		}
	}()
}
