//go:build !js

package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/rig"
)

// reportPopup opens the popup as a page for the tab sf (a tab opened on a
// Salesforce page), with clipboard access for the test.
func reportPopup(t *testing.T, sf context.Context) context.Context {
	t.Helper()
	p := tab(t, shared.ExtURL("popup.html"))
	if err := rig.GrantClipboard(p, shared.ExtID); err != nil {
		t.Fatal(err)
	}
	u := eval[string](t, sf, `location.href`)
	id := eval[int](t, p, `chrome.tabs.query({}).then(ts => ts.find(x => x.url === `+strconv.Quote(u)+`).id)`)
	if err := chromedp.Do(p, chromedp.EmulateViewport(380, 700), chromedp.Navigate(shared.ExtURL("popup.html?tab="+strconv.Itoa(id)))); err != nil {
		t.Fatal(err)
	}
	poll[bool](t, p, `document.documentElement.dataset.ready === 'true' && document.querySelector('#tab-status').dataset.state !== 'loading'`, 5*time.Second)
	return p
}

// The page report of a page full of a secret (in its text, titles,
// aria-labels, values, placeholders, query strings and fragments, in the
// top document and in the reset frame) holds the page's structure and
// not the secret.
func TestPageReportCarriesNoSecret(t *testing.T) {
	const secret = "Sesame4711Secret"
	sf := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/ResetApiToken/home?th_secret="+secret+"&th_aloha=shadow&s="+secret+"#"+secret))
	waitState(t, sf, "reset-page")
	frame := frameWith(t, "acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit")
	poll[string](t, frame, highlighted, 10*time.Second)
	// The secret is really there, everywhere: else the test proves nothing.
	for ctx, expr := range map[context.Context]string{
		sf:    `document.title.includes(S) && document.querySelector('.onesetupSetupNavTree input').value === S && document.querySelector('li[aria-label*="' + S + '"]') && document.querySelector('a[href*="?s=' + S + '"]') && document.querySelector('.onesetupSetupNavTree').textContent.includes(S)`,
		frame: `document.title.includes(S) && document.querySelector('input[type=submit]').value.includes(S) && document.querySelector('form').action.includes(S) && document.body.textContent.includes(S) && location.href.includes(S)`,
	} {
		if !eval[bool](t, ctx, `(() => { const S = `+strconv.Quote(secret)+`; return !!(`+expr+`); })()`) {
			t.Fatalf("the demo page does not carry the secret where expected: %s", expr)
		}
	}

	p := reportPopup(t, sf)
	if eval[bool](t, p, `document.querySelector('#page-report').hidden`) {
		t.Fatal("no page-report section on a Salesforce tab")
	}
	if !eval[bool](t, p, `document.querySelector('#page-report').matches('main > details:last-of-type') && !document.querySelector('#page-report').open`) {
		t.Error("the page-report section is not the collapsed last section of the popup")
	}
	eval[bool](t, p, `(document.querySelector('#page-report').open = true, document.querySelector('[data-action="page-report"]').click(), true)`)
	report := poll[string](t, p, `document.querySelector('textarea[name="page-report"]').value`, 10*time.Second)
	if strings.Contains(report, secret) {
		t.Fatalf("the report carries the secret:\n%s", report)
	}
	if strings.Contains(report, "acme") {
		t.Errorf("the report names the org:\n%s", report)
	}
	for _, want := range []string{
		"(top): https://<org>.lightning.force.com/lightning/settings/personal/ResetApiToken/home",
		"div.onesetupSetupNavTree",
		"li.onesetupNavTreeNode.tree-node.leaf.slds-is-selected [role=treeitem data-placement=leaf aria-level=2]",
		"a.slds-tree__item-label.slds-truncate [-> https://<org>.lightning.force.com/lightning/settings/personal/ResetApiToken/home]",
		"force-aloha-page",
		"#shadow-root (open)",
		"iframe#vfFrameId_",
		"-> https://<org>.my.salesforce.com/_ui/system/security/ResetApiTokenEdit]",
		"(frame): https://<org>.my.salesforce.com/_ui/system/security/ResetApiTokenEdit",
		"form#resetApiTokenForm [-> https://<org>.my.salesforce.com/_ui/system/security/ResetApiTokenConfirm]",
		"input.btn [type=submit]",
		"input.btn [type=submit name=cancel]",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the report lacks %q:\n%s", want, report)
		}
	}
	if !eval[bool](t, p, `document.querySelector('textarea[name="page-report"]').readOnly`) {
		t.Error("the report is editable")
	}
	setClipboard(t, p, "sentinel")
	eval[bool](t, p, `(document.querySelector('[data-action="copy-report"]').click(), true)`)
	poll[bool](t, p, `document.querySelector('#report-status').textContent === chrome.i18n.getMessage('reportCopied')`, 5*time.Second)
	if got := clipboardText(t, p); got != report {
		t.Errorf("clipboard %q, want the report", got)
	}
	checkViolations(t, shared)
}

// Off Salesforce there is no page report.
func TestPageReportOnlyOnSalesforce(t *testing.T) {
	p := openPopup(t, "")
	if !eval[bool](t, p, `document.querySelector('#page-report').hidden`) {
		t.Error("a page-report section on a tab that is not Salesforce")
	}
}
