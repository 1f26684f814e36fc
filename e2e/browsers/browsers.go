//go:build !js

// Package browsers finds what the end-to-end tests drive, in one place
// for the rig, the Firefox tests and the demo org's own: the browser
// binaries (Debian's Chromium and Firefox ESR, or those that the CHROMIUM
// and FIREFOX variables name), and the host names they must send to the
// demo org instead of Salesforce.
package browsers

import (
	"errors"
	"os"
	"strings"

	"tokenhelper/wasm/salesforce"
)

// Chromium returns the Chromium binary, or an error that says how to get it.
func Chromium() (string, error) {
	return find("no Chromium: apt-get install -y chromium (make test does it)",
		os.Getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser")
}

// Firefox returns the Firefox binary, or an error that says how to get it.
func Firefox() (string, error) {
	return find("no Firefox: apt-get install -y firefox-esr (make test does it)",
		os.Getenv("FIREFOX"), "/usr/bin/firefox-esr", "/usr/bin/firefox")
}

func find(missing string, paths ...string) (string, error) {
	for _, p := range paths {
		if p != "" {
			if _, err := os.Stat(p); err == nil {
				return p, nil
			}
		}
	}
	return "", errors.New(missing)
}

// SalesforceSuffixes are the host suffixes of Salesforce's host families,
// each with its leading dot (".force.com"): those of the extension's host
// permissions (salesforce.HostPatterns), so that a browser under test
// reaches the demo org, never Salesforce, wherever the extension runs.
func SalesforceSuffixes() []string {
	var out []string
	for _, p := range salesforce.HostPatterns() {
		host := strings.TrimSuffix(strings.TrimPrefix(p, "https://*"), "/*")
		out = append(out, host)
	}
	return out
}
