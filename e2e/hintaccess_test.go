//go:build !js

package e2e

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"tokenhelper/e2e/rig"
)

const (
	hintHost = `document.querySelector('[data-token-helper="hint"]')`
	// active names the focused element, looking into the hint's closed
	// shadow root (a function of the root, for inHint and pollHint) and
	// into any open one.
	active = `root => {
	  let e = document.activeElement;
	  if (e && root && e === root.host && root.activeElement) e = root.activeElement;
	  else if (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
	  return e ? (e.getAttribute('data-token-helper') || e.className || e.name || e.localName) : '';
	}`
)

// The hint names its language, says itself once in a polite live region
// that is there while empty, and its "Show me" puts the focus on what it
// highlights.
func TestHintLangAnnounceShowMe(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
	poll[string](t, ctx, hintState, 10*time.Second)
	if l := eval[string](t, ctx, hintHost+`.getAttribute('lang')`); l != "en" {
		t.Errorf("hint lang %q, want en", l)
	}
	live := pollHint[string](t, ctx, hintDo(`[role="status"]`, `e.textContent`), 2*time.Second)
	if title := inHint[string](t, ctx, hintDo(`h2`, `e.textContent`)); live != title {
		t.Errorf("live region says %q, want the title %q", live, title)
	}
	if n := inHint[int](t, ctx, `root => root.querySelectorAll('[role="status"], [aria-live]').length`); n != 1 {
		t.Errorf("%d live regions in the hint, want 1", n)
	}
	inHint[any](t, ctx, hintDo(`.show`, `e.click()`))
	if a := pollHint[string](t, ctx, active, 2*time.Second); a != "highlight" {
		t.Errorf("after Show me the focus is on %q, want the highlighted entry", a)
	}
}

// Show me reaches the reset button inside the Lightning page's frame: the
// button, what the hint is about, before the tree's entry.
func TestHintShowMeInFrame(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/ResetApiToken/home"))
	poll[string](t, ctx, hintState, 10*time.Second)
	frame := frameWith(t, "ResetApiTokenEdit")
	poll[string](t, frame, highlighted, 5*time.Second)
	// The frame reports its highlight to the page around it a frame after
	// marking it; a click before that report arrives focuses the page's
	// own highlight. A person cannot click that fast, a test can: it
	// clicks again until the report is in (clicking twice is harmless).
	focused := `document.activeElement && document.activeElement.getAttribute('data-token-helper')`
	deadline := time.Now().Add(rig.Slack * 3 * time.Second)
	for {
		inHint[any](t, ctx, hintDo(`.show`, `e.click()`))
		a, err := rig.Wait[string](frame, focused, 250*time.Millisecond)
		if err == nil && a == "highlight" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("focus in the frame on %q, want the reset button", eval[string](t, frame, focused+` || ''`))
		}
	}
}

// Escape closes the hint; the focus goes back where it was before the
// hint had it, or else to the highlighted element.
func TestHintEscape(t *testing.T) {
	u := shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home")
	ctx := tab(t, u)
	poll[string](t, ctx, hintState, 10*time.Second)
	input := `.onesetupSetupNavTree input`
	eval[chromedp.Void](t, ctx, `document.querySelector('`+input+`').focus()`)
	inHint[any](t, ctx, hintDo(`.min`, `e.focus()`))
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
		t.Fatal(err)
	}
	poll[bool](t, ctx, `!`+hintHost, 2*time.Second)
	if !eval[bool](t, ctx, `document.activeElement === document.querySelector('`+input+`')`) {
		t.Errorf("after Escape the focus is on %q, want Quick Find, where it was", inHint[string](t, ctx, active))
	}
	// Escape puts the hint away for this page, not for good.
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	poll[string](t, ctx, hintState, 10*time.Second)
	eval[chromedp.Void](t, ctx, `document.activeElement.blur()`)
	inHint[any](t, ctx, hintDo(`.close`, `e.focus()`))
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
		t.Fatal(err)
	}
	poll[bool](t, ctx, `!`+hintHost, 2*time.Second)
	if a := inHint[string](t, ctx, active); a != "highlight" {
		t.Errorf("after Escape with nothing focused before, the focus is on %q, want the highlighted entry", a)
	}
}

// Minimize makes the hint a button that names it; the button opens it.
func TestHintMinimize(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
	poll[string](t, ctx, hintState, 10*time.Second)
	inHint[any](t, ctx, hintDo(`.min`, `e.click()`))
	pollHint[bool](t, ctx, `root => `+hintQuery(`.panel`)+`.hidden && !`+hintQuery(`.pill`)+`.hidden`, 2*time.Second)
	if a := inHint[string](t, ctx, active); a != "pill" {
		t.Errorf("focus on %q after minimizing, want the hint's button", a)
	}
	if name := inHint[string](t, ctx, hintDo(`.pill`, `e.getAttribute('aria-label')`)); !strings.Contains(name, "Security Token Helper") {
		t.Errorf("the minimized hint is named %q", name)
	}
	if w := eval[float64](t, ctx, hintHost+`.getBoundingClientRect().width`); w > 48 {
		t.Errorf("the minimized hint is %.0f px wide", w)
	}
	inHint[any](t, ctx, hintDo(`.pill`, `e.click()`))
	pollHint[bool](t, ctx, hintDo(`.panel`, `!e.hidden`), 2*time.Second)
}

// The highlight's rings and the hint's focus outlines contrast 3:1 or
// more: the ring with a light page and a dark one, the outlines with the
// hint's own background, in both themes.
func TestHintContrast(t *testing.T) {
	ctx := tab(t, shared.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))
	poll[string](t, ctx, hintState, 10*time.Second)
	hl := `getComputedStyle(document.querySelector('[data-token-helper="highlight"]'))`
	outline := parseColor(t, eval[string](t, ctx, hl+`.outlineColor`))
	if c := contrast(outline, [3]float64{255, 255, 255}); c < 3 {
		t.Errorf("the highlight ring contrasts %.2f:1 with white", c)
	}
	shadow := eval[string](t, ctx, hl+`.boxShadow`)
	outer := parseColor(t, lastColor(shadow))
	if c := contrast(outer, [3]float64{0x16, 0x18, 0x1d}); c < 3 {
		t.Errorf("the highlight's outer ring contrasts %.2f:1 with a dark page (%s)", c, shadow)
	}
	if c := contrast(outer, outline); c < 3 {
		t.Errorf("the outer ring contrasts %.2f:1 with the ring next to it", c)
	}
	for _, theme := range themes {
		setTheme(t, ctx, theme)
		panel := func(js string) string { return `root => getComputedStyle(` + hintQuery(`.panel`) + `)` + js }
		bg := parseColor(t, inHint[string](t, ctx, panel(`.backgroundColor`)))
		focus := parseColor(t, inHint[string](t, ctx, panel(`.getPropertyValue('--focus')`)))
		if c := contrast(focus, bg); c < 3 {
			t.Errorf("%s: focus outline contrasts %.2f:1 with the hint", theme, c)
		}
	}
}

// parseColor reads rgb(), rgba() or #rrggbb.
func parseColor(t *testing.T, s string) [3]float64 {
	t.Helper()
	s = strings.TrimSpace(s)
	var c [3]float64
	if strings.HasPrefix(s, "#") && len(s) == 7 {
		for i := 0; i < 3; i++ {
			v, _ := strconv.ParseUint(s[1+2*i:3+2*i], 16, 8)
			c[i] = float64(v)
		}
		return c
	}
	in := s[strings.Index(s, "(")+1 : strings.Index(s, ")")]
	parts := strings.FieldsFunc(in, func(r rune) bool { return r == ',' || r == ' ' })
	if len(parts) < 3 {
		t.Fatalf("colour %q", s)
	}
	for i := 0; i < 3; i++ {
		c[i], _ = strconv.ParseFloat(parts[i], 64)
	}
	return c
}

// lastColor is the last rgb() of a computed box-shadow list.
func lastColor(shadow string) string {
	i := strings.LastIndex(shadow, "rgb")
	if i < 0 {
		return shadow
	}
	return shadow[i : i+strings.Index(shadow[i:], ")")+1]
}

func contrast(a, b [3]float64) float64 {
	lum := func(c [3]float64) float64 {
		var l [3]float64
		for i, v := range c {
			v /= 255
			if v <= 0.03928 {
				l[i] = v / 12.92
			} else {
				l[i] = math.Pow((v+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	}
	x, y := lum(a), lum(b)
	if x < y {
		x, y = y, x
	}
	return (x + 0.05) / (y + 0.05)
}
