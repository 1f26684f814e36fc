//go:build !js

package firefox

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// The page report in Firefox: the popup's port reaches every document of
// the tab (the top page and the cross-origin reset frame), and the report
// holds their structure, not the secret the page carries everywhere.
func TestPageReport(t *testing.T) {
	const secret = "Sesame4711Secret"
	sf := "https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home?th_secret=" + secret
	openExtPage(t, "popup.html")
	id := do[int](t, `return browser.tabs.create({url: arguments[0], active: false}).then(t => t.id)`, sf)
	defer do[any](t, `return browser.tabs.remove(arguments[0])`, id)
	// The badge shows once the extension has seen the rendered tree.
	poll[string](t, `return browser.action.getBadgeText({tabId: `+strconv.Itoa(id)+`})`, 15*time.Second)
	openExtPage(t, "popup.html?tab="+strconv.Itoa(id))
	poll[bool](t, `return document.documentElement.dataset.ready === 'true' && !document.querySelector('#page-report').hidden`, 10*time.Second)
	report := ""
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); {
		do[any](t, `document.querySelector('#page-report').open = true; document.querySelector('[data-action="page-report"]').click()`)
		report = poll[string](t, `const s = document.querySelector('#report-status').textContent; const v = document.querySelector('textarea[name="page-report"]').value; return s === browser.i18n.getMessage('reportReady') && v`, 10*time.Second)
		// The frame renders after the tree: ask again until it answered.
		if strings.Contains(report, "(frame)") {
			break
		}
	}
	if strings.Contains(report, secret) {
		t.Fatalf("the report carries the secret:\n%s", report)
	}
	for _, want := range []string{"(top): https://<org>.lightning.force.com/lightning/settings/personal/ResetApiToken/home", "li.onesetupNavTreeNode", "(frame): https://<org>.my.salesforce.com/_ui/system/security/ResetApiTokenEdit", "input.btn [type=submit]"} {
		if !strings.Contains(report, want) {
			t.Errorf("the report lacks %q:\n%s", want, report)
		}
	}
}
