//go:build js && wasm

package browser

import (
	"testing"

	"tokenhelper/wasm/browser/fakechrome"
)

func TestTabByID(t *testing.T) {
	c := fakechrome.Install()
	list := c.Get("tabs").Get("list")
	list.Call("push", map[string]any{"id": 4, "url": "https://acme.my.salesforce.com/", "incognito": true})
	list.Call("push", map[string]any{"id": 5})
	within(t, "TabByID", func() {
		if tab, err := TabByID(4); err != nil || tab != (Tab{ID: 4, URL: "https://acme.my.salesforce.com/", Incognito: true}) {
			t.Errorf("tab 4: %+v, %v", tab, err)
		}
		if tab, err := TabByID(5); err != nil || tab != (Tab{ID: 5}) {
			t.Errorf("tab 5 (no host access, so no URL): %+v, %v", tab, err)
		}
		if _, err := TabByID(6); err == nil {
			t.Error("no error for a tab that does not exist")
		}
	})
}
