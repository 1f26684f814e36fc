package settings

import (
	"testing"

	"tokenhelper/wasm/message"
)

func TestParseSeconds(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		prob string
	}{
		{"30", 30, ""}, {"5", 5, ""}, {"600", 600, ""},
		{"4", 0, "optionsSecondsRange"}, {"601", 0, "optionsSecondsRange"}, {"-1", 0, "optionsSecondsRange"},
		{"", 0, "optionsSecondsNotNumber"}, {"30s", 0, "optionsSecondsNotNumber"}, {" 30", 0, "optionsSecondsNotNumber"},
	} {
		n, prob := ParseSeconds(c.in)
		if n != c.n || prob != c.prob {
			t.Errorf("ParseSeconds(%q) = %d, %q; want %d, %q", c.in, n, prob, c.n, c.prob)
		}
	}
}

func TestNormalize(t *testing.T) {
	if s := Normalize(message.Settings{}); s.ClearSeconds != DefaultClear {
		t.Errorf("zero settings normalize to %+v", s)
	}
	if s := Normalize(message.Settings{ClearSeconds: 90, HintsOff: true}); s.ClearSeconds != 90 || !s.HintsOff {
		t.Errorf("valid settings changed: %+v", s)
	}
}
