//go:build !js

package main

import (
	"archive/zip"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Two builds of the same source give the same bytes: the WASM and both
// archives. Mozilla's reviewers rebuild the archive from the source and
// compare. The second build starts from an empty Go build cache, so that
// nothing is merely copied from the first.
//
// It compiles the WASM from scratch, a long while at full CPU, so it runs
// only when TOKENHELPER_REPRO is set: make test runs it on its own, after
// the timing-sensitive end-to-end tests.
func TestReproducible(t *testing.T) {
	if os.Getenv("TOKENHELPER_REPRO") == "" {
		t.Skip("make test runs it (TOKENHELPER_REPRO=1)")
	}
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	build(t, a)
	t.Setenv("GOCACHE", t.TempDir())
	build(t, b)
	for _, f := range []string{"tokenhelper.wasm", "token-helper-chromium.zip", "token-helper-firefox.zip"} {
		x, err := os.ReadFile(filepath.Join(a, f))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds (%d and %d bytes)%s", f, len(x), len(y), zipDiff(x, y))
		}
	}
}

// build runs the build as make does, in a process of its own: whatever a
// process varies (time, randomness) gets its chance to show.
func build(t *testing.T, out string) {
	t.Helper()
	cmd := exec.Command("go", "run", "./build", "-out", out, "-browsers", "chromium,firefox")
	cmd.Dir = ".." // the module root
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run ./build: %v\n%s", err, b)
	}
}

// zipDiff names the entries that differ between two archives, if both
// are archives.
func zipDiff(x, y []byte) string {
	zx, err := zip.NewReader(bytes.NewReader(x), int64(len(x)))
	if err != nil {
		return ""
	}
	zy, err := zip.NewReader(bytes.NewReader(y), int64(len(y)))
	if err != nil {
		return ""
	}
	crc := map[string]uint32{}
	for _, f := range zx.File {
		crc[f.Name] = f.CRC32
	}
	s := ""
	for _, f := range zy.File {
		if c, ok := crc[f.Name]; !ok || c != f.CRC32 {
			s += " " + f.Name
		}
		delete(crc, f.Name)
	}
	for name := range crc {
		s += " " + name
	}
	if s == "" {
		return ": same contents, different archive metadata"
	}
	return ": entries" + s
}
