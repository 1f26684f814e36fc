//go:build !js

package policy

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// A policy file whose test process is gone is removed; one whose process
// runs (this one's), and anything not ours, stays.
func TestRemoveLeftovers(t *testing.T) {
	real := policyDir
	policyDir = t.TempDir()
	t.Cleanup(func() { policyDir = real })
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	dead := cmd.Process.Pid   // exited and reaped: no such process now
	files := map[string]bool{ // name: kept
		policyPrefix + strconv.Itoa(dead) + ".json":        false,
		"." + policyPrefix + strconv.Itoa(dead):            false,
		policyPrefix + strconv.Itoa(os.Getpid()) + ".json": true,
		"other-admin-policy.json":                          true,
	}
	for name := range files {
		if err := os.WriteFile(filepath.Join(policyDir, name), []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	removeLeftovers()
	for name, kept := range files {
		_, err := os.Stat(filepath.Join(policyDir, name))
		if (err == nil) != kept {
			t.Errorf("%s: kept %v, want %v", name, err == nil, kept)
		}
	}
}
