//go:build js && wasm

package browser

import (
	"os"
	"syscall/js"
	"testing"

	"tokenhelper/wasm/browser/fakechrome"
	msg "tokenhelper/wasm/message"
)

// loadShim evaluates the extension's JS shims (listen.js, boot.js) in the
// test's global scope, over a fresh fake chrome.
func loadShim(t *testing.T) fakechrome.Chrome {
	t.Helper()
	c := fakechrome.Install()
	// Each defines one function, global in a classic script; in strict
	// eval code it is not, so the test makes it global.
	for f, name := range map[string]string{"listen.js": "tokenHelperListen", "boot.js": "tokenHelperBoot"} {
		src, err := os.ReadFile("../../extension/" + f)
		if err != nil {
			t.Fatal(err)
		}
		js.Global().Call("eval", string(src)+"\n;globalThis."+name+" = "+name+";")
	}
	return c
}

// deliver delivers m to the runtime listeners as the browser would, and
// returns the channel of its replies.
func deliver(c fakechrome.Chrome, m map[string]any) (<-chan js.Value, bool) {
	replies := make(chan js.Value, 1)
	send := js.FuncOf(func(_ js.Value, args []js.Value) any { replies <- args[0]; return nil })
	sender := map[string]any{"tab": map[string]any{"id": 3}, "frameId": 0, "url": "https://acme.my.salesforce.com/"}
	async := c.Get("runtime").Get("onMessage").Get("listeners").Index(0).Invoke(m, sender, send).Truthy()
	return replies, async
}

// TestNoStartAnswersEveryMessage: a Go that cannot start (here the fetch
// of tokenhelper.wasm fails) leaves no message waiting: those queued and
// those that come later are answered with the error.
func TestNoStartAnswersEveryMessage(t *testing.T) {
	c := loadShim(t)
	js.Global().Call("tokenHelperListen", "")
	queued, async := deliver(c, map[string]any{"kind": "page", "url": "https://acme.my.salesforce.com/", "top": true})
	if !async {
		t.Fatal("the listener did not keep the message for Go")
	}
	within(t, "the boot", func() { Await(js.Global().Call("tokenHelperBoot", "background")) })
	within(t, "the queued message's answer", func() {
		if e := (<-queued).Get("error"); e.Type() != js.TypeString || e.String() == "" {
			t.Errorf("the queued message was answered with error %v", e)
		}
	})
	later, _ := deliver(c, map[string]any{"kind": "status", "tab": 3, "url": "https://acme.my.salesforce.com/"})
	within(t, "a later message's answer", func() {
		if e := (<-later).Get("error"); e.Type() != js.TypeString || e.String() == "" {
			t.Errorf("a later message was answered with error %v", e)
		}
	})
}

// TestSendReturnsTheError: Go's side of the same, in a context whose Go
// runs (the popup) and whose worker did not start.
func TestSendReturnsTheError(t *testing.T) {
	c := fakechrome.Install()
	reply := js.FuncOf(func(js.Value, []js.Value) any {
		return map[string]any{"ok": false, "error": "the extension could not start: boom"}
	})
	c.Get("runtime").Set("reply", reply)
	var out struct {
		Org string `js:"org"`
	}
	within(t, "Send", func() {
		err := Send(msg.Request{Kind: msg.KindStatus, Tab: 3, URL: "https://acme.my.salesforce.com/"}, &out)
		if err == nil || err.Error() != "the extension could not start: boom" {
			t.Errorf("Send returned %v, want the worker's error", err)
		}
	})
}

// TestListenPassesTheSender: what listen.js takes from the browser's
// MessageSender reaches Go: tab, frame, URL, and whether the tab is
// incognito.
func TestListenPassesTheSender(t *testing.T) {
	c := loadShim(t)
	js.Global().Call("tokenHelperListen", "")
	got := make(chan msg.Sender, 1)
	Serve(func(_ msg.Request, from msg.Sender) any { got <- from; return msg.Reply{OK: true} })
	replies := make(chan js.Value, 1)
	send := js.FuncOf(func(_ js.Value, args []js.Value) any { replies <- args[0]; return nil })
	sender := map[string]any{"tab": map[string]any{"id": 12, "incognito": true}, "frameId": 4, "url": "https://acme.my.salesforce.com/x"}
	c.Get("runtime").Get("onMessage").Get("listeners").Index(0).Invoke(map[string]any{"kind": "page"}, sender, send)
	within(t, "the reply", func() { <-replies })
	want := msg.Sender{Tab: 12, Frame: 4, URL: "https://acme.my.salesforce.com/x", Incognito: true}
	if s := <-got; s != want {
		t.Errorf("sender %+v, want %+v", s, want)
	}
}

// TestListenForwardsClosedTabs: tabs.onRemoved, registered when the
// worker starts, reaches Go as the extension's own forget request.
func TestListenForwardsClosedTabs(t *testing.T) {
	c := loadShim(t)
	js.Global().Call("tokenHelperListen", "")
	got := make(chan msg.Request, 1)
	from := make(chan msg.Sender, 1)
	Serve(func(req msg.Request, s msg.Sender) any { got <- req; from <- s; return msg.Reply{OK: true} })
	c.Get("tabs").Get("onRemoved").Call("fire", 21, map[string]any{"windowId": 1, "isWindowClosing": false})
	within(t, "the forget request", func() {
		if req := <-got; req.Kind != msg.KindForget || req.Tab != 21 {
			t.Errorf("request %+v, want forget tab 21", req)
		}
		if s := <-from; !s.Extension || s.Tab != -1 {
			t.Errorf("sender %+v, want the extension itself", s)
		}
	})
}
