package worker

import (
	"strings"
	"testing"
	"time"

	"tokenhelper/wasm/guide"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/salesforce"
)

const name = "0123456789abcdef0123456789abcdef"

func take(w *Worker, from message.Sender, handoff string) any {
	return w.Handle(message.Request{Kind: message.KindTakeOff, Handoff: handoff}, from)
}

// The token handed off is taken once, by the window that has its name,
// before it expires; pages cannot hand off or take.
func TestHandoff(t *testing.T) {
	w, _, _ := newWorker(t)
	now := time.Unix(1_800_000_000, 0)
	w.Now = func() time.Time { return now }
	ext := message.Sender{Tab: -1, Extension: true}
	if r := w.Handle(message.Request{Kind: message.KindHandOff, Handoff: name, Token: "tok"}, ext).(message.Reply); !r.OK {
		t.Fatalf("hand-off refused: %+v", r)
	}
	if got := take(w, ext, name+"x"); got != (message.Handed{}) {
		t.Errorf("another name took %+v", got)
	}
	if got := take(w, ext, name); got != (message.Handed{Token: "tok"}) {
		t.Errorf("took %+v, want the token", got)
	}
	if got := take(w, ext, name); got != (message.Handed{}) {
		t.Errorf("taken twice: %+v", got)
	}

	w.Handle(message.Request{Kind: message.KindHandOff, Handoff: name, Token: "late"}, ext)
	now = now.Add(handoffWait + time.Second)
	if got := take(w, ext, name); got != (message.Handed{}) {
		t.Errorf("an expired hand-off was taken: %+v", got)
	}

	page := message.Sender{Tab: 3, URL: "https://acme.lightning.force.com/"}
	for _, kind := range []string{message.KindHandOff, message.KindTakeOff} {
		r, ok := w.Handle(message.Request{Kind: kind, URL: "https://acme.lightning.force.com/", Top: true, Handoff: name, Token: "x"}, page).(message.Reply)
		if !ok || r.OK || r.Error == "" {
			t.Errorf("%s from a page: %+v, want a refusal", kind, r)
		}
	}
	for _, bad := range []string{"", "short", strings.Repeat("n", 65)} {
		if r, ok := w.Handle(message.Request{Kind: message.KindHandOff, Handoff: bad}, ext).(message.Reply); !ok || r.OK {
			t.Errorf("name %q accepted", bad)
		}
	}
	for i := 0; i < maxHandoffs; i++ {
		w.Handle(message.Request{Kind: message.KindHandOff, Handoff: name + string(rune('a'+i))}, ext)
	}
	if r := w.Handle(message.Request{Kind: message.KindHandOff, Handoff: name + "z"}, ext).(message.Reply); r.OK {
		t.Error("more hand-offs waiting than the bound")
	}
}

// Every hint carries its language and the labels of its own controls.
func TestHintControls(t *testing.T) {
	w, _, _ := newWorker(t)
	p, _ := salesforce.Classify("https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home")
	for _, state := range []string{message.StateResetLink, message.StateResetPage, message.StateResetDone, message.StateGoToSettings, message.StateMissing} {
		h := w.render(state, guide.HintFor(state, p))
		if h.Lang != "en" {
			t.Errorf("%s: lang %q, want en", state, h.Lang)
		}
		for _, s := range []string{h.ShowMe, h.More, h.Less, h.Minimize, h.Restore} {
			if s == "" || strings.HasPrefix(s, "hint") {
				t.Errorf("%s: a control label is %q", state, s)
			}
		}
	}
}
