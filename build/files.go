//go:build !js

package main

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// skipped reports whether a source under extension/ stays out of one
// browser's folder: the build turns it into something else, or it belongs
// to another browser.
func skipped(browser, rel string) bool {
	if b, ok := only[rel]; ok && b != browser {
		return true
	}
	return strings.HasPrefix(rel, "_locales") || rel == "hint.css"
}

// copyTree copies the sources under src that browser needs into dst.
func copyTree(src, dst, browser string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if skipped(browser, filepath.ToSlash(rel)) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		return copyFile(path, filepath.Join(dst, rel))
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
