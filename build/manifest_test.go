//go:build !js

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// salesforceHosts is every host the extension may touch, written out here
// rather than read from wasm/salesforce: adding a host to the manifest
// takes a change to this test too, and so a second look.
var salesforceHosts = []string{
	"https://*.salesforce.com/*",
	"https://*.force.com/*",
	"https://*.salesforce-setup.com/*",
	"https://*.cloudforce.com/*",
	"https://*.salesforce.mil/*",
	"https://*.force.mil/*",
	"https://*.crmforce.mil/*",
	"https://*.cloudforce.mil/*",
	"https://*.sfcrmapps.cn/*",
	"https://*.sfcrmproducts.cn/*",
	"https://*.salesforce.com.mcas.ms/*",
	"https://*.force.com.mcas.ms/*",
	"https://*.salesforce-setup.com.mcas.ms/*",
}

// builtManifest writes one browser's manifest and reads it back as a
// browser would: what is checked is the file, not the Go value.
func builtManifest(t *testing.T, browser string) map[string]any {
	t.Helper()
	dir := t.TempDir()
	if err := writeManifest(dir, browser); err != nil {
		t.Fatal(err)
	}
	return builtManifestIn(t, dir)
}

// get follows a path of keys through nested objects.
func get(m map[string]any, path ...string) any {
	var v any = m
	for _, k := range path {
		o, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = o[k]
	}
	return v
}

// strs reads a JSON array of strings.
func strs(v any) []string {
	a, _ := v.([]any)
	out := []string{}
	for _, s := range a {
		str, _ := s.(string)
		out = append(out, str)
	}
	return out
}

func keys(m map[string]any) []string {
	var k []string
	for key := range m {
		k = append(k, key)
	}
	sort.Strings(k)
	return k
}

func TestManifestKeysPerBrowser(t *testing.T) {
	common := []string{
		"action", "background", "commands", "content_scripts", "content_security_policy",
		"default_locale", "description", "host_permissions", "icons", "incognito",
		"manifest_version", "name", "optional_permissions", "options_ui",
		"permissions", "short_name", "version",
	}
	want := map[string][]string{
		"chromium": append(slices.Clone(common), "minimum_chrome_version", "storage"),
		"firefox":  append(slices.Clone(common), "browser_specific_settings"),
	}
	for browser, w := range want {
		sort.Strings(w)
		if got := keys(builtManifest(t, browser)); !reflect.DeepEqual(got, w) {
			t.Errorf("%s: manifest keys\n got %q\nwant %q", browser, got, w)
		}
	}
}

// A keyboard shortcut opens the popup (_execute_action), in both browsers,
// with a suggested key that both accept: modifiers then one letter.
func TestShortcutOpensThePopup(t *testing.T) {
	for _, browser := range []string{"chromium", "firefox"} {
		m := builtManifest(t, browser)
		cmds, _ := get(m, "commands").(map[string]any)
		if len(cmds) != 1 {
			t.Errorf("%s: commands %v, want _execute_action alone", browser, cmds)
		}
		key, _ := get(m, "commands", "_execute_action", "suggested_key", "default").(string)
		if key != "Alt+Shift+K" {
			t.Errorf("%s: suggested key %q, want Alt+Shift+K", browser, key)
		}
	}
}

func TestChromiumManifest(t *testing.T) {
	m := builtManifest(t, "chromium")
	if bg := get(m, "background"); !reflect.DeepEqual(bg, map[string]any{"service_worker": "background.js"}) {
		t.Errorf("background %v, want the service worker alone", bg)
	}
	if v := get(m, "minimum_chrome_version"); v != "116" {
		t.Errorf("minimum_chrome_version %v", v)
	}
}

func TestFirefoxManifest(t *testing.T) {
	m := builtManifest(t, "firefox")
	want := []any{"wasm_exec.js", "listen.js", "boot.js", "background-firefox.js"}
	if bg := get(m, "background"); !reflect.DeepEqual(bg, map[string]any{"scripts": want}) {
		t.Errorf("background %v, want the scripts %v alone", bg, want)
	}
	gecko := get(m, "browser_specific_settings", "gecko")
	wantGecko := map[string]any{
		"id":                          "token-helper@tokenhelper.dev",
		"strict_min_version":          "140.0",
		"data_collection_permissions": map[string]any{"required": []any{"none"}},
	}
	if !reflect.DeepEqual(gecko, wantGecko) {
		t.Errorf("gecko settings\n got %v\nwant %v", gecko, wantGecko)
	}
	if v := get(m, "browser_specific_settings", "gecko_android", "strict_min_version"); v != "142.0" {
		t.Errorf("gecko_android strict_min_version %v, want 142.0 (data_collection_permissions)", v)
	}
}

// No build asks for more than it needs: the permissions, the hosts (the
// Salesforce families only, for both the host permissions and the content
// script), the CSP, and no page exposed to the web.
func TestManifestNoWidening(t *testing.T) {
	perms := map[string][]string{
		"chromium": {"storage", "offscreen", "clipboardWrite"},
		"firefox":  {"storage", "clipboardWrite"},
	}
	for browser, want := range perms {
		m := builtManifest(t, browser)
		if got := strs(m["permissions"]); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: permissions %q, want %q", browser, got, want)
		}
		if got := strs(m["optional_permissions"]); !reflect.DeepEqual(got, []string{"clipboardRead"}) {
			t.Errorf("%s: optional_permissions %q", browser, got)
		}
		if got := strs(m["host_permissions"]); !reflect.DeepEqual(got, salesforceHosts) {
			t.Errorf("%s: host_permissions\n got %q\nwant %q", browser, got, salesforceHosts)
		}
		scripts, _ := m["content_scripts"].([]any)
		if len(scripts) != 1 {
			t.Fatalf("%s: %d content scripts, want 1", browser, len(scripts))
		}
		cs := scripts[0].(map[string]any)
		if got := strs(cs["matches"]); !reflect.DeepEqual(got, salesforceHosts) {
			t.Errorf("%s: content script matches\n got %q\nwant %q", browser, got, salesforceHosts)
		}
		if _, ok := cs["exclude_matches"]; ok || cs["match_about_blank"] != nil || cs["world"] != nil {
			t.Errorf("%s: content script %v: only matches, js, all_frames, run_at", browser, cs)
		}
		wantCSP := map[string]any{"extension_pages": "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'"}
		if csp := m["content_security_policy"]; !reflect.DeepEqual(csp, wantCSP) {
			t.Errorf("%s: content_security_policy %v, want %v", browser, csp, wantCSP)
		}
		for _, k := range []string{"web_accessible_resources", "externally_connectable", "optional_host_permissions", "key", "update_url"} {
			if _, ok := m[k]; ok {
				t.Errorf("%s: manifest has %s", browser, k)
			}
		}
	}
}

func TestUnknownBrowser(t *testing.T) {
	if _, err := manifest("safari"); err == nil {
		t.Error("manifest(safari) succeeded")
	}
	if err := run(t.TempDir(), []string{"chromium", "opera"}); err == nil || !strings.Contains(err.Error(), "opera") {
		t.Errorf("run with an unknown browser: %v", err)
	}
}

// Each assembled folder holds every file its manifest names, the locale
// messages its __MSG_ keys name, and none of the other browser's files.
func TestAssembledFolders(t *testing.T) {
	t.Chdir("..") // the build reads extension/ from the module root
	wasm := filepath.Join(t.TempDir(), "tokenhelper.wasm")
	if err := os.WriteFile(wasm, []byte("\x00asm"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, browser := range []string{"chromium", "firefox"} {
		dir := filepath.Join(t.TempDir(), browser)
		if err := assemble(dir, browser, wasm); err != nil {
			t.Fatalf("%s: %v", browser, err)
		}
		m := builtManifestIn(t, dir)
		for _, f := range referencedFiles(m) {
			if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
				t.Errorf("%s: the manifest names %s, which is not in the build", browser, f)
			}
		}
		for f, only := range only {
			_, err := os.Stat(filepath.Join(dir, f))
			if has := err == nil; has != (only == browser) {
				t.Errorf("%s: has %s: %v", browser, f, has)
			}
		}
		checkMessages(t, browser, dir, m)
	}
}

// builtManifestIn reads dir/manifest.json.
func builtManifestIn(t *testing.T, dir string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// referencedFiles lists the extension's own files that a manifest names.
func referencedFiles(m map[string]any) []string {
	files := strs(get(m, "background", "scripts"))
	if sw, ok := get(m, "background", "service_worker").(string); ok {
		files = append(files, sw)
	}
	for _, cs := range m["content_scripts"].([]any) {
		files = append(files, strs(cs.(map[string]any)["js"])...)
	}
	files = append(files, get(m, "action", "default_popup").(string), get(m, "options_ui", "page").(string))
	for _, icons := range []any{m["icons"], get(m, "action", "default_icon")} {
		for _, f := range icons.(map[string]any) {
			files = append(files, f.(string))
		}
	}
	return files
}

func checkMessages(t *testing.T, browser, dir string, m map[string]any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "_locales", m["default_locale"].(string), "messages.json"))
	if err != nil {
		t.Fatal(err)
	}
	var msgs map[string]any
	if err := json.Unmarshal(data, &msgs); err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{m["name"], m["description"], get(m, "action", "default_title")} {
		s, _ := v.(string)
		key, ok := strings.CutPrefix(s, "__MSG_")
		if !ok {
			continue
		}
		// Browsers match message names whatever their case; the build
		// writes them in lower case.
		if _, ok := msgs[strings.ToLower(strings.TrimSuffix(key, "__"))]; !ok {
			t.Errorf("%s: the manifest names %s, not in the default locale", browser, s)
		}
	}
}

// TestIncognitoSpanning: the worker keeps nothing from incognito tabs
// because it sees their flag, which it does in the one background that
// spanning mode gives (wasm/worker's TestIncognitoKeepsNothing).
func TestIncognitoSpanning(t *testing.T) {
	for _, browser := range []string{"chromium", "firefox"} {
		if v := get(builtManifest(t, browser), "incognito"); v != "spanning" {
			t.Errorf("%s: incognito %v, want spanning", browser, v)
		}
	}
}
