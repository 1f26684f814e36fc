//go:build js && wasm

// Package browser is the thin layer over the extension APIs (chrome.*) and
// JS promises, for the Go core. It translates; it does not decide.
package browser
