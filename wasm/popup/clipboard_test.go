//go:build js && wasm

package popup

import (
	"strings"
	"syscall/js"
	"testing"
	"time"

	"tokenhelper/wasm/browser/fakechrome"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/settings"
)

func TestClipReadsTheTimeout(t *testing.T) {
	for _, c := range []struct {
		stored map[string]any
		want   int
	}{
		{nil, settings.DefaultClear},
		{map[string]any{"clearSeconds": 90}, 90},
		{map[string]any{"clearSeconds": 1}, settings.DefaultClear},
	} {
		fc := fakechrome.Install()
		if c.stored != nil {
			fc.Area("local").Data().Set(message.SettingsKey, c.stored)
		}
		if got := newClip().seconds(); got != c.want {
			t.Errorf("stored %v: %d seconds, want %d", c.stored, got, c.want)
		}
	}
}

// TestClipSendsOnlyASeal copies a credential: the clipboard gets it, and
// the clear request that leaves the popup carries a seal, never the text.
func TestClipSendsOnlyASeal(t *testing.T) {
	fc := fakechrome.Install()
	// The write reads the timeout again at the moment of the copy.
	fc.Area("local").Data().Set(message.SettingsKey, map[string]any{"clearSeconds": 45})
	const secret = "hunter2XYZtokenABC123"
	c := &clip{secs: 45}
	done := make(chan error, 1)
	c.write(secret, func(err error, unscheduled string) {
		if unscheduled != "" {
			t.Errorf("the clear was not scheduled: %s", unscheduled)
		}
		done <- err
	})
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the write did not finish")
	}
	if got := fc.Get("clipboard").Get("text").String(); got != secret {
		t.Errorf("clipboard holds %q, want the credential", got)
	}
	sent := fc.Get("runtime").Get("sent")
	if sent.Length() != 1 {
		t.Fatalf("%d messages sent, want the one clear request", sent.Length())
	}
	msg := sent.Index(0)
	if msg.Get("kind").String() != message.KindClear || msg.Get("seconds").Int() != 45 || msg.Get("seal").String() == "" {
		t.Errorf("sent %v, want a clear request in 45 s with a seal", js.Global().Get("JSON").Call("stringify", msg))
	}
	if all := js.Global().Get("JSON").Call("stringify", sent).String(); strings.Contains(all, secret) || strings.Contains(all, "hunter2") {
		t.Errorf("the credential left the popup: %s", all)
	}
}
