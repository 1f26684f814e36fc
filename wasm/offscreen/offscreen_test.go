//go:build js && wasm

package offscreen

import (
	"syscall/js"
	"testing"
	"time"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/browser/fakechrome"
	"tokenhelper/wasm/clipboard"
	"tokenhelper/wasm/message"
)

// fakeDocument is the little of offscreen.html's document that the clear
// uses: the scratch textarea, and execCommand's paste and copy on the
// fake clipboard.
const fakeDocument = `(() => {
  const clip = chrome.clipboard;
  const listeners = {};
  const scratch = { value: '', focus() {} };
  globalThis.document = {
    getElementById: (id) => (id === 'scratch' ? scratch : null),
    addEventListener: (t, f) => { (listeners[t] ||= []).push(f); },
    removeEventListener: (t, f) => { listeners[t] = (listeners[t] || []).filter((g) => g !== f); },
    execCommand(cmd) {
      if (cmd === 'paste') { scratch.value = clip.text; return true; }
      if (cmd !== 'copy') return false;
      let data = null;
      const e = { clipboardData: { setData: (_, v) => { data = v; } }, preventDefault() {} };
      for (const f of listeners.copy || []) f(e);
      if (data !== null) clip.text = data;
      return true;
    },
  };
})()`

func setup(t *testing.T, text string) fakechrome.Chrome {
	t.Helper()
	c := fakechrome.Install()
	// A document that closed after an earlier test's clear takes no more.
	mu.Lock()
	timer, done, closing, last = nil, nil, false, nil
	mu.Unlock()
	js.Global().Call("eval", fakeDocument)
	c.Get("clipboard").Set("text", text)
	return c
}

func seal(text string) string {
	return clipboard.Seal(text, []byte("0123456789abcdef"), browser.SHA256)
}

// waitClipboard waits until the fake clipboard holds want.
func waitClipboard(t *testing.T, c fakechrome.Chrome, want string, within time.Duration) bool {
	t.Helper()
	for end := time.Now().Add(within); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if c.Get("clipboard").Get("text").String() == want {
			return true
		}
	}
	return false
}

func TestClearsAfterTheTimeout(t *testing.T) {
	c := setup(t, "pw+token")
	r := Handle(message.Request{Kind: message.KindClear, Seconds: 1, Seal: seal("pw+token"), Check: true}, false)
	if !r.OK {
		t.Fatalf("clear request refused: %+v", r)
	}
	if got := c.Get("clipboard").Get("text").String(); got != "pw+token" {
		t.Fatalf("cleared at once (clipboard %q): the user has a second to paste", got)
	}
	if !waitClipboard(t, c, "", 5*time.Second) {
		t.Error("the clipboard still holds the credential after its timeout")
	}
}

func TestRefusesWhatIsNotAClear(t *testing.T) {
	setup(t, "")
	for _, req := range []message.Request{
		{Kind: message.KindPage, Seconds: 5},
		{Kind: message.KindClear},
		{Kind: message.KindClear, Seconds: -1},
	} {
		if r := Handle(req, false); r.OK || r.Error == "" {
			t.Errorf("%+v: answered %+v, want a refusal with a reason", req, r)
		}
	}
}
