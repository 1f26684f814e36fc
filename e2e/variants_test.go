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

// The page variants the public evidence shows Salesforce producing, or
// leaves open (docs/salesforce-pages.md; the demo org's switches are in
// e2e/demoorg/variants.go).

// waitState waits for the hint of state want and fails with the last
// state seen otherwise.
func waitState(t *testing.T, ctx context.Context, want string) {
	t.Helper()
	if _, err := rig.Wait[bool](ctx, `(`+hintState+`) === `+strconv.Quote(want), 10*time.Second); err != nil {
		t.Fatalf("hint %q, want %q", eval[string](t, ctx, hintState), want)
	}
}

// clickHighlight clicks the highlighted element as a user would reach it
// (by script: where the hint sits is another test's concern).
func clickHighlight(t *testing.T, ctx context.Context) {
	t.Helper()
	eval[bool](t, ctx, `(document.querySelector('[data-token-helper="highlight"]').click(), true)`)
}

// My Personal Information closed, its leaves not in the DOM (or hidden):
// the group's expander is highlighted; once it is open, the entry.
func TestOpenSectionLightning(t *testing.T) {
	for _, c := range []struct{ name, query string }{
		{"leaves absent", "th_collapse=absent"},
		{"leaves hidden", "th_collapse=hidden"},
		{"leaves absent, node ids", "th_collapse=absent&th_nodeids=1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/EmailSettings/home?"+c.query))
			waitState(t, ctx, "open-section")
			group := eval[string](t, ctx, `(() => { const e = document.querySelector('[data-token-helper="highlight"]'); return e.localName + ' ' + e.closest('li[data-placement="parent"]').getAttribute('aria-label'); })()`)
			if group != "button My Personal Information" {
				t.Errorf("highlight %q, want the expander of My Personal Information", group)
			}
			if c.query == "th_collapse=absent" {
				if n := eval[int](t, ctx, `document.querySelectorAll('a[href*="/settings/personal/ResetApiToken/"]').length`); n != 0 {
					t.Fatalf("%d reset entries in the DOM of a closed group", n)
				}
			}
			screenshot(t, ctx, "lightning-open-section")
			clickHighlight(t, ctx)
			waitState(t, ctx, "reset-link")
			if h := poll[string](t, ctx, highlighted, 5*time.Second); !strings.Contains(h, "/settings/personal/ResetApiToken/") {
				t.Errorf("after opening the group the highlight is %q", h)
			}
		})
	}
}

func TestOpenSectionClassic(t *testing.T) {
	ctx := tab(t, shared.URL("acme.my.salesforce.com", "/ui/setup/Setup?setupid=PersonalInfo&th_collapse=absent"))
	waitState(t, ctx, "open-section")
	if id := eval[string](t, ctx, `document.querySelector('[data-token-helper="highlight"]').id`); id != "PersonalInfo_font" {
		t.Errorf("highlight #%s, want the folder PersonalInfo_font", id)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#ResetApiToken_font, #PersonalInformation_font').length`); n != 0 {
		t.Fatalf("%d leaves in the DOM of a closed folder", n)
	}
	screenshot(t, ctx, "classic-open-section")
	clickHighlight(t, ctx)
	waitState(t, ctx, "reset-link")
	if id := eval[string](t, ctx, `document.querySelector('[data-token-helper="highlight"]').id`); id != "ResetApiToken_font" {
		t.Errorf("after opening the folder the highlight is #%s", id)
	}
}

// A tree that renders late says nothing until it has: no "missing" while
// the nodes are not there yet. Every state the hint takes is recorded
// from the start.
func TestNoMissingWhileTheTreeRenders(t *testing.T) {
	ctx := tab(t, "")
	record := `window.__states = []; new MutationObserver(() => {
	  const h = document.querySelector('[data-token-helper="hint"]');
	  const s = h ? h.getAttribute('data-state') : '';
	  if (window.__states[window.__states.length - 1] !== s) window.__states.push(s);
	}).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-state']}); true`
	for _, u := range []string{
		shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home?th_delay=2500"),
		shared.URL("acme.lightning.force.com", "/lightning/settings/personal/EmailSettings/home?th_delay=2500&th_collapse=absent"),
	} {
		if err := runNavigate(ctx, u); err != nil {
			t.Fatal(err)
		}
		eval[bool](t, ctx, record)
		want := "reset-link"
		if strings.Contains(u, "collapse") {
			want = "open-section"
		}
		waitState(t, ctx, want)
		if states := eval[[]string](t, ctx, `window.__states`); strings.Contains(strings.Join(states, " "), "missing") {
			t.Errorf("%s: states %q: missing before the tree rendered", u, states)
		}
	}
}

// Quick Find wraps what matched in <mark> inside the labels.
func TestQuickFindMarks(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
	waitState(t, ctx, "reset-link")
	typeInto(t, ctx, `.onesetupSetupNavTree input`, "token")
	poll[bool](t, ctx, `!!document.querySelector('a[href*="/settings/personal/ResetApiToken/"] mark')`, 5*time.Second)
	if h := poll[string](t, ctx, highlighted, 5*time.Second); !strings.Contains(h, "/settings/personal/ResetApiToken/") {
		t.Errorf("with marks in the label the highlight is %q", h)
	}
	if s := eval[string](t, ctx, hintState); s != "reset-link" {
		t.Errorf("hint %q while Quick Find marks the entry", s)
	}
}

// The aloha iframe in an open (native) shadow root of force-aloha-page.
func TestAlohaInShadowRoot(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/ResetApiToken/home?th_aloha=shadow"))
	waitState(t, ctx, "reset-page")
	poll[bool](t, ctx, `!!document.querySelector('force-aloha-page')`, 10*time.Second)
	if !eval[bool](t, ctx, `!!document.querySelector('force-aloha-page').shadowRoot.querySelector('iframe[name^=vfFrameId]') && !document.querySelector('iframe[name^=vfFrameId]')`) {
		t.Fatal("the frame is not (only) in force-aloha-page's shadow root")
	}
	frame := frameWith(t, "acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit")
	if h := poll[string](t, frame, highlighted, 5*time.Second); h != "input Reset Security Token" {
		t.Errorf("frame highlight %q, want the padded Reset Security Token button", h)
	}
}

// sameOriginFrame reads, from the top document, an expression about the
// reset frame's document (same origin: no target of its own).
func sameOriginFrame(expr string) string {
	return `(() => {
	  const a = document.querySelector('force-aloha-page');
	  const f = (a && a.shadowRoot && a.shadowRoot.querySelector('iframe[name^=vfFrameId]')) || document.querySelector('iframe[name^=vfFrameId]');
	  const document2 = f && f.contentDocument;
	  if (!document2 || !document2.querySelector('[data-token-helper="highlight"]')) return '';
	  return ((document) => ` + expr + `)(document2);
	})()`
}

// The reset frame served from the page's own host (same origin: older
// orgs, and the Setup domain, whose frame host is not known) or from My
// Domain, with clc=0 and a percent-encoded sfdcIFrameOrigin.
func TestResetFrameHosts(t *testing.T) {
	const path = "/lightning/settings/personal/ResetApiToken/home?"
	for _, c := range []struct {
		name, host, query, frameHost string
	}{
		{"Lightning host, same origin", "acme.lightning.force.com", "th_framehost=self", "acme.lightning.force.com"},
		{"Setup host, same origin", "acme.my.salesforce-setup.com", "th_framehost=self", "acme.my.salesforce-setup.com"},
		{"same origin in a shadow root, clc=0", "acme.lightning.force.com", "th_framehost=self&th_aloha=shadow&th_clc=0", "acme.lightning.force.com"},
		{"My Domain, clc=0, encoded origin", "acme.lightning.force.com", "th_clc=0&th_encorigin=1", "acme.my.salesforce.com"},
		{"My Domain from the Setup host, encoded origin", "acme.my.salesforce-setup.com", "th_encorigin=1", "acme.my.salesforce.com"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := tab(t, shared.URL(c.host, path+c.query))
			waitState(t, ctx, "reset-page")
			src := poll[string](t, ctx, `(() => { const a = document.querySelector('force-aloha-page'); const f = (a && a.shadowRoot && a.shadowRoot.querySelector('iframe')) || document.querySelector('iframe[name^=vfFrameId]'); return f ? f.src : ''; })()`, 5*time.Second)
			if !strings.HasPrefix(src, "https://"+c.frameHost+"/_ui/system/security/ResetApiTokenEdit?") {
				t.Fatalf("frame src %q, want one on %s", src, c.frameHost)
			}
			if strings.Contains(c.query, "th_clc=0") && !strings.Contains(src, "&clc=0") {
				t.Errorf("frame src %q lacks clc=0", src)
			}
			if strings.Contains(c.query, "th_encorigin=1") && !strings.Contains(src, "sfdcIFrameOrigin=https%3A%2F%2F") {
				t.Errorf("frame src %q: sfdcIFrameOrigin not encoded", src)
			}
			var h string
			if c.frameHost == c.host {
				h = poll[string](t, ctx, sameOriginFrame(`(() => { const e = document.querySelector('[data-token-helper="highlight"]'); return e.localName + ' ' + e.value.trim(); })()`), 10*time.Second)
			} else {
				frame := frameWith(t, c.frameHost+"/_ui/system/security/ResetApiTokenEdit")
				h = poll[string](t, frame, `(() => { const e = document.querySelector('[data-token-helper="highlight"]'); return e ? e.localName + ' ' + e.value.trim() : ''; })()`, 10*time.Second)
			}
			if h != "input Reset Security Token" {
				t.Errorf("frame highlight %q, want the reset button", h)
			}
		})
	}
	checkViolations(t, shared)
}

// Where the evidence is silent: the form posts to ResetApiTokenEdit, the
// button has name="save". The button is found either way.
func TestResetFormVariants(t *testing.T) {
	for _, q := range []string{"th_form=edit", "th_btnname=1", "th_form=edit&th_btnname=1"} {
		t.Run(q, func(t *testing.T) {
			ctx := tab(t, shared.URL("acme.my.salesforce.com", "/_ui/system/security/ResetApiTokenEdit?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&setupid=ResetApiToken&"+q))
			waitState(t, ctx, "reset-page")
			if h := poll[string](t, ctx, highlighted, 5*time.Second); h != "input Reset Security Token" {
				t.Errorf("highlight %q, want the reset button", h)
			}
		})
	}
}

// Labels in Portuguese (Brazil) and in both German spellings: the entry
// and the button are found by target and form, whatever they say.
func TestLabelsPortugueseAndGerman(t *testing.T) {
	for _, c := range []struct{ org, entry, button string }{
		{"brasil", "Redefinir meu token de segurança", "Redefinir token de segurança"},
		{"muster", "Mein Sicherheits-Token zurücksetzen", "Sicherheits-Token zurücksetzen"},
		{"sicher", "Mein Sicherheitstoken zurücksetzen", "Sicherheitstoken zurücksetzen"},
	} {
		t.Run(c.org, func(t *testing.T) {
			ctx := tab(t, shared.URL(c.org+".lightning.force.com", "/lightning/settings/personal/ResetApiToken/home"))
			waitState(t, ctx, "reset-page")
			if l := eval[string](t, ctx, `document.querySelector('[data-token-helper="highlight"]').closest('li').getAttribute('aria-label')`); l != c.entry {
				t.Errorf("highlighted entry %q, want %q", l, c.entry)
			}
			frame := frameWith(t, c.org+".my.salesforce.com/_ui/system/security/ResetApiTokenEdit")
			if v := poll[string](t, frame, `(document.querySelector('[data-token-helper="highlight"]') || {value: ''}).value.trim()`, 10*time.Second); v != c.button {
				t.Errorf("frame highlight %q, want %q", v, c.button)
			}
			classic := tab(t, shared.URL(c.org+".my.salesforce.com", "/ui/setup/Setup?setupid=PersonalInfo"))
			waitState(t, classic, "reset-link")
			if id := eval[string](t, classic, `document.querySelector('[data-token-helper="highlight"]').id`); id != "ResetApiToken_font" {
				t.Errorf("Classic highlight #%s", id)
			}
		})
	}
}

// data-node-id present or absent, on the entry and on the missing state.
func TestWithAndWithoutNodeIDs(t *testing.T) {
	for _, q := range []string{"th_nodeids=1", "th_nodeids=0"} {
		t.Run(q, func(t *testing.T) {
			ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home?"+q))
			waitState(t, ctx, "reset-link")
			locked := tab(t, shared.URL("locked.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home?"+q))
			waitState(t, locked, "missing")
		})
	}
}

func runNavigate(ctx context.Context, u string) error {
	return chromedp.Do(ctx, chromedp.Navigate(u))
}

// typeInto types text into the input sel, as a user does.
func typeInto(t *testing.T, ctx context.Context, sel, text string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.SendKeys(sel, text)); err != nil {
		t.Fatal(err)
	}
}

// Where the option is not offered, opening the group tells so.
func TestOpenSectionThenMissing(t *testing.T) {
	ctx := tab(t, shared.URL("locked.lightning.force.com", "/lightning/settings/personal/EmailSettings/home?th_collapse=absent"))
	waitState(t, ctx, "open-section")
	clickHighlight(t, ctx)
	waitState(t, ctx, "missing")
	if n := eval[int](t, ctx, `document.querySelectorAll('[data-token-helper="highlight"]').length`); n != 0 {
		t.Errorf("%d highlights where the option is missing", n)
	}
}
