//go:build js && wasm

package browser

// Badge shows a tab's hint state on the toolbar icon: a check where the
// option is at hand, an exclamation mark where it is missing.
type Badge struct{}

// badges maps a state to its badge text and colour.
var badges = map[string][2]string{
	"reset-link":     {"✓", "#2e844a"},
	"reset-page":     {"✓", "#2e844a"},
	"go-to-settings": {"→", "#0176d3"},
	"missing":        {"!", "#dd7a01"},
	"reset-done":     {"✉", "#2e844a"},
}

// Show sets or clears the badge of tab.
func (Badge) Show(tab int, state string) {
	action := chrome().Get("action")
	b := badges[state]
	opts := map[string]any{"tabId": tab, "text": b[0]}
	action.Call("setBadgeText", opts).Call("catch", ignore)
	if b[1] != "" {
		action.Call("setBadgeBackgroundColor", map[string]any{"tabId": tab, "color": b[1]}).Call("catch", ignore)
	}
}
