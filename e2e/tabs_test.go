//go:build !js

package e2e

import (
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/rig"
)

// TestClosedTabIsForgotten: the state kept for a tab (storage.session,
// for the popup and the badge) goes when the tab closes.
func TestClosedTabIsForgotten(t *testing.T) {
	ext := tab(t, shared.ExtURL("options.html"))
	sfURL := shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home")
	before := eval[string](t, ext, rig.TabIDs)
	sf, closeTab, err := shared.NewTab()
	if err != nil {
		t.Fatal(err)
	}
	defer closeTab()
	if err := chromedp.Do(sf, chromedp.Navigate(sfURL)); err != nil {
		t.Fatal(err)
	}
	id := rig.NewTabID(t, ext, before, sfURL)
	key := strconv.Quote("tab" + strconv.Itoa(id))
	stored := `chrome.storage.session.get(` + key + `).then(o => o[` + key + `] ? o[` + key + `].state : '')`
	poll[bool](t, ext, stored+`.then(s => s === 'reset-link')`, 10*time.Second)
	if err := chromedp.Cancel(sf); err != nil {
		t.Fatal(err)
	}
	poll[bool](t, ext, stored+`.then(s => s === '')`, 10*time.Second)
}
