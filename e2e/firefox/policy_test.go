//go:build !js

package firefox

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Firefox reads an add-on's managed storage from a native manifest,
// ~/.mozilla/managed-storage/<gecko id>.json, once at start, without a
// schema: the values come through as written, wrong types included, and
// the extension's own checks decide. A HOME of its own for a second
// Firefox: no root, nothing outside the test's folders.
func TestPolicyFromManagedStorage(t *testing.T) {
	home := t.TempDir()
	dir := filepath.Join(home, ".mozilla", "managed-storage")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(map[string]any{
		"name": addonID, "description": "Security Token Helper policy (test)", "type": "storage",
		"data": map[string]any{
			"clearSeconds":     "15", // a string: ignored, the user's setting applies
			"hintsOff":         true,
			"loginTestAllowed": false,
		},
	})
	if err := os.WriteFile(filepath.Join(dir, addonID+".json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := startBrowser(os.Getenv("TOKENHELPER_FIREFOX"), "HOME="+home)
	if err != nil {
		t.Fatal(err)
	}
	// The helpers drive ff: this browser for the test, the shared one after.
	shared := ff
	ff = b
	t.Cleanup(func() { ff = shared; b.Close() })

	openExtPage(t, "options.html")
	poll[bool](t, `return document.documentElement.dataset.ready === 'true' && document.querySelector('input[name="hints"]').dataset.managed === 'true'`, 10*time.Second)
	raw := do[string](t, `return chrome.storage.managed.get(null).then(m => JSON.stringify(m, Object.keys(m).sort()))`)
	if raw != `{"clearSeconds":"15","hintsOff":true,"loginTestAllowed":false}` {
		t.Errorf("managed storage %s, want the file's data as written", raw)
	}
	got := do[string](t, `return ['clearSeconds', 'hints'].map(n => {
	  const i = document.querySelector('input[name="' + n + '"]');
	  const note = document.getElementById(i.id + '-managed');
	  return [n, i.disabled, i.dataset.managed || '-', n === 'hints' ? i.checked : i.value, note ? note.textContent : '-'].join(' ');
	}).join('; ')`)
	if want := "clearSeconds false - 30 -; hints true true false Set by your organization"; got != want {
		t.Errorf("options %q, want %q", got, want)
	}

	openExtPage(t, "popup.html")
	poll[bool](t, `return document.documentElement.dataset.loginTest === 'off'`, 10*time.Second)
	if note := do[string](t, `return document.querySelector('#clipboard-note').textContent`); !strings.Contains(note, " 30 ") {
		t.Errorf("clipboard note %q, want the default 30 s (the policy's string is ignored)", note)
	}

	if err := ff.M.navigate("https://acme.lightning.force.com/lightning/settings/personal/PersonalInformation/home"); err != nil {
		t.Fatal(err)
	}
	// The content script shows the reset-link hint with the highlight,
	// from one answer: none now.
	v := poll[string](t, `return document.querySelector('[data-token-helper="highlight"]') ?
	  (document.querySelector('[data-token-helper="hint"]') ? 'hint' : 'none') : ''`, 10*time.Second)
	if v != "none" {
		t.Error("a hint shows although the policy turns hints off")
	}
}
