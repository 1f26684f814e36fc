//go:build !js

package main

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/locale/localedir"
)

// Every key of every source catalogue resolves in the built one, looked
// up as the browser does (the locale, then its language, then en), to
// the same message and placeholders.
func TestMergedLocalesResolve(t *testing.T) {
	const src = "../extension/_locales"
	dst := t.TempDir()
	if err := mergeLocales(src, dst); err != nil {
		t.Fatal(err)
	}
	dirs, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	read := func(dir string) locale.Messages {
		m, err := localedir.Read(dir)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	for _, d := range dirs {
		name := d.Name()
		chain := []string{name}
		if lang, _, ok := strings.Cut(name, "_"); ok {
			chain = append(chain, lang)
		}
		chain = append(chain, "en")
		var built []locale.Messages
		for _, c := range chain {
			if _, err := os.Stat(filepath.Join(dst, c)); err == nil {
				built = append(built, read(filepath.Join(dst, c)))
			}
		}
		for k, want := range read(filepath.Join(src, name)) {
			got, found := locale.Message{}, false
			for _, b := range built {
				if got, found = b[k]; found {
					break
				}
			}
			switch {
			case !found:
				t.Errorf("%s: %s is not in the build", name, k)
			case got.Description != "":
				t.Errorf("%s: %s keeps its description", name, k)
			case got.Message != want.Message || !maps.Equal(got.Placeholders, want.Placeholders):
				t.Errorf("%s: %s resolves to %+v, want %+v", name, k, got, want)
			}
		}
	}
}
