//go:build !js

package e2e

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"tokenhelper/e2e/rig"
)

// hintState is the state of the document's hint, "" if none.
const hintState = `(document.querySelector('[data-token-helper="hint"]') || {getAttribute: () => ''}).getAttribute('data-state') || ''`

// The first vertical slice: on the Lightning personal-settings page, whose
// nav tree renders late, Go in the service worker decides and the content
// script marks the Reset My Security Token link.
func TestHighlightOnLightningPersonalSettings(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
	href := poll[string](t, ctx, `(document.querySelector('a[data-token-helper="highlight"]') || {}).getAttribute?.('href')`, 10*time.Second)
	if !strings.Contains(href, "/settings/personal/ResetApiToken/") {
		t.Errorf("highlighted link goes to %q, want the reset page", href)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('[data-token-helper="highlight"]').length`); n != 1 {
		t.Errorf("%d highlighted elements, want 1", n)
	}
	if s := poll[string](t, ctx, hintState, 5*time.Second); s != "reset-link" {
		t.Errorf("hint state %q, want reset-link", s)
	}
	screenshot(t, ctx, "lightning-reset-link")
	checkViolations(t, shared)
}

// The popup runs Go and names the org of the tab it was opened on.
func TestPopupNamesTheOrg(t *testing.T) {
	popup := tab(t, shared.ExtURL("popup.html"))
	before := eval[string](t, popup, rig.TabIDs)
	u := shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home")
	sf := tab(t, u)
	poll[bool](t, sf, `!!document.querySelector('[data-token-helper="highlight"]')`, 10*time.Second)
	id := rig.NewTabID(t, popup, before, u)
	popup = tab(t, shared.ExtURL("popup.html?tab="+strconv.Itoa(id)))
	status := poll[string](t, popup, `document.querySelector('#tab-status[data-state]:not([data-state="loading"])')?.textContent`, 5*time.Second)
	if !strings.Contains(status, "acme") || !strings.Contains(status, "Lightning") {
		t.Errorf("popup status %q, want the org acme on Lightning", status)
	}
	if st := eval[string](t, popup, `document.querySelector('#tab-status').dataset.state`); st != "here" {
		t.Errorf("popup state %q, want here", st)
	}
}

func TestPopupOffSalesforce(t *testing.T) {
	tab(t, "data:text/html,<title>elsewhere</title>")
	popup := tab(t, shared.ExtURL("popup.html"))
	id := eval[int](t, popup, `chrome.tabs.query({}).then(ts => ts.find(t => !t.url || !t.url.startsWith('chrome-extension:')).id)`)
	popup = tab(t, shared.ExtURL("popup.html?tab="+strconv.Itoa(id)))
	status := poll[string](t, popup, `document.querySelector('#tab-status[data-state="none"]')?.textContent`, 5*time.Second)
	if !strings.Contains(status, "not a Salesforce page") {
		t.Errorf("popup status %q, want not Salesforce", status)
	}
}
