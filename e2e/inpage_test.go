//go:build !js

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

const (
	// highlighted is the marked element's tag and target, "" if none.
	highlighted = `(() => { const e = document.querySelector('[data-token-helper="highlight"]'); return e ? e.localName + ' ' + (e.getAttribute('href') || e.getAttribute('title') || e.value) : ''; })()`
	// marks counts everything the extension added or marked in the document.
	marks = `document.querySelectorAll('[data-token-helper]').length`
)

func TestResetPageInLightning(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/ResetApiToken/home"))
	if s := poll[string](t, ctx, hintState, 10*time.Second); s != "reset-page" {
		t.Errorf("top hint %q, want reset-page", s)
	}
	if h := poll[string](t, ctx, highlighted, 5*time.Second); !strings.Contains(h, "/settings/personal/ResetApiToken/") {
		t.Errorf("top highlight %q, want the tree entry", h)
	}
	if inHint[bool](t, ctx, hintCovers) {
		t.Error("the hint covers the entry")
	}
	text := inHint[string](t, ctx, hintText)
	for _, want := range []string{"stops working immediately", "emails it to the address on your user record", "password also resets the token", "Data Loader"} {
		if !strings.Contains(text, want) {
			t.Errorf("reset-page hint lacks %q: %q", want, text)
		}
	}
	frame := frameWith(t, "ResetApiTokenEdit")
	if h := poll[string](t, frame, highlighted, 5*time.Second); h != "input Reset Security Token" {
		t.Errorf("frame highlight %q, want the Reset Security Token button", h)
	}
	if n := eval[int](t, frame, `document.querySelectorAll('[data-token-helper="hint"]').length`); n != 0 {
		t.Errorf("%d hints inside the frame: the Lightning page around it carries the hint", n)
	}
	screenshot(t, ctx, "lightning-reset-page")
	checkViolations(t, shared)
}

// The user clicks Reset in the framed Classic page: Lightning's URL gains
// ?url=…ResetApiTokenConfirm… and the hint turns to what comes next. The
// demo org fails the run if anything but that click's POST asked for the
// confirmation page.
func TestResetDoneAfterTheClick(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/ResetApiToken/home"))
	poll[string](t, ctx, hintState, 10*time.Second)
	frame := frameWith(t, "ResetApiTokenEdit")
	poll[string](t, frame, highlighted, 5*time.Second)
	if err := chromedp.Do(frame, chromedp.Click(`[data-token-helper="highlight"]`)); err != nil {
		t.Fatal(err)
	}
	if s := poll[string](t, ctx, `(`+hintState+`) === 'reset-done' && 'reset-done'`, 10*time.Second); s != "reset-done" {
		t.Fatalf("hint %q after the reset", s)
	}
	if u := eval[string](t, ctx, `location.href`); !strings.Contains(u, "ResetApiTokenConfirm") {
		t.Errorf("Lightning URL %q lacks the confirmation", u)
	}
	text := inHint[string](t, ctx, hintText)
	for _, want := range []string{"Your new Salesforce security token", "Do not reload this page"} {
		if !strings.Contains(text, want) {
			t.Errorf("reset-done hint lacks %q: %q", want, text)
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('[data-token-helper="highlight"]').length`); n != 0 {
		t.Errorf("%d highlights after the reset, want none", n)
	}
	screenshot(t, ctx, "lightning-reset-done")
	checkViolations(t, shared)
}

func TestMissingOption(t *testing.T) {
	ctx := tab(t, shared.URL("locked.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
	if s := poll[string](t, ctx, hintState, 10*time.Second); s != "missing" {
		t.Fatalf("hint %q, want missing", s)
	}
	text := inHint[string](t, ctx, hintText)
	for _, want := range []string{"Login IP Ranges", "API Only User", "MFA for API Logins", "Login with API Token", "save it without changes"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing hint lacks %q", want)
		}
	}
	links := inHint[[]string](t, ctx, `root => [...root.querySelectorAll('a')].map(a => a.href)`)
	if len(links) == 0 || links[0] != "https://locked.lightning.force.com/lightning/setup/EnhancedProfiles/home" {
		t.Errorf("admin links %q, want this org's Profiles first", links)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('[data-token-helper="highlight"]').length`); n != 0 {
		t.Errorf("%d highlights where the option is missing", n)
	}
	screenshot(t, ctx, "lightning-missing")
}

// Setup Home lives on the Setup domain; the hint links to this org's
// reset page on its Lightning host.
func TestGoToSettingsOnSetupHome(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/setup/SetupOneHome/home"))
	if s := poll[string](t, ctx, hintState, 10*time.Second); s != "go-to-settings" {
		t.Fatalf("hint %q, want go-to-settings", s)
	}
	if u := eval[string](t, ctx, `location.host`); u != "acme.my.salesforce-setup.com" {
		t.Errorf("Setup Home on %q, want the Setup domain", u)
	}
	link := inHint[string](t, ctx, `root => root.querySelector('a').href`)
	if link != "https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home" {
		t.Errorf("hint links to %q", link)
	}
	screenshot(t, ctx, "setup-home")
}

// Elsewhere in Setup the hint shows only while Quick Find searches for
// the token.
func TestGoToSettingsOnQuickFind(t *testing.T) {
	ctx := tab(t, shared.URL("acme.my.salesforce-setup.com", "/lightning/setup/ManageUsers/home"))
	input := `.onesetupSetupNavTree input`
	poll[bool](t, ctx, `!!document.querySelector('`+input+`')`, 10*time.Second)
	settled(t, ctx)
	if n := eval[int](t, ctx, marks); n != 0 {
		t.Fatalf("%d marks on a Setup page with no search", n)
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys(input, "token")); err != nil {
		t.Fatal(err)
	}
	if s := poll[string](t, ctx, hintState, 5*time.Second); s != "go-to-settings" {
		t.Errorf("hint %q while searching token", s)
	}
	clear := `(() => { const i = document.querySelector('` + input + `'); i.value = ''; i.dispatchEvent(new Event('input', {bubbles: true})); })()`
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](clear), chromedp.SendKeys(input, "users")); err != nil {
		t.Fatal(err)
	}
	poll[bool](t, ctx, `!document.querySelector('[data-token-helper="hint"]')`, 5*time.Second)
}

func TestClassicResetPage(t *testing.T) {
	ctx := tab(t, shared.URL("acme.my.salesforce.com", "/_ui/system/security/ResetApiTokenEdit?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&setupid=ResetApiToken"))
	if h := poll[string](t, ctx, highlighted, 10*time.Second); h != "input Reset Security Token" {
		t.Errorf("highlight %q, want the button", h)
	}
	if s := poll[string](t, ctx, hintState, 5*time.Second); s != "reset-page" {
		t.Errorf("hint %q, want reset-page", s)
	}
	if inHint[bool](t, ctx, hintCovers) {
		t.Error("the hint covers the button")
	}
	screenshot(t, ctx, "classic-reset-page")
}

func TestClassicMySettings(t *testing.T) {
	ctx := tab(t, shared.URL("acme.my.salesforce.com", "/ui/setup/Setup?setupid=PersonalInfo"))
	if h := poll[string](t, ctx, highlighted, 10*time.Second); !strings.Contains(h, "ResetApiTokenEdit") {
		t.Errorf("highlight %q, want the My Settings entry", h)
	}
	if s := poll[string](t, ctx, hintState, 5*time.Second); s != "reset-link" {
		t.Errorf("hint %q, want reset-link", s)
	}
}

// Languages: detection goes by link targets and structure, not labels.
func TestOtherLanguages(t *testing.T) {
	for _, org := range []string{"muster", "yamato"} {
		t.Run(org, func(t *testing.T) {
			ctx := tab(t, shared.URL(org+".lightning.force.com", "/lightning/settings/personal/ResetApiToken/home"))
			if h := poll[string](t, ctx, highlighted, 10*time.Second); !strings.Contains(h, "/settings/personal/ResetApiToken/") {
				t.Errorf("highlight %q", h)
			}
			frame := frameWith(t, org+".my.salesforce.com/_ui/system/security/ResetApiTokenEdit")
			h := poll[string](t, frame, highlighted, 5*time.Second)
			if !strings.HasPrefix(h, "input ") || strings.Contains(h, "Reset Security Token") {
				t.Errorf("frame highlight %q, want the translated reset button", h)
			}
			if name := eval[string](t, frame, `document.querySelector('[data-token-helper="highlight"]').name`); name == "cancel" {
				t.Error("highlighted Cancel")
			}
		})
	}
}

func TestStrictCSP(t *testing.T) {
	ctx := tab(t, shared.URL("strict.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
	if h := poll[string](t, ctx, highlighted, 10*time.Second); !strings.Contains(h, "/settings/personal/ResetApiToken/") {
		t.Errorf("highlight %q", h)
	}
	if s := poll[string](t, ctx, hintState, 5*time.Second); s != "reset-link" {
		t.Errorf("hint %q", s)
	}
	// The hint's styles apply despite the page's policy.
	if w := inHint[float64](t, ctx, `root => root.querySelector('.panel').getBoundingClientRect().width`); w < 300 {
		t.Errorf("hint panel is %.0f px wide: its stylesheet did not apply", w)
	}
}

func TestOpenShadowRoot(t *testing.T) {
	ctx := tab(t, shared.URL("shade.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
	shadowed := `(() => { for (const e of document.querySelectorAll('*')) { const m = e.shadowRoot && e.shadowRoot.querySelector('[data-token-helper="highlight"]'); if (m) return m.getAttribute('href'); } return ''; })()`
	if h := poll[string](t, ctx, shadowed, 10*time.Second); !strings.Contains(h, "/settings/personal/ResetApiToken/") {
		t.Errorf("highlight in shadow root %q", h)
	}
}

// Lightning navigates without page loads: the extension follows.
func TestSPANavigation(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
	poll[string](t, ctx, highlighted, 10*time.Second)
	if s := poll[string](t, ctx, hintState, 5*time.Second); s != "reset-link" {
		t.Fatalf("hint %q", s)
	}
	// Click the entry: pushState to the reset page, no load.
	if err := chromedp.Do(ctx, chromedp.Click(`[data-token-helper="highlight"]`)); err != nil {
		t.Fatal(err)
	}
	if s := poll[string](t, ctx, `(`+hintState+`) === 'reset-page' && 'reset-page'`, 5*time.Second); s != "reset-page" {
		t.Errorf("after SPA navigation the hint is %q", s)
	}
	if n := eval[int](t, ctx, `performance.getEntriesByType('navigation').length`); n != 1 {
		t.Errorf("%d document loads: the navigation was not same-document", n)
	}
}

// Pages with nothing to do get nothing: no marks, no element, no WASM.
func TestNothingElsewhere(t *testing.T) {
	for _, u := range []string{
		shared.URL("acme.lightning.force.com", "/lightning/page/home"),
		shared.URL("acme.lightning.force.com", "/lightning/r/Account/001000000000001AAA/view"),
		shared.URL("acme.lightning.force.com", "/lightning/o/Account/list"),
		shared.URL("acme.my.salesforce.com", "/home/home.jsp"),
		shared.URL("acme.my.salesforce-setup.com", "/lightning/setup/EnhancedProfiles/home"),
	} {
		ctx := tab(t, u)
		// On these pages the first answer is all there is (no plan watches
		// what renders later): once it is applied, nothing more comes.
		settled(t, ctx)
		if n := eval[int](t, ctx, marks); n != 0 {
			t.Errorf("%s: %d marks", u, n)
		}
		if n := eval[int](t, ctx, `performance.getEntriesByType('resource').filter(r => r.name.endsWith('.wasm')).length`); n != 0 {
			t.Errorf("%s: the page fetched WASM", u)
		}
	}
}

// A closed hint stays closed for that org and state.
func TestCloseIsRemembered(t *testing.T) {
	ctx := tab(t, shared.URL("acme--uat.sandbox.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
	poll[string](t, ctx, hintState, 10*time.Second)
	inHint[bool](t, ctx, `root => { root.querySelector('button.close').click(); return true; }`)
	poll[bool](t, ctx, `!document.querySelector('[data-token-helper="hint"]')`, 2*time.Second)
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	poll[string](t, ctx, highlighted, 10*time.Second)
	settled(t, ctx)
	if n := eval[int](t, ctx, `document.querySelectorAll('[data-token-helper="hint"]').length`); n != 0 {
		t.Error("the closed hint came back after a reload")
	}
}

// The highlight and the hint move nothing of Salesforce's: the tree's
// boxes are where they are without them.
func TestNoLayoutShift(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
	poll[string](t, ctx, hintState, 10*time.Second)
	rects := `JSON.stringify([...document.querySelectorAll('.onesetupSetupNavTree li, .onesetupSetupNavTree a, #setupComponent, iframe')].map(e => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; }))`
	with := eval[string](t, ctx, rects)
	if pos := eval[string](t, ctx, `getComputedStyle(document.querySelector('[data-token-helper="hint"]')).position`); pos != "fixed" {
		t.Errorf("hint position %q, want fixed", pos)
	}
	// Take the extension's marks away by hand and measure again.
	eval[chromedp.Void](t, ctx, `(() => { document.querySelector('[data-token-helper="hint"]').remove(); const e = document.querySelector('[data-token-helper="highlight"]'); e.removeAttribute('style'); e.removeAttribute('data-token-helper'); })()`)
	if without := eval[string](t, ctx, rects); without != with {
		t.Errorf("the tree's layout differs with the extension's marks:\n%s\n%s", with, without)
	}
}

// Lightning rewrites its URL in place (a query added or dropped): the
// hint and highlight stay, without flicker.
func TestNoFlickerOnURLRewrite(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
	poll[string](t, ctx, hintState, 10*time.Second)
	eval[chromedp.Void](t, ctx, `(() => {
	  window.thRemoved = 0;
	  new MutationObserver(rs => { for (const r of rs) for (const n of r.removedNodes) if (n.getAttribute && n.getAttribute('data-token-helper') === 'hint') thRemoved++; })
	    .observe(document, {childList: true, subtree: true});
	  history.replaceState({}, '', location.pathname + '?ws=%2Flightning%2Fpage%2Fhome');
	})()`)
	settled(t, ctx)
	if n := eval[int](t, ctx, `thRemoved`); n != 0 {
		t.Errorf("the hint was removed %d times on a URL rewrite", n)
	}
	if s := eval[string](t, ctx, hintState); s != "reset-link" {
		t.Errorf("hint %q after the rewrite", s)
	}
	if h := eval[string](t, ctx, highlighted); !strings.Contains(h, "ResetApiToken") {
		t.Errorf("highlight %q after the rewrite", h)
	}
}
