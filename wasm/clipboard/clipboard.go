// Package clipboard decides whether the clipboard still holds what the
// extension wrote, without the value itself crossing between contexts:
// the popup sends a salted digest, the offscreen document compares.
package clipboard

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"strings"
)

// Seal returns "salt:digest" for value. The salt is random per copy, so
// the same credential never gives the same seal twice.
func Seal(value string, salt []byte) string {
	s := hex.EncodeToString(salt)
	return s + ":" + digest(s, value)
}

// Holds reports whether text is the value that made seal.
func Holds(seal, text string) bool {
	salt, want, ok := strings.Cut(seal, ":")
	if !ok || salt == "" || want == "" {
		return false
	}
	got := digest(salt, text)
	return subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

func digest(salt, value string) string {
	h := sha256.Sum256([]byte(salt + ":" + value))
	return hex.EncodeToString(h[:])
}
