package clipboard

import (
	"encoding/hex"
	"testing"
)

func TestHexString(t *testing.T) {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	for _, b := range [][]byte{nil, {0}, {0xff, 0x10, 0x0a}, all} {
		if got, want := hexString(b), hex.EncodeToString(b); got != want {
			t.Errorf("hexString(% x) = %q, want %q", b, got, want)
		}
	}
}
