//go:build !js

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The policy keys of the test contract, written out: renaming one breaks
// every administrator's configuration.
var policyKeys = map[string]string{
	"clearSeconds":         "integer",
	"rememberTokenAllowed": "boolean",
	"hintsOff":             "boolean",
	"loginTestAllowed":     "boolean",
}

func TestManagedSchemaInManifests(t *testing.T) {
	if v := get(builtManifest(t, "chromium"), "storage"); !reflect.DeepEqual(v, map[string]any{"managed_schema": "managed_schema.json"}) {
		t.Errorf("chromium storage %v, want the managed schema alone", v)
	}
	// Firefox warns about storage.managed_schema (and web-ext lint with it).
	if v, ok := builtManifest(t, "firefox")["storage"]; ok {
		t.Errorf("firefox manifest has storage %v", v)
	}
}

// The schema as the build writes it, read back as Chromium reads it.
func TestManagedSchema(t *testing.T) {
	t.Chdir("..")
	wasm := filepath.Join(t.TempDir(), "tokenhelper.wasm")
	if err := os.WriteFile(wasm, []byte("\x00asm"), 0o644); err != nil {
		t.Fatal(err)
	}
	dirs := map[string]string{}
	for _, b := range []string{"chromium", "firefox"} {
		dirs[b] = filepath.Join(t.TempDir(), b)
		if err := assemble(dirs[b], b, wasm); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(filepath.Join(dirs["firefox"], schemaFile)); err == nil {
		t.Errorf("the firefox build has %s", schemaFile)
	}
	data, err := os.ReadFile(filepath.Join(dirs["chromium"], schemaFile))
	if err != nil {
		t.Fatal(err)
	}
	var s map[string]any
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	if s["type"] != "object" {
		t.Errorf("schema type %v, want object", s["type"])
	}
	// Chromium does not load an extension whose schema has one.
	if strings.Contains(string(data), "additionalProperties") {
		t.Error("the schema has additionalProperties")
	}
	props, _ := s["properties"].(map[string]any)
	if len(props) != len(policyKeys) {
		t.Errorf("schema properties %v, want %v", keys(props), policyKeys)
	}
	for k, typ := range policyKeys {
		p, ok := props[k].(map[string]any)
		if !ok {
			t.Errorf("no %s in the schema", k)
			continue
		}
		if p["type"] != typ {
			t.Errorf("%s: type %v, want %s", k, p["type"], typ)
		}
		for _, f := range []string{"title", "description"} {
			if v, _ := p[f].(string); len(v) < 10 {
				t.Errorf("%s: %s %q: an admin console shows it", k, f, v)
			}
		}
	}
	cs, _ := props["clearSeconds"].(map[string]any)
	if cs["minimum"] != 5.0 || cs["maximum"] != 600.0 {
		t.Errorf("clearSeconds bounds %v..%v, want 5..600", cs["minimum"], cs["maximum"])
	}
}
