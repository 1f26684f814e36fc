//go:build !js

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// hintState names each hint state's page, what it highlights and its main
// message: the text of Salesforce's own the hint must leave readable.
type hintCase struct {
	state, host, path string
	frame             string // a part of the URL of the frame with the highlight or message, "" for none
	click             bool   // click the framed reset button first (reset-done)
	topMessage        string // selectors in the top document
	frameHighlight    bool
	frameMessage      string // selectors in the frame
}

var hintCases = []hintCase{
	{state: "reset-link", host: "acme.lightning.force.com", path: "/lightning/settings/personal/PersonalInformation/home",
		frame: "personalInformationSetup", frameMessage: "#ep"},
	{state: "reset-page", host: "acme.lightning.force.com", path: "/lightning/settings/personal/ResetApiToken/home",
		frame: "ResetApiTokenEdit", frameHighlight: true, frameMessage: ".pbBody"},
	{state: "reset-done", host: "acme.lightning.force.com", path: "/lightning/settings/personal/ResetApiToken/home",
		frame: "ResetApiToken", click: true, frameMessage: "#resetConfirmMessage, .bPageBlock"},
	{state: "missing", host: "locked.lightning.force.com", path: "/lightning/settings/personal/PersonalInformation/home",
		frame: "personalInformationSetup", frameMessage: "#ep"},
	{state: "go-to-settings", host: "acme.lightning.force.com", path: "/lightning/setup/SetupOneHome/home",
		topMessage: ".setupHome .slds-card"},
	{state: "reset-page-classic", host: "acme.my.salesforce.com", path: "/_ui/system/security/ResetApiTokenEdit?setupid=ResetApiToken",
		topMessage: ".pbBody"},
}

var viewports = [][2]int64{{1280, 800}, {960, 600}, {640, 400}}

type rect struct{ L, T, R, B float64 }

func (a rect) overlaps(b rect) bool { return a.L < b.R && b.L < a.R && a.T < b.B && b.T < a.B }
func (a rect) String() string {
	return fmt.Sprintf("[%.0f,%.0f %.0fx%.0f]", a.L, a.T, a.R-a.L, a.B-a.T)
}

// rectsJS returns the on-screen rectangles of the elements that sel
// matches, offset by (dx, dy).
func rectsJS(sel string) string {
	return `JSON.stringify([...document.querySelectorAll(` + strconv.Quote(sel) + `)].map(e => e.getBoundingClientRect()).filter(r => r.width && r.height).map(r => [r.left, r.top, r.right, r.bottom]))`
}

func rectsOf(t *testing.T, ctx context.Context, sel string, dx, dy float64) []rect {
	t.Helper()
	var raw [][4]float64
	if err := json.Unmarshal([]byte(eval[string](t, ctx, rectsJS(sel))), &raw); err != nil {
		t.Fatal(err)
	}
	var out []rect
	for _, r := range raw {
		out = append(out, rect{r[0] + dx, r[1] + dy, r[2] + dx, r[3] + dy})
	}
	return out
}

// frameOffset is where the content box of the frame whose URL contains
// part begins in the top document's viewport.
func frameOffset(t *testing.T, ctx context.Context, part string) (float64, float64) {
	t.Helper()
	js := `(() => {
	  const all = [];
	  const walk = (root) => { for (const e of root.querySelectorAll('*')) { if (e.localName === 'iframe') all.push(e); if (e.shadowRoot) walk(e.shadowRoot); } };
	  walk(document);
	  const f = all.find(f => (f.src || '').includes(` + strconv.Quote(part) + `) || f.contentWindow.location === undefined) || all[0];
	  if (!f) return '';
	  const r = f.getBoundingClientRect(), cs = getComputedStyle(f);
	  return JSON.stringify([r.left + f.clientLeft + parseFloat(cs.paddingLeft), r.top + f.clientTop + parseFloat(cs.paddingTop)]);
	})()`
	var xy [2]float64
	if err := json.Unmarshal([]byte(poll[string](t, ctx, js, 5*time.Second)), &xy); err != nil {
		t.Fatal(err)
	}
	return xy[0], xy[1]
}

// openHint opens the page of a hint case and waits for its hint.
func openHint(t *testing.T, c hintCase) (ctx, frame context.Context) {
	t.Helper()
	ctx = tab(t, shared.URL(c.host, c.path))
	state := strings.TrimSuffix(c.state, "-classic")
	if c.click {
		poll[string](t, ctx, hintState, 10*time.Second)
		f := frameWith(t, "ResetApiTokenEdit")
		poll[string](t, f, highlighted, 5*time.Second)
		if err := chromedp.Do(f, chromedp.Click(`[data-token-helper="highlight"]`)); err != nil {
			t.Fatal(err)
		}
	}
	if s := poll[string](t, ctx, `(`+hintState+`) === `+strconv.Quote(state)+` && 'ok'`, 10*time.Second); s != "ok" {
		t.Fatalf("no %s hint", state)
	}
	if c.topMessage != "" {
		poll[bool](t, ctx, `!!document.querySelector(`+strconv.Quote(c.topMessage)+`)`, 10*time.Second)
	}
	if c.frame != "" {
		frame = frameWith(t, c.frame)
		if c.frameMessage != "" {
			poll[bool](t, frame, `document.readyState === 'complete' && !!document.querySelector(`+strconv.Quote(c.frameMessage)+`)`, 10*time.Second)
		}
		if c.frameHighlight {
			poll[string](t, frame, highlighted, 5*time.Second)
		}
	}
	return ctx, frame
}

// keepClear lists what the hint must not cover, in the top viewport.
func keepClear(t *testing.T, ctx, frame context.Context, c hintCase) (highlights, messages []rect) {
	t.Helper()
	highlights = rectsOf(t, ctx, `[data-token-helper="highlight"]`, 0, 0)
	if c.topMessage != "" {
		messages = rectsOf(t, ctx, c.topMessage, 0, 0)
	}
	if frame != nil {
		dx, dy := frameOffset(t, ctx, c.frame)
		if c.frameHighlight {
			highlights = append(highlights, rectsOf(t, frame, `[data-token-helper="highlight"]`, dx, dy)...)
		}
		if c.frameMessage != "" {
			messages = append(messages, rectsOf(t, frame, c.frameMessage, dx, dy)...)
		}
	}
	return highlights, messages
}

// offScreen says where the hint is when it is not wholly on screen.
const offScreen = `(r => r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight && r.width > 0 ? '' : 'off screen: ' + JSON.stringify([r, innerWidth, innerHeight]))(document.querySelector('[data-token-helper="hint"]').getBoundingClientRect())`

const hintRect = `JSON.stringify((r => [r.left, r.top, r.right, r.bottom])(document.querySelector('[data-token-helper="hint"]').getBoundingClientRect()))`

// covered says what the hint covers, "" for nothing.
func covered(t *testing.T, ctx, frame context.Context, c hintCase) string {
	var raw [4]float64
	if err := json.Unmarshal([]byte(eval[string](t, ctx, hintRect)), &raw); err != nil {
		t.Fatal(err)
	}
	h := rect{raw[0], raw[1], raw[2], raw[3]}
	highlights, messages := keepClear(t, ctx, frame, c)
	var out []string
	for _, r := range highlights {
		if h.overlaps(r) {
			out = append(out, "highlight "+r.String())
		}
	}
	for _, r := range messages {
		if h.overlaps(r) {
			out = append(out, "message "+r.String())
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "hint " + h.String() + " covers " + strings.Join(out, ", ")
}

// At 1280×800, 960×600 and 640×400 (the 200 % zoom of a small laptop),
// each hint covers neither what it highlights, in the page or in its
// frame, nor the page's main message, and stays on screen.
func TestHintNeverCovers(t *testing.T) {
	for _, c := range hintCases {
		t.Run(c.state, func(t *testing.T) {
			ctx, frame := openHint(t, c)
			for _, vp := range viewports {
				if err := chromedp.Do(ctx, chromedp.EmulateViewport(vp[0], vp[1])); err != nil {
					t.Fatal(err)
				}
				size := strconv.FormatInt(vp[0], 10) + "x" + strconv.FormatInt(vp[1], 10)
				// The hint follows the resize in a frame or two, the
				// frames' reports in a few more: wait for its answer.
				var why string
				deadline := time.Now().Add(3 * time.Second)
				for {
					why = eval[string](t, ctx, offScreen)
					if why == "" {
						why = covered(t, ctx, frame, c)
					}
					if why == "" || time.Now().After(deadline) {
						break
					}
					time.Sleep(50 * time.Millisecond)
				}
				if why != "" {
					t.Errorf("%s: %s", size, why)
				}
				if vp[0] != 960 {
					screenshot(t, ctx, "hint-"+c.state+"-"+size)
				}
			}
			checkViolations(t, shared)
		})
	}
}
