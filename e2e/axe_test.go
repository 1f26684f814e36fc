//go:build !js

package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// axe-core (npm, the version the Makefile pins) checks the popup in each
// state, the options page and every hint, in the light and the dark
// theme, against the WCAG 2.2 A and AA rules: no violation is allowed.

// axeTags are the rules: WCAG 2.0, 2.1 and 2.2, levels A and AA.
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"}

var (
	axeOnce   sync.Once
	axeSource string
	axeErr    error
)

// axeScript reads axe.min.js: TOKENHELPER_AXE names it (make test sets
// it), else the Makefile's install folder. Without it the tests skip, and
// fail under CI=true, where they must run.
func axeScript(t *testing.T) string {
	t.Helper()
	axeOnce.Do(func() {
		path := os.Getenv("TOKENHELPER_AXE")
		if path == "" {
			path = filepath.Join("..", "build", ".tools", "node_modules", "axe-core", "axe.min.js")
		}
		var b []byte
		b, axeErr = os.ReadFile(path)
		axeSource = string(b)
	})
	if axeErr != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but axe-core is missing (%v): run make axe", axeErr)
		}
		t.Skipf("axe-core is missing (%v): make axe installs it, make test runs this", axeErr)
	}
	return axeSource
}

// themes are the colour schemes every check runs in.
var themes = []string{"light", "dark"}

func setTheme(t *testing.T, ctx context.Context, theme string) {
	t.Helper()
	feat := []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: theme}}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: feat}); err != nil {
		t.Fatal(err)
	}
}

type axeViolation struct {
	ID    string `json:"id"`
	Help  string `json:"help"`
	Nodes []struct {
		Target  any    `json:"target"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

// checkAxe runs axe on what the JS expression scope selects (the
// document when ""), and fails t for every violation, named by where.
func checkAxe(t *testing.T, ctx context.Context, where, scope string) {
	t.Helper()
	reportAxe(t, where, axeRun(t, ctx, where, scope))
}

// checkAxeHint runs axe on the hint (axeRunHint) and fails t for every
// violation, named by where.
func checkAxeHint(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	reportAxe(t, where, axeRunHint(t, ctx, where))
}

func reportAxe(t *testing.T, where string, violations []axeViolation) {
	t.Helper()
	for _, v := range violations {
		var nodes []string
		for _, n := range v.Nodes {
			target, _ := json.Marshal(n.Target)
			nodes = append(nodes, string(target)+": "+strings.ReplaceAll(n.Summary, "\n", " "))
		}
		t.Errorf("%s: axe %s (%s):\n  %s", where, v.ID, v.Help, strings.Join(nodes, "\n  "))
	}
}

// axeOptions runs the WCAG rules of axeTags and reports violations only.
func axeOptions() string {
	tags, _ := json.Marshal(axeTags)
	return `{runOnly: {type: 'tag', values: ` + string(tags) + `}, resultTypes: ['violations']}`
}

// axeInject injects axe once per document.
func axeInject(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	src := axeScript(t)
	if !eval[bool](t, ctx, `typeof axe === 'object'`) {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](src+"\n;0")); err != nil {
			t.Fatalf("%s: inject axe: %v", where, err)
		}
	}
}

// axeRun injects axe once per document and returns its violations.
func axeRun(t *testing.T, ctx context.Context, where, scope string) []axeViolation {
	t.Helper()
	axeInject(t, ctx, where)
	if scope == "" {
		scope = "document"
	}
	js := `axe.run(` + scope + `, ` + axeOptions() + `).then(r => JSON.stringify(r.violations))`
	var out []axeViolation
	if err := json.Unmarshal([]byte(eval[string](t, ctx, js)), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// axeHint audits the hint, whose shadow root is closed. axe (in the
// page's main world, as the page would run it) walks shadow trees through
// element.shadowRoot, which is null for a closed root, so on its own it
// would audit an empty host and pass. The function gets the real root
// from DevTools (inHint) and, for the one run, lends it to axe: an own
// shadowRoot property on the host, in the main world only, pointing at the
// closed root. axe then audits the hint itself, as rendered where it is,
// with its own style sheet, states and layout: no copy that could differ
// from it. A copy in an open root was the other way, and was rejected: it
// is a second hint in the document for the content script's observer,
// which reads open shadow roots and would find the hint's own links (the
// reset link) where the page has none, and react to them during the
// audit. The lent property is invisible to the content script (its
// isolated world has its own wrappers of the same host) and adds no
// mutation; it is deleted after the run, and the function checks that
// the page sees the root closed again. TestAxeSeesViolations shows axe
// sees into the hint this way.
const axeHint = `async root => {
  if (!root) throw new Error('no hint');
  const host = root.host;
  if (host.shadowRoot !== null) throw new Error('the hint is open to the page');
  Object.defineProperty(host, 'shadowRoot', {value: root, configurable: true});
  let r;
  try {
    r = await axe.run(host, ` + "OPTIONS" + `);
  } finally {
    delete host.shadowRoot;
  }
  if (host.shadowRoot !== null) throw new Error('the hint stayed open after the audit');
  return JSON.stringify(r.violations);
}`

// axeRunHint injects axe once per document and returns the violations
// it finds in the hint (see axeHint).
func axeRunHint(t *testing.T, ctx context.Context, where string) []axeViolation {
	t.Helper()
	axeInject(t, ctx, where)
	var out []axeViolation
	if err := json.Unmarshal([]byte(inHint[string](t, ctx, strings.Replace(axeHint, "OPTIONS", axeOptions(), 1))), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// The check itself sees a violation where there is one: an image without
// a text alternative, in the popup and in a hint's shadow root.
func TestAxeSeesViolations(t *testing.T) {
	axeScript(t)
	p := openPopup(t, "")
	eval[chromedp.Void](t, p, `document.querySelector('main').appendChild(document.createElement('img')).src = 'icons/icon16.png'`)
	if v := axeRun(t, p, "control", ""); len(v) == 0 || v[0].ID != "image-alt" {
		t.Errorf("axe found %+v on a popup with an image without alt, want image-alt", v)
	}
	ctx, _ := openHint(t, hintCases[0])
	inHint[any](t, ctx, `root => { `+hintQuery(`.panel`)+`.appendChild(document.createElement('img')).src = 'data:,'; }`)
	if v := axeRunHint(t, ctx, "control"); len(v) == 0 || v[0].ID != "image-alt" {
		t.Errorf("axe found %+v in a hint with an image without alt, want image-alt", v)
	}
}

// The popup in each of its states, and the options page.
func TestAxePopupAndOptions(t *testing.T) {
	axeScript(t)
	sf := shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home")
	locked := shared.URL("locked.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home")
	for _, theme := range themes {
		t.Run(theme, func(t *testing.T) {
			states := []struct {
				name, tab string
				do        func(t *testing.T, p context.Context)
			}{
				{"not-salesforce", "", nil},
				{"org", sf, nil},
				{"missing", locked, nil},
				{"refused", "", func(t *testing.T, p context.Context) {
					fill(t, p, "", "aBcD3fGh1jKl-n0p")
					click(t, p, `[data-action="copy"]`)
					poll[bool](t, p, `document.querySelectorAll('#problems p').length > 0`, 3*time.Second)
				}},
				{"copied", sf, func(t *testing.T, p context.Context) {
					fill(t, p, "hunter2!", token)
					click(t, p, `[data-action="copy"]`)
					poll[bool](t, p, `!!document.querySelector('#status').textContent && !document.querySelector('#clear-countdown').hidden`, 5*time.Second)
				}},
				{"mfa", "", func(t *testing.T, p context.Context) {
					click(t, p, `input[name="mode"][value="mfa"]`)
					fill(t, p, "hunter2!", "12")
					click(t, p, `[data-action="copy"]`)
					poll[bool](t, p, `document.querySelectorAll('#problems p').length > 0`, 3*time.Second)
				}},
				{"clients", "", func(t *testing.T, p context.Context) {
					eval[chromedp.Void](t, p, `document.querySelectorAll('details').forEach(d => d.open = true)`)
				}},
				{"password-shown", "", func(t *testing.T, p context.Context) {
					click(t, p, `[data-action="toggle-password"]`)
				}},
			}
			for _, s := range states {
				p := openPopup(t, s.tab)
				setTheme(t, p, theme)
				if s.do != nil {
					s.do(t, p)
				}
				checkAxe(t, p, "popup "+s.name+" ("+theme+")", "")
			}
			// The pop-out view.
			p := openPopup(t, sf)
			setTheme(t, p, theme)
			if err := chromedp.Do(p, chromedp.Navigate(shared.ExtURL("popup.html?view=window"))); err != nil {
				t.Fatal(err)
			}
			poll[bool](t, p, `document.documentElement.dataset.ready === 'true' && document.querySelector('#tab-status').dataset.state !== 'loading'`, 5*time.Second)
			checkAxe(t, p, "popup window ("+theme+")", "")

			o := tab(t, shared.ExtURL("options.html"))
			setTheme(t, o, theme)
			poll[bool](t, o, `document.documentElement.dataset.ready === 'true'`, 5*time.Second)
			checkAxe(t, o, "options ("+theme+")", "")
			eval[chromedp.Void](t, o, `document.querySelector('#clear-seconds').value = '2'`)
			click(t, o, `#options [type="submit"]`)
			poll[bool](t, o, `!!document.querySelector('#problems').textContent`, 3*time.Second)
			checkAxe(t, o, "options refused ("+theme+")", "")
		})
	}
}

// Every hint state, compact, opened in full and minimized to its button,
// in both themes. Only the hint is checked: the demo org's page is not
// the extension's.
func TestAxeHints(t *testing.T) {
	axeScript(t)
	for _, c := range hintCases {
		t.Run(c.state, func(t *testing.T) {
			ctx, _ := openHint(t, c)
			for _, theme := range themes {
				setTheme(t, ctx, theme)
				checkAxeHint(t, ctx, c.state+" compact ("+theme+")")
				if inHint[bool](t, ctx, `root => !!`+hintQuery(`.toggle`)) {
					inHint[any](t, ctx, hintDo(`.toggle`, `e.click()`))
					pollHint[bool](t, ctx, hintDo(`.more`, `!e.hidden`), 2*time.Second)
					checkAxeHint(t, ctx, c.state+" opened ("+theme+")")
					inHint[any](t, ctx, hintDo(`.toggle`, `e.click()`))
				}
				inHint[any](t, ctx, hintDo(`.min`, `e.click()`))
				pollHint[bool](t, ctx, hintDo(`.pill`, `!e.hidden`), 2*time.Second)
				checkAxeHint(t, ctx, c.state+" minimized ("+theme+")")
				inHint[any](t, ctx, hintDo(`.pill`, `e.click()`))
				pollHint[bool](t, ctx, hintDo(`.panel`, `!e.hidden`), 2*time.Second)
			}
		})
	}
}

func click(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Click(sel)); err != nil {
		t.Fatal(err)
	}
}
