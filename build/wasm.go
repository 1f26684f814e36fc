//go:build !js

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// compileWASM builds the one binary that every Go context runs, and
// rewrites it after linking (postLink).
func compileWASM(out string) (string, error) {
	if _, err := linkWASM(out); err != nil {
		return "", err
	}
	return out, postLink(out)
}

// linkWASM runs go build. The flags make the binary small (-s -w, and
// no inlining: -l saves 58 KB of the store zip, mostly inline tables in
// pclntab, and start-up measured no slower; docs/size.md) and
// reproducible (-trimpath, no VCS stamp).
func linkWASM(out string) (string, error) {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return "", err
	}
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-ldflags=-s -w", "-gcflags=all=-l", "-o", out, "./wasm/cmd/tokenhelper")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return out, cmd.Run()
}

// wasmExec is the wasm_exec.js of the Go that builds the binary: a copy
// from another Go version panics at start.
func wasmExec() string {
	root, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return filepath.Join(os.Getenv("GOROOT"), "lib", "wasm", "wasm_exec.js")
	}
	return filepath.Join(strings.TrimSpace(string(root)), "lib", "wasm", "wasm_exec.js")
}
