//go:build js && wasm

package popup

import (
	"honnef.co/go/js/dom/v2"

	"tokenhelper/wasm/clients"
	"tokenhelper/wasm/locale"
)

// renderClients fills the table of how clients take the token; clients
// with a separate token field get a "copy token only" button.
func renderClients(doc dom.Document, cat locale.Catalog, copyToken func()) {
	body := doc.QuerySelector("#clients")
	for _, c := range clients.All {
		tr := doc.CreateElement("tr")
		name := doc.CreateElement("td")
		name.SetTextContent(c.Name)
		how := doc.CreateElement("td")
		how.SetTextContent(cat.Text(c.HowKey()))
		if c.How != clients.Appended {
			b := doc.CreateElement("button")
			b.SetAttribute("type", "button")
			b.SetAttribute("data-action", "copy-token")
			b.SetTextContent(cat.Text("popupCopyToken"))
			// The visible text is the same in every row: the name says
			// which client the row is for.
			b.SetAttribute("aria-label", cat.Text("popupCopyTokenFor", c.Name))
			b.AddEventListener("click", false, func(dom.Event) { copyToken() })
			how.AppendChild(doc.CreateTextNode(" "))
			how.AppendChild(b)
		}
		tr.AppendChild(name)
		tr.AppendChild(how)
		body.AppendChild(tr)
	}
}
