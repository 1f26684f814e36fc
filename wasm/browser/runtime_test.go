//go:build js && wasm

package browser

import (
	"syscall/js"
	"testing"

	"tokenhelper/wasm/browser/fakechrome"
	"tokenhelper/wasm/message"
)

// served starts Serve with handle, as the JS shim would, and returns a
// function that delivers one message the way listen.js does and the
// channel its replies arrive on.
func served(t *testing.T, handle func(message.Request, message.Sender) any) (deliver func(msg, from map[string]any), replies <-chan js.Value) {
	t.Helper()
	fakechrome.Install()
	var handler js.Value
	ready := js.FuncOf(func(_ js.Value, args []js.Value) any { handler = args[0]; return nil })
	js.Global().Set("tokenHelperReady", ready)
	Serve(handle)
	if handler.Type() != js.TypeFunction {
		t.Fatal("Serve did not hand a handler to tokenHelperReady")
	}
	out := make(chan js.Value, 16)
	reply := js.FuncOf(func(_ js.Value, args []js.Value) any { out <- args[0]; return nil })
	return func(msg, from map[string]any) { handler.Invoke(msg, from, reply) }, out
}

func TestServeTranslatesTheSender(t *testing.T) {
	got := make(chan message.Sender, 1)
	deliver, replies := served(t, func(req message.Request, from message.Sender) any {
		got <- from
		return message.Reply{OK: req.Kind == message.KindPage && req.URL == "https://acme.my.salesforce.com/"}
	})
	deliver(map[string]any{"kind": "page", "url": "https://acme.my.salesforce.com/", "top": true},
		map[string]any{"tab": 7, "frame": 0, "url": "https://acme.my.salesforce.com/home", "extension": false})
	within(t, "the reply", func() {
		r := <-replies
		if !r.Get("ok").Bool() {
			t.Errorf("reply %v: the request did not arrive whole", js.Global().Get("JSON").Call("stringify", r))
		}
	})
	want := message.Sender{Tab: 7, URL: "https://acme.my.salesforce.com/home"}
	if s := <-got; s != want {
		t.Errorf("sender %+v, want %+v", s, want)
	}
}

func TestServeAnswersAPanicWithAnError(t *testing.T) {
	deliver, replies := served(t, func(message.Request, message.Sender) any { panic("boom") })
	deliver(map[string]any{"kind": "page"}, map[string]any{"tab": 1, "frame": 0, "url": "", "extension": false})
	within(t, "the reply", func() {
		if e := (<-replies).Get("error"); e.Type() != js.TypeString || e.String() == "" {
			t.Errorf("a panic was answered with error %v", e)
		}
	})
}

func TestServeAnswersInOrder(t *testing.T) {
	first := make(chan struct{})
	deliver, replies := served(t, func(req message.Request, _ message.Sender) any {
		if req.URL == "https://a.my.salesforce.com/" {
			<-first // the first takes long
		}
		return message.Reply{Error: req.URL}
	})
	from := map[string]any{"tab": 1, "frame": 0, "url": "", "extension": false}
	deliver(map[string]any{"kind": "page", "url": "https://a.my.salesforce.com/"}, from)
	deliver(map[string]any{"kind": "page", "url": "https://b.my.salesforce.com/"}, from)
	close(first)
	within(t, "the replies", func() {
		for _, want := range []string{"https://a.my.salesforce.com/", "https://b.my.salesforce.com/"} {
			if got := (<-replies).Get("error").String(); got != want {
				t.Errorf("reply for %q, want the one for %q first", got, want)
			}
		}
	})
}

func TestBadgeShowsAndClears(t *testing.T) {
	c := fakechrome.Install()
	var b Badge
	b.Show(5, message.StateMissing, 0)
	within(t, "the badge", func() { Await(c.Tick()) })
	badge := c.Get("action").Get("badges").Get("5")
	if badge.Get("text").String() != "!" || badge.Get("color").String() == "" {
		t.Errorf("missing: badge %v, want ! in a colour", js.Global().Get("JSON").Call("stringify", badge))
	}
	b.Show(5, "", 0)
	within(t, "the badge", func() { Await(c.Tick()) })
	if text := badge.Get("text").String(); text != "" {
		t.Errorf("no state: badge text %q, want none", text)
	}
}

// TestBadgeForEveryState: each hint state the worker decides has its
// badge, by the one set of state names.
func TestBadgeForEveryState(t *testing.T) {
	for _, s := range []string{message.StateResetLink, message.StateResetPage, message.StateResetDone, message.StateGoToSettings, message.StateMissing} {
		if look := badges[s]; look[0] == "" || look[1] == "" {
			t.Errorf("state %q has no badge", s)
		}
	}
}
