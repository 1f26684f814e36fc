// Package localedir reads the extension's message catalogue from its
// _locales folder, for the host: tests and tools. In the extension the
// browser reads it, so nothing compiled to WASM imports this package.
package localedir

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"tokenhelper/wasm/locale"
)

// Read reads every *.json message file of one locale folder, such as
// extension/_locales/en: one file per concern, no key in two of them.
func Read(dir string) (locale.Messages, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	m := locale.Messages{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var part map[string]locale.Message
		if err := json.Unmarshal(data, &part); err != nil {
			return nil, &os.PathError{Op: "parse", Path: f, Err: err}
		}
		for k, v := range part {
			k = strings.ToLower(k) // browsers look keys up case-insensitively
			if _, dup := m[k]; dup {
				return nil, &os.PathError{Op: "parse", Path: f, Err: errors.New("key " + k + " defined twice")}
			}
			m[k] = v
		}
	}
	return m, nil
}
