package clipboard

import (
	"crypto/sha256"
	"strings"
	"testing"
)

func sum(b []byte) []byte {
	h := sha256.Sum256(b)
	return h[:]
}

func TestSealHolds(t *testing.T) {
	const v = "hunter2aBcD3fGh1jKlMn0pQrStUvWxY"
	seal := Seal(v, []byte{1, 2, 3, 4}, sum)
	if strings.Contains(seal, v) || strings.Contains(seal, "hunter2") {
		t.Fatalf("the seal carries the value: %q", seal)
	}
	if !Holds(seal, v, sum) {
		t.Error("the sealed value does not match")
	}
	for _, other := range []string{"", v + " ", "hunter2", "something else"} {
		if Holds(seal, other, sum) {
			t.Errorf("%q matches the seal of another value", other)
		}
	}
	if Seal(v, []byte{1}, sum) == Seal(v, []byte{2}, sum) {
		t.Error("different salts give the same seal")
	}
	for _, bad := range []string{"", ":", "abc", ":abc", "abc:"} {
		if Holds(bad, v, sum) {
			t.Errorf("malformed seal %q matched", bad)
		}
	}
}
