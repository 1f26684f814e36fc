// Package clipboard decides whether the clipboard still holds what the
// extension wrote, without the value itself crossing between contexts:
// the popup sends a salted digest, the offscreen document compares.
//
// The digest function comes from the caller: in the extension it is the
// browser's SHA-256 (crypto.subtle), which keeps Go's crypto packages, and
// their size, out of the WASM binary.
package clipboard

import (
	"encoding/hex"
	"strings"
)

// Sum is a cryptographic digest, such as SHA-256.
type Sum func([]byte) []byte

// Seal returns "salt:digest" for value. The salt is random per copy, so
// the same credential never gives the same seal twice.
func Seal(value string, salt []byte, sum Sum) string {
	s := hex.EncodeToString(salt)
	return s + ":" + digest(s, value, sum)
}

// Holds reports whether text is the value that made seal.
func Holds(seal, text string, sum Sum) bool {
	salt, want, ok := strings.Cut(seal, ":")
	if !ok || salt == "" || want == "" {
		return false
	}
	return equal(digest(salt, text, sum), want)
}

func digest(salt, value string, sum Sum) string {
	return hex.EncodeToString(sum([]byte(salt + ":" + value)))
}

// equal compares in time that does not depend on where a and b differ.
func equal(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var d byte
	for i := 0; i < len(a); i++ {
		d |= a[i] ^ b[i]
	}
	return d == 0
}
