//go:build !js

package policy

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// policyDir is where Chromium on Linux reads mandatory policies: every
// *.json file, merged, at start and when one changes. A variable for the
// guard's own test only.
var policyDir = "/etc/chromium/policies/managed"

// policyPrefix names our files there. The pid after it says which test
// process wrote one, so that a later run can tell a leftover.
const policyPrefix = "tokenhelper-e2e-"

// unpackedID is the id Chromium gives an unpacked extension: the first
// 16 bytes of the SHA-256 of its absolute path, written with the
// letters a to p for the hex digits.
func unpackedID(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if abs, err = filepath.EvalSymlinks(abs); err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(abs))
	h := hex.EncodeToString(sum[:16])
	var b strings.Builder
	for _, c := range h {
		if c <= '9' {
			b.WriteByte(byte('a' + c - '0'))
		} else {
			b.WriteByte(byte('a' + 10 + c - 'a'))
		}
	}
	return b.String(), nil
}

// policyFile is this process's policy file.
func policyFile() string {
	return filepath.Join(policyDir, policyPrefix+strconv.Itoa(os.Getpid())+".json")
}

// writePolicy sets the policy of extension id to values, atomically: the
// browser watches the folder and must never read half a file.
func writePolicy(id string, values map[string]any) error {
	data, err := json.MarshalIndent(map[string]any{
		"3rdparty": map[string]any{"extensions": map[string]any{id: values}},
	}, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(policyDir, 0o755); err != nil {
		return err
	}
	tmp := filepath.Join(policyDir, "."+policyPrefix+strconv.Itoa(os.Getpid()))
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, policyFile())
}

// removePolicy removes this process's policy file, if any.
func removePolicy() {
	os.Remove(policyFile())
	os.Remove(filepath.Join(policyDir, "."+policyPrefix+strconv.Itoa(os.Getpid())))
}

// removeLeftovers removes the policy files of test processes that are no
// longer running (killed before their cleanup ran): a machine's policy
// folder is no place to leave them.
func removeLeftovers() {
	entries, _ := os.ReadDir(policyDir)
	for _, e := range entries {
		name := strings.TrimPrefix(e.Name(), ".")
		rest, ok := strings.CutPrefix(name, policyPrefix)
		if !ok {
			continue
		}
		pid, err := strconv.Atoi(strings.TrimSuffix(rest, ".json"))
		if err != nil || pid == os.Getpid() {
			continue
		}
		if syscall.Kill(pid, 0) == syscall.ESRCH {
			os.Remove(filepath.Join(policyDir, e.Name()))
		}
	}
}

// removeOnSignal removes the file when the test binary is interrupted
// (Ctrl-C, SIGTERM): deferred calls
// and cleanups do not run then.
func removeOnSignal() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-ch
		removePolicy()
		signal.Reset()
		p, _ := os.FindProcess(os.Getpid())
		p.Signal(s)
	}()
}
