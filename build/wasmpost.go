//go:build !js

package main

import "os"

// postLink rewrites the linked binary in place: its data segments packed
// (wasmdata.go), which the store zip compresses far better.
func postLink(path string) error {
	mod, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return os.WriteFile(path, packData(mod), 0o644)
}
