//go:build js && wasm

package browser

import "syscall/js"

var ignore = js.FuncOf(func(js.Value, []js.Value) any { return nil })

// Tab is a browser tab as the extension may see it: the URL is empty for
// tabs on hosts it has no access to.
type Tab struct {
	ID        int
	URL       string
	Incognito bool // in an incognito (private) window
}

// ActiveTab returns the active tab of the current window.
func ActiveTab() (Tab, error) {
	q := map[string]any{"active": true, "currentWindow": true}
	v, err := Await(chrome().Get("tabs").Call("query", q))
	if err != nil || v.Length() == 0 {
		return Tab{ID: -1}, err
	}
	t := v.Index(0)
	tab := Tab{ID: t.Get("id").Int(), Incognito: t.Get("incognito").Truthy()}
	if u := t.Get("url"); u.Type() == js.TypeString {
		tab.URL = u.String()
	}
	return tab, nil
}

// Navigate loads url in tab.
func Navigate(tab int, url string) error {
	_, err := Await(chrome().Get("tabs").Call("update", tab, map[string]any{"url": url}))
	return err
}

// TabByID returns the tab with id.
func TabByID(id int) (Tab, error) {
	t, err := Await(chrome().Get("tabs").Call("get", id))
	if err != nil {
		return Tab{ID: -1}, err
	}
	tab := Tab{ID: t.Get("id").Int(), Incognito: t.Get("incognito").Truthy()}
	if u := t.Get("url"); u.Type() == js.TypeString {
		tab.URL = u.String()
	}
	return tab, nil
}
