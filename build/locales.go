//go:build !js

package main

import (
	"bytes"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"strings"

	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/locale/localedir"
)

// mergeLocales joins the message files of each locale folder
// (extension/_locales/<lang>/*.json, one per concern) into the
// messages.json that browsers read.
func mergeLocales(src, dst string) error {
	dirs, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	all := map[string]locale.Messages{}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		merged, err := localedir.Read(filepath.Join(src, d.Name()))
		if err != nil {
			return err
		}
		for k, m := range merged {
			m.Description = "" // a note to translators; browsers ignore it
			merged[k] = m
		}
		all[d.Name()] = merged
	}
	for name, merged := range all {
		// A regional catalogue (es_419) leaves out what it says as its
		// language does (es): the browser looks a key up there next.
		if lang, _, regional := strings.Cut(name, "_"); regional && all[lang] != nil {
			merged = withoutSame(merged, all[lang])
		}
		// Compact, and <, > and & as themselves: the sources stay
		// indented for review; this copy is only read by the browser.
		var data bytes.Buffer
		enc := json.NewEncoder(&data)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(merged); err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(dst, name), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, name, "messages.json"), data.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// withoutSame is m without the keys whose entry in parent is the same.
func withoutSame(m, parent locale.Messages) locale.Messages {
	out := locale.Messages{}
	for k, v := range m {
		p, ok := parent[k]
		if ok && p.Message == v.Message && maps.Equal(p.Placeholders, v.Placeholders) {
			continue
		}
		out[k] = v
	}
	return out
}
