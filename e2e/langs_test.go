//go:build !js

package e2e

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/rig"
)

// salesforceLanguages are the locales beyond TestLanguages' four, one per
// language Salesforce fully supports (issue 17). Each shows the popup, the
// options page and the in-page hint from its own catalogue, with a lang
// attribute that says which.
var salesforceLanguages = []string{"zh_CN", "zh_TW", "ko", "th", "pt_BR", "es_419", "it", "nl", "da", "nb", "sv", "fi", "ru"}

// screenshotLanguages are the locales whose whole page is also captured
// at the two sizes of the screenshot rule: the scripts that break lines
// differently (Chinese, Korean, Thai) and the longest Latin text.
var screenshotLanguages = []string{"zh_CN", "ko", "th", "pt_BR"}

// Chromium started with --lang=<tag> speaks that locale's catalogue. The
// browser's own UI locale may stay en-US (Debian's Chromium has no locale
// packs), but the extension's catalogue follows --lang, as it follows the
// UI language of a Chrome that has them.
func TestSalesforceLanguages(t *testing.T) {
	ext := os.Getenv("TOKENHELPER_E2E")
	en := catalogue(t, ext, "en")
	for _, lang := range salesforceLanguages {
		t.Run(lang, func(t *testing.T) {
			cat := catalogue(t, ext, lang)
			tag := cat.Text("langTag")
			for _, key := range []string{"popupHeading", "popupOpenReset", "tabResetHere", "hintResetLinkTitle", "hintResetEffect", "credTokenShort", "optionsTitle"} {
				if cat.Text(key) == en.Text(key) {
					t.Fatalf("%s is not translated", key)
				}
			}
			r, err := rig.Start(rig.Options{Extension: ext, Headless: true, Lang: strings.ReplaceAll(lang, "_", "-")})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()

			sfURL := r.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home")
			sf := langTab(t, r, sfURL)
			if err := chromedp.Do(sf, chromedp.EmulateViewport(1280, 800)); err != nil {
				t.Fatal(err)
			}
			if h := poll[string](t, sf, highlighted, 10*time.Second); !strings.Contains(h, "/settings/personal/ResetApiToken/") {
				t.Errorf("highlight %q, want the tree entry", h)
			}
			if s := poll[string](t, sf, hintState, 5*time.Second); s != "reset-link" {
				t.Fatalf("hint %q, want reset-link", s)
			}
			panel := func(js string) string { return `root => (panel => ` + js + `)(` + hintQuery(`.panel`) + `)` }
			if got := inHint[string](t, sf, panel(`panel.querySelector('h2').textContent`)); got != cat.Text("hintResetLinkTitle") {
				t.Errorf("hint title %q, want %q", got, cat.Text("hintResetLinkTitle"))
			}
			text := inHint[string](t, sf, hintText)
			for _, key := range []string{"hintResetLinkClick", "hintResetEffect"} {
				if !strings.Contains(text, cat.Text(key)) {
					t.Errorf("hint text %q lacks %s %q", text, key, cat.Text(key))
				}
			}
			if got := inHint[string](t, sf, panel(`panel.closest('[lang]')?.lang || ''`)); got != tag {
				t.Errorf("hint lang %q, want %q", got, tag)
			}
			checkBreaking(t, "hint", tag, inHint[[]string](t, sf, panel(`(s => [s.wordBreak, s.lineBreak])(getComputedStyle(panel))`)))
			shot(t, lang+"-hint", sf, chromedp.Screenshot(`[data-token-helper="hint"]`))
			if slices.Contains(screenshotLanguages, lang) {
				shot(t, lang+"-page-1280", sf, chromedp.CaptureScreenshot())
				if err := chromedp.Do(sf, chromedp.EmulateViewport(640, 400)); err != nil {
					t.Fatal(err)
				}
				poll[bool](t, sf, `innerWidth === 640`, 5*time.Second)
				shot(t, lang+"-page-640", sf, chromedp.CaptureScreenshot())
			}

			p := langPopup(t, r, sfURL)
			if got := eval[string](t, p, `document.documentElement.lang`); got != tag {
				t.Errorf("popup lang %q, want %q", got, tag)
			}
			for sel, key := range map[string]string{
				"h1":                      "popupHeading",
				"#tab-detail":             "tabResetHere",
				"#open-reset":             "popupOpenReset",
				`[data-action="copy"]`:    "popupCopy",
				"label[for=\"password\"]": "popupPasswordLabel",
			} {
				if got := eval[string](t, p, `document.querySelector(`+strconv.Quote(sel)+`).textContent`); got != cat.Text(key) {
					t.Errorf("popup %s: %q, want %q", sel, got, cat.Text(key))
				}
			}
			if eval[bool](t, p, `document.querySelector('#open-reset').hidden`) {
				t.Error("the popup offers no way to the reset page")
			}
			checkBreaking(t, "popup", tag, eval[[]string](t, p, `(() => { const s = getComputedStyle(document.body); return [s.wordBreak, s.lineBreak]; })()`))
			o := checkProblemAndOptions(t, r, p, cat, lang)
			if got := eval[string](t, o, `document.documentElement.lang`); got != tag {
				t.Errorf("options lang %q, want %q", got, tag)
			}
			checkViolations(t, r)
		})
	}
}

// checkBreaking checks the computed word-break and line-break of where's
// text against the rules for its language: Korean keeps words whole,
// Chinese breaks strictly between characters, Thai and the rest as usual.
func checkBreaking(t *testing.T, where, tag string, got []string) {
	t.Helper()
	want := []string{"normal", "auto"}
	switch {
	case strings.HasPrefix(tag, "ko"):
		want = []string{"keep-all", "strict"}
	case strings.HasPrefix(tag, "zh"), strings.HasPrefix(tag, "ja"):
		want = []string{"normal", "strict"}
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s (%s): word-break, line-break %q, want %q", where, tag, got, want)
	}
}
