//go:build !js

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"

	"tokenhelper/wasm/locale/localedir"
)

// mergeLocales joins the message files of each locale folder
// (extension/_locales/<lang>/*.json, one per concern) into the
// messages.json that browsers read.
func mergeLocales(src, dst string) error {
	langs, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	for _, l := range langs {
		if !l.IsDir() {
			continue
		}
		merged, err := localedir.Read(filepath.Join(src, l.Name()))
		if err != nil {
			return err
		}
		for k, m := range merged {
			m.Description = "" // a note to translators; browsers ignore it
			merged[k] = m
		}
		// Compact, and <, > and & as themselves: the sources stay
		// indented for review; this copy is only read by the browser.
		var data bytes.Buffer
		enc := json.NewEncoder(&data)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(merged); err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(dst, l.Name()), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, l.Name(), "messages.json"), data.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}
