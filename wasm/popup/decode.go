//go:build js && wasm

package popup

import (
	"syscall/js"

	"tokenhelper/wasm/diagnose"
	"tokenhelper/wasm/locale"
)

// wireDecoder explains what is pasted or typed into the decoder's field,
// as it changes. Nothing of it leaves the popup.
func (l *login) wireDecoder() {
	query(`textarea[name="client-error"]`).on("input", func(js.Value) { l.decode() })
}

func (l *login) decode() {
	out := query("#diagnosis")
	out.clear()
	d, ok := diagnose.Decode(query(`textarea[name="client-error"]`).value(), l.status.Pages)
	if !ok {
		return
	}
	box := out.add(create("div")).attr("data-diagnosis", "").attr("data-cause", d.Cause)
	renderDiagnosis(box, l.cat, d)
}

// renderDiagnosis writes a diagnosis into box: what was recognised, the
// cause and what to do, who can act, the org's pages, and, for answers
// about password+token as such, when it stops working.
func renderDiagnosis(box el, cat locale.Catalog, d diagnose.Diagnosis) {
	if d.Seen != "" {
		box.para(locale.T("decodeSeen", d.Seen).In(cat), "seen")
	}
	box.para(d.Text.In(cat), "")
	box.para(d.Who.In(cat), "who")
	if len(d.Links) > 0 {
		ul := box.add(create("ul")).attr("class", "links")
		for _, k := range d.Links {
			a := ul.add(create("li")).add(create("a"))
			a.attr("href", k.Href).attr("target", "_blank").attr("rel", "noopener noreferrer").text(k.Label.In(cat))
		}
	}
	if d.Retirement {
		renderRetirement(box.add(create("div")).attr("class", "retire"), cat)
	}
}
