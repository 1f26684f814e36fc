// Package vert provides WebAssembly interop between Go and JS values.
package vert
