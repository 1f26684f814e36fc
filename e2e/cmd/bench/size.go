//go:build !js

package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"

	"tokenhelper/e2e/rig"
)

// sizes reports the WASM download raw, gzip -9 and brotli -11, and the
// store archive, in MB.
func sizes(ext string) ([]Row, error) {
	wasm, err := os.ReadFile(filepath.Join(ext, "tokenhelper.wasm"))
	if err != nil {
		return nil, err
	}
	var gz, br bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(wasm)
	zw.Close()
	bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
	bw.Write(wasm)
	bw.Close()
	zip, err := os.Stat(filepath.Join(filepath.Dir(filepath.Clean(ext)), "token-helper-"+filepath.Base(filepath.Clean(ext))+".zip"))
	if err != nil {
		return nil, err
	}
	mb := func(n int64) []float64 { return []float64{float64(n) / 1e6} }
	return []Row{
		row("WASM raw", "MB", mb(int64(len(wasm))), 0, ""),
		row("WASM gzip -9", "MB", mb(int64(gz.Len())), 0, ""),
		row("WASM brotli -11", "MB", mb(int64(br.Len())), 0, ""),
		row("store zip", "MB", mb(zip.Size()), rig.BudgetStoreZip, ""),
	}, nil
}
