//go:build js && wasm

package popup

import (
	"honnef.co/go/js/dom/v2"

	"tokenhelper/wasm/clients"
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/page"
)

// renderClients fills the table of how clients take the token; clients
// with a separate token field get a "copy token only" button.
func renderClients(cat locale.Catalog, copyToken func()) {
	body := page.Query("#clients")
	for _, c := range clients.All {
		tr := page.Create("tr")
		name := page.Create("td")
		name.SetTextContent(c.Name)
		how := page.Create("td")
		how.SetTextContent(cat.Text(c.HowKey()))
		if c.How != clients.Appended {
			b := page.Create("button")
			b.SetAttribute("type", "button")
			b.SetAttribute("data-action", "copy-token")
			b.SetTextContent(cat.Text("popupCopyToken"))
			// The visible text is the same in every row: the name says
			// which client the row is for.
			b.SetAttribute("aria-label", cat.Text("popupCopyTokenFor", c.Name))
			page.On(b.BasicNode, "click", func(*dom.BasicEvent) { copyToken() })
			page.Append(how.BasicNode, page.TextNode(" "))
			page.Append(how.BasicNode, b.BasicNode)
		}
		page.Append(tr.BasicNode, name.BasicNode)
		page.Append(tr.BasicNode, how.BasicNode)
		page.Append(body.BasicNode, tr.BasicNode)
	}
}
