// Package settings holds the user's options and their rules.
package settings

import (
	"strconv"

	"tokenhelper/wasm/message"
)

// Bounds of ClearSeconds: long enough to paste, short enough to matter.
const (
	MinClear     = 5
	MaxClear     = 600
	DefaultClear = 30
)

// Default is what a new install uses.
func Default() message.Settings { return message.Settings{ClearSeconds: DefaultClear} }

// Normalize returns s with a missing or out-of-range timeout replaced by
// the default: stored values may come from an older version.
func Normalize(s message.Settings) message.Settings {
	if s.ClearSeconds < MinClear || s.ClearSeconds > MaxClear {
		s.ClearSeconds = DefaultClear
	}
	return s
}

// ParseSeconds reads the options page's timeout field. The message key
// says what is wrong, with the bounds as arguments.
func ParseSeconds(field string) (int, string) {
	n, err := strconv.Atoi(field)
	if err != nil {
		return 0, "optionsSecondsNotNumber"
	}
	if n < MinClear || n > MaxClear {
		return 0, "optionsSecondsRange"
	}
	return n, ""
}
