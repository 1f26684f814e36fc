//go:build !js

package e2e

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp/jsonv2"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// guardPassword is typed in the popup; it is long and odd enough that it
// shows up nowhere by chance, and JSON writes it as it is.
const guardPassword = "gUaRd7-Pw!x93Qv-Z"

// A password typed in the popup appears in no chrome.storage area, no
// console line or exception of any extension context (popup, service
// worker, offscreen document), and no runtime message, after a copy, a
// copy of the token alone, and showing and hiding it.
func TestPasswordGuard(t *testing.T) {
	// Every runtime message that another extension page sees, and the
	// offscreen document, there before the copy so that it is watched
	// from its start (the worker keeps using it).
	listener := tab(t, shared.ExtURL("options.html"))
	eval[chromedp.Void](t, listener, `(() => {
  window.thMessages = [];
  chrome.runtime.onMessage.addListener((msg, sender) => { window.thMessages.push(JSON.stringify([msg, sender.url || ''])); });
})()`)
	eval[chromedp.Void](t, listener, `chrome.runtime.getContexts({contextTypes: ['OFFSCREEN_DOCUMENT']}).then(cs => cs.length ||
  chrome.offscreen.createDocument({url: 'offscreen.html', reasons: ['CLIPBOARD'], justification: 'e2e: watch it from its start'}))`)

	var logs consoleLog
	for _, want := range []struct{ typ, url string }{
		{"service_worker", shared.ExtURL("background.js")},
		{"", shared.ExtURL("offscreen.html")},
	} {
		logs.attach(t, findTarget(t, want.typ, want.url), want.url)
	}

	p := openPopup(t, "")
	logs.listen(t, p, "popup")
	// The popup's own requests and their replies, as Go sends them.
	eval[chromedp.Void](t, p, `(() => {
  window.thSent = [];
  const send = chrome.runtime.sendMessage.bind(chrome.runtime);
  chrome.runtime.sendMessage = (msg, ...rest) => {
    window.thSent.push(JSON.stringify(msg));
    return send(msg, ...rest).then(r => { window.thSent.push(JSON.stringify(r)); return r; });
  };
})()`)

	if err := chromedp.Do(p, chromedp.SendKeys(`input[name="password"]`, guardPassword), chromedp.SendKeys(`input[name="token"]`, token)); err != nil {
		t.Fatal(err)
	}
	steps := []struct{ name, selector, status string }{
		{"copy", `[data-action="copy"]`, "Copied"},
		{"copy token only", `#assembler [data-action="copy-token"]`, "Copied"},
		{"show", `#toggle-password`, ""},
		{"hide", `#toggle-password`, ""},
	}
	for _, s := range steps {
		eval[chromedp.Void](t, p, `document.querySelector('#status').textContent = ''`)
		if err := chromedp.Do(p, chromedp.Click(s.selector)); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if s.status != "" {
			if got := poll[string](t, p, `document.querySelector('#status').textContent`, 5*time.Second); !strings.Contains(got, s.status) {
				t.Fatalf("%s: status %q", s.name, got)
			}
		}
	}
	if got := clipboardText(t, p); got != token {
		t.Fatalf("clipboard %q after copying the token alone", got)
	}
	if typ := eval[string](t, p, `document.querySelector('input[name="password"]').type`); typ != "password" {
		t.Errorf("password field is %q after show and hide", typ)
	}

	// The controls: each channel is really watched. The copies went to the
	// worker and on to the offscreen document, and a line logged in each
	// context is seen.
	messages := poll[[]string](t, listener, `window.thMessages.some(m => m.includes('"to":"offscreen"')) && window.thMessages`, 5*time.Second)
	sent := eval[[]string](t, p, `window.thSent`)
	if !strings.Contains(strings.Join(sent, " "), `"kind":"clear"`) {
		t.Errorf("the popup sent no clear request: %q", sent)
	}
	for _, l := range logs.targets {
		if _, err := chromedp.Run(l.ctx, chromedp.Evaluate[chromedp.Void](`console.log('guard-control')`)); err != nil {
			t.Fatal(err)
		}
	}
	eval[chromedp.Void](t, p, `console.log('guard-control')`)
	deadline := time.Now().Add(5 * time.Second)
	for len(logs.seenIn("guard-control")) < len(logs.targets)+1 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if seen := logs.seenIn("guard-control"); len(seen) != len(logs.targets)+1 {
		t.Errorf("the console of only %q is watched", seen)
	}

	storage := eval[string](t, listener, `Promise.all(['local', 'session', 'sync'].map(a => chrome.storage[a].get(null))).then(JSON.stringify)`)
	for _, c := range []struct{ name, text string }{
		{"chrome.storage", storage},
		{"runtime messages", strings.Join(messages, "\n")},
		{"the popup's messages and replies", strings.Join(sent, "\n")},
		{"consoles", logs.text()},
	} {
		if strings.Contains(c.text, guardPassword) {
			t.Errorf("%s hold the password:\n%s", c.name, c.text)
		}
	}
	t.Logf("watched %d runtime messages, %d popup messages and replies, %d console lines and exceptions, %d bytes of storage",
		len(messages), len(sent), logs.lines(), len(storage))
}

// findTarget waits for the target of an extension context: of type typ
// ("" for any) at url.
func findTarget(t *testing.T, typ, url string) target.ID {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		infos, err := chromedp.Targets(shared.Ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, i := range infos {
			if i.URL == url && (typ == "" || i.Type == typ) {
				return i.TargetID
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no target %s %s among %d", typ, url, len(infos))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// consoleLog gathers, as JSON, every console call, exception and log
// entry of the contexts it watches.
type consoleLog struct {
	mu      sync.Mutex
	entries []string
	targets []watched
}

type watched struct {
	name string
	ctx  context.Context
}

// attach watches a context that the test did not open, such as the
// service worker, from its first event: the console calls made before
// come with Runtime.enable. Leaving detaches and never closes it.
func (l *consoleLog) attach(t *testing.T, id target.ID, name string) {
	t.Helper()
	ctx, cancel := chromedp.NewContext(shared.Ctx, chromedp.WithTargetID(id), chromedp.WithDetachOnCancel(), chromedp.WithListener(l.record(name)))
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil { // attaching enables Runtime and Log
		t.Fatalf("attach to %s: %v", name, err)
	}
	l.targets = append(l.targets, watched{name, ctx})
}

// listen watches a tab of the test's own from now on.
func (l *consoleLog) listen(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if err := chromedp.Listen(ctx, l.record(name)); err != nil {
		t.Fatal(err)
	}
}

func (l *consoleLog) record(name string) func(ev any) {
	return func(ev any) {
		switch ev.(type) {
		case *runtime.EventConsoleAPICalled, *runtime.EventExceptionThrown, *log.EventEntryAdded:
		default:
			return
		}
		b, err := jsonv2.Marshal(ev)
		if err != nil {
			b = []byte(err.Error())
		}
		l.mu.Lock()
		l.entries = append(l.entries, name+": "+string(b))
		l.mu.Unlock()
	}
}

func (l *consoleLog) text() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.entries, "\n")
}

func (l *consoleLog) lines() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.entries)
}

// seenIn lists the contexts that logged s.
func (l *consoleLog) seenIn(s string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var names []string
	for _, e := range l.entries {
		name, text, _ := strings.Cut(e, ": ")
		if strings.Contains(text, s) && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	return names
}
