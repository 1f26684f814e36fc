// Package clipboard decides whether the clipboard still holds what the
// extension wrote, without the value itself crossing between contexts:
// the popup sends a salted digest, the offscreen document compares.
//
// The digest function comes from the caller: in the extension it is the
// browser's SHA-256 (crypto.subtle), which keeps Go's crypto packages, and
// their size, out of the WASM binary.
package clipboard

import "strings"

// Sum is a cryptographic digest, such as SHA-256.
type Sum func([]byte) []byte

// Seal returns "salt:digest" for value. The salt is random per copy, so
// the same credential never gives the same seal twice.
func Seal(value string, salt []byte, sum Sum) string {
	s := hexString(salt)
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
	return hexString(sum([]byte(salt + ":" + value)))
}

// hexString is hex.EncodeToString. encoding/hex imports fmt (for its
// error type), and fmt with its package init costs the WASM binary more
// than this whole package.
func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&0x0f])
	}
	return string(out)
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
