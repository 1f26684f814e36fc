//go:build !js

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"tokenhelper/wasm/salesforce"
)

// version is the extension's version, in the manifest and the archives.
const version = "0.1.0"

// extensionCSP lets extension pages run WASM and nothing from elsewhere.
const extensionCSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'"

// shortcut is the suggested key of the popup, in both browsers: free in
// Chrome, Edge and Firefox on every platform (Alt is Option on macOS).
const shortcut = "Alt+Shift+K"

// geckoID names the add-on on addons.mozilla.org. It never changes: an
// update with another id would be another add-on, without the user's
// settings.
const geckoID = "token-helper@tokenhelper.dev"

// firefoxMin is the oldest Firefox the add-on installs on: 140 (an ESR) is
// the first to read data_collection_permissions. What else the add-on
// needs came earlier: MV3 and background scripts (109), storage.session
// (115), 'wasm-unsafe-eval' (102). Firefox for Android reads
// data_collection_permissions from 142 on: without its own minimum,
// web-ext lint warns.
const (
	firefoxMin        = "140.0"
	firefoxAndroidMin = "142.0"
)

// firefoxBackground is Firefox's background: an event page, which has no
// importScripts, so it lists what background.js imports.
var firefoxBackground = []string{"wasm_exec.js", "listen.js", "boot.js", "background-firefox.js"}

// only names the sources that belong to one browser's build: Chromium's
// service worker and offscreen document, Firefox's event page.
var only = map[string]string{
	"background.js":         "chromium",
	"offscreen.html":        "chromium",
	"background-firefox.js": "firefox",
}

// manifest returns the manifest for one browser, "chromium" (Chrome and
// Edge) or "firefox". Every host and permission is listed here, once:
// manifest_test.go refuses any widening.
func manifest(browser string) (map[string]any, error) {
	hosts := salesforce.HostPatterns()
	m := map[string]any{
		"manifest_version": 3,
		"name":             "__MSG_extName__",
		"short_name":       "__MSG_extShortName__",
		"description":      "__MSG_extDescription__",
		"version":          version,
		"default_locale":   "en",
		"icons":            icons(),
		// Asked for at run time, only if the user wants the clipboard
		// checked before it is cleared (options page).
		"optional_permissions": []string{"clipboardRead"},
		"options_ui":           map[string]any{"page": "options.html", "open_in_tab": true},
		"host_permissions":     hosts,
		"content_security_policy": map[string]string{
			"extension_pages": extensionCSP,
		},
		"action": map[string]any{
			"default_popup": "popup.html",
			"default_title": "__MSG_actionTitle__",
			"default_icon":  icons(),
		},
		// A shortcut that opens the popup: the toolbar button without the
		// mouse. Users can change it (chrome://extensions/shortcuts,
		// about:addons); the commands API needs no permission.
		"commands": map[string]any{
			"_execute_action": map[string]any{
				"suggested_key": map[string]string{"default": shortcut},
			},
		},
		"content_scripts": []map[string]any{{
			"matches":    hosts,
			"js":         []string{"content-config.js", "report.js", "content.js"},
			"all_frames": true,
			"run_at":     "document_end",
		}},
	}
	// One background for normal and incognito (private) windows, the
	// browsers' default, said outright: it sees each sender's incognito
	// flag and keeps nothing from those tabs (PRIVACY.md). The same code
	// holds in Firefox, which has no split mode.
	m["incognito"] = "spanning"
	switch browser {
	case "chromium":
		m["minimum_chrome_version"] = "116"
		m["permissions"] = []string{"storage", "offscreen", "clipboardWrite"}
		m["background"] = map[string]any{"service_worker": "background.js"}
		// Enterprise policy (docs/enterprise.md); Firefox reads the same
		// keys without a schema.
		m["storage"] = map[string]any{"managed_schema": schemaFile}
	case "firefox":
		// No offscreen documents in Firefox: its event page has a DOM of
		// its own, where the clipboard can be cleared.
		m["permissions"] = []string{"storage", "clipboardWrite"}
		m["background"] = map[string]any{"scripts": firefoxBackground}
		m["browser_specific_settings"] = map[string]any{
			"gecko": map[string]any{
				"id":                 geckoID,
				"strict_min_version": firefoxMin,
				// Nothing leaves the device.
				"data_collection_permissions": map[string]any{"required": []string{"none"}},
			},
			"gecko_android": map[string]any{"strict_min_version": firefoxAndroidMin},
		}
	default:
		return nil, fmt.Errorf("unknown browser %q: want chromium or firefox", browser)
	}
	return m, nil
}

func icons() map[string]string {
	m := map[string]string{}
	for _, s := range iconSizes {
		m[itoa(s)] = "icons/icon" + itoa(s) + ".png"
	}
	return m
}

func writeManifest(dir, browser string) error {
	m, err := manifest(browser)
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "manifest.json"), append(data, '\n'), 0o644)
}

// writeContentConfig generates content-config.js: the URL prefilter, from
// the Go package that knows Salesforce, and the hint's stylesheet.
func writeContentConfig(dir string) error {
	css, err := os.ReadFile("extension/hint.css")
	if err != nil {
		return err
	}
	pre, _ := json.Marshal(salesforce.Prefilter())
	style, _ := json.Marshal(string(css))
	js := "// Generated by go run ./build from wasm/salesforce and extension/hint.css. Do not edit.\n" +
		"'use strict';\n" +
		"var tokenHelperPrefilter = " + string(pre) + ";\n" +
		"var tokenHelperHintCSS = " + string(style) + ";\n"
	return os.WriteFile(filepath.Join(dir, "content-config.js"), []byte(js), 0o644)
}
