//go:build !js

// Command build builds the extension: the Go core compiled to WASM, the
// wasm_exec.js of the installed Go, the generated manifest, content-script
// configuration, locales and icons, and the store archive.
//
// Chromium's build also serves Edge; Firefox's differs in its manifest
// and background only. Two builds of the same source give the same bytes
// (repro_test.go), so that a reviewer can rebuild the archive and compare.
//
//	go run ./build [-out dist] [-browsers chromium,firefox]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	out := flag.String("out", "dist", "output folder")
	browsers := flag.String("browsers", "chromium", "comma-separated browsers to build for")
	flag.Parse()
	if err := run(*out, strings.Split(*browsers, ",")); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}

func run(out string, browsers []string) error {
	for _, b := range browsers {
		if _, err := manifest(b); err != nil {
			return err // before the slow part
		}
	}
	wasm, err := compileWASM(filepath.Join(out, "tokenhelper.wasm"))
	if err != nil {
		return err
	}
	for _, b := range browsers {
		dir := filepath.Join(out, b)
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
		if err := assemble(dir, b, wasm); err != nil {
			return fmt.Errorf("%s: %w", b, err)
		}
		zip := filepath.Join(out, "token-helper-"+b+".zip")
		if err := zipDir(dir, zip); err != nil {
			return fmt.Errorf("%s: %w", b, err)
		}
		if err := recompress(zip); err != nil {
			return fmt.Errorf("%s: %w", b, err)
		}
		fmt.Println("built", dir, "and", zip)
	}
	return nil
}

// assemble writes one browser's unpacked extension into dir.
func assemble(dir, browser, wasm string) error {
	steps := []func() error{
		func() error { return copyTree("extension", dir, browser) },
		func() error { return copyFile(wasm, filepath.Join(dir, "tokenhelper.wasm")) },
		func() error { return copyFile(wasmExec(), filepath.Join(dir, "wasm_exec.js")) },
		func() error { return writeManifest(dir, browser) },
		func() error { return writeSchema(dir, browser) },
		func() error { return writeContentConfig(dir) },
		func() error { return mergeLocales("extension/_locales", filepath.Join(dir, "_locales")) },
		func() error { return writeIcons(filepath.Join(dir, "icons")) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}
