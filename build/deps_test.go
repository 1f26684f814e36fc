//go:build !js

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// heavy are std packages that cost the WASM binary far more than what the
// extension would use of them (docs/size.md): fmt alone, with os and its
// package inits, was 61 KB of the store zip. Whatever brings one back in
// (a dependency, encoding/hex, ...) fails here, by name.
var heavy = []string{"fmt", "encoding/json", "encoding/xml", "net/http", "net/url", "regexp", "text/template"}

func TestNoHeavyPackages(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "./wasm/cmd/tokenhelper")
	cmd.Dir = ".." // the module root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	if !deps["syscall/js"] {
		t.Fatalf("go list -deps did not list the WASM's packages:\n%s", out)
	}
	for _, p := range heavy {
		if deps[p] {
			t.Errorf("the WASM binary imports %s: find the importer with GOOS=js GOARCH=wasm go list -deps -f '{{.ImportPath}}: {{.Imports}}' ./wasm/cmd/tokenhelper", p)
		}
	}
}
