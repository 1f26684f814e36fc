//go:build !js

package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// Go's flate at its best level leaves about 45 KB of the store zip on the
// table; advzip, from Debian's advancecomp, recompresses every entry with
// a stronger deflate (7-Zip's at level 3, zopfli at 4). Its output depends only on the input and its own version, so
// the build stays reproducible where that version is installed: the one
// named here, which the Makefile installs (make advzip). Without it the
// archive keeps Go's deflate, and the build says so.
const advzipVersion = "2.5-1" // Debian's advancecomp package

// advzipLevel 4 (zopfli) gives 900,367 B against 905,595 B for level 3
// (7-Zip's deflate), in about 15 s instead of 4 s per archive: with the
// 18 catalogues the 5 KB pay for the wait (docs/size.md).
const advzipLevel = "-4"

// recompress rewrites the archive at path with advzip when the pinned
// version is installed.
func recompress(path string) error {
	bin, err := exec.LookPath("advzip")
	if err != nil {
		fmt.Fprintln(os.Stderr, "build: no advzip: "+path+" keeps Go's deflate (make advzip installs advancecomp "+advzipVersion+")")
		return nil
	}
	if v := installedAdvzip(); v != advzipVersion {
		return fmt.Errorf("advzip is advancecomp %q, not %s, whose output the reproducible build pins: make advzip", v, advzipVersion)
	}
	cmd := exec.Command(bin, "--recompress", advzipLevel, "--quiet", path)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}

// installedAdvzip is the version of Debian's advancecomp package. advzip
// itself does not tell: Debian's build says "vnone".
func installedAdvzip() string {
	out, err := exec.Command("dpkg-query", "-W", "-f=${Version}", "advancecomp").Output()
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(out))
}
