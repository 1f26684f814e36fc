//go:build js && wasm

package browser

// OpenWindow opens an extension page (a path such as "popup.html?…") in a
// window of its own, a popup-type window without the browser's toolbars.
// chrome.windows.create needs no permission.
func OpenWindow(path string, width, height int) error {
	url := chrome().Get("runtime").Call("getURL", path).String()
	_, err := Await(chrome().Get("windows").Call("create", map[string]any{
		"url": url, "type": "popup", "width": width, "height": height, "focused": true,
	}))
	return err
}
