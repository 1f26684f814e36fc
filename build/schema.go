//go:build !js

package main

import (
	"encoding/json"
	"os"
	"path/filepath"

	"tokenhelper/wasm/settings"
)

// schemaFile is the Chromium build's storage.managed_schema: Chrome and
// Edge check an administrator's policy against it, show each key's title
// and description in their consoles, and drop, per top-level key, a
// value that breaks it. Firefox reads the same keys without a schema
// (its manifest names none: it would warn).
const schemaFile = "managed_schema.json"

// policySchema describes the policy keys (settings.Policy*). It has no
// "additionalProperties": with one, Chromium refuses to load the
// extension. The bounds are the options page's.
func policySchema() map[string]any {
	return map[string]any{
		"type": "object",
		"properties": map[string]any{
			settings.PolicyClearSeconds: map[string]any{
				"title":       "Clipboard clear timeout (seconds)",
				"description": "Seconds after a copy until the extension clears the clipboard, from " + itoa(settings.MinClear) + " to " + itoa(settings.MaxClear) + ". Users cannot change it. Unset: the user chooses (default " + itoa(settings.DefaultClear) + ").",
				"type":        "integer",
				"minimum":     settings.MinClear,
				"maximum":     settings.MaxClear,
			},
			settings.PolicyRememberToken: map[string]any{
				"title":       "Allow remembering the security token",
				"description": "false: the popup offers no option to remember a token until the browser closes, and tokens already remembered are forgotten. Unset or true: users may opt in per org.",
				"type":        "boolean",
			},
			settings.PolicyHintsOff: map[string]any{
				"title":       "Turn off in-page hints",
				"description": "true: no explanatory panel on Salesforce pages; the Reset My Security Token entry is still highlighted. Users cannot change it. Unset: the user chooses.",
				"type":        "boolean",
			},
			settings.PolicyLoginTest: map[string]any{
				"title":       "Allow the login test",
				"description": "false: the popup's login test, which sends one SOAP login() to the org with the assembled credential, is not available. Unset or true: available.",
				"type":        "boolean",
			},
		},
	}
}

func writeSchema(dir, browser string) error {
	if browser != "chromium" {
		return nil
	}
	data, err := json.MarshalIndent(policySchema(), "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, schemaFile), append(data, '\n'), 0o644)
}
