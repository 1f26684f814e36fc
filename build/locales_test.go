//go:build !js

package main

import (
	"maps"
	"os"
	"path/filepath"
	"testing"

	"tokenhelper/wasm/locale/localedir"
)

// The built messages.json of every locale has every key of its source
// files with the same message and placeholders, and no translators'
// notes. (Chromium does not look up a regional catalogue's missing key
// in its language's: es_419 falls back to en, so every locale carries
// every key it translates; docs/size.md.)
func TestMergedLocales(t *testing.T) {
	const src = "../extension/_locales"
	dst := t.TempDir()
	if err := mergeLocales(src, dst); err != nil {
		t.Fatal(err)
	}
	dirs, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		want, err := localedir.Read(filepath.Join(src, d.Name()))
		if err != nil {
			t.Fatal(err)
		}
		got, err := localedir.Read(filepath.Join(dst, d.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d keys built from %d", d.Name(), len(got), len(want))
		}
		for k, w := range want {
			g, ok := got[k]
			switch {
			case !ok:
				t.Errorf("%s: %s is not in the build", d.Name(), k)
			case g.Description != "":
				t.Errorf("%s: %s keeps its description", d.Name(), k)
			case g.Message != w.Message || !maps.Equal(g.Placeholders, w.Placeholders):
				t.Errorf("%s: %s is %+v, want %+v", d.Name(), k, g, w)
			}
		}
	}
}
