// Package settings holds the user's options and their rules.
package settings

import "strconv"

// Settings are the options page's choices, stored in chrome.storage.local
// under Key. Plain fields with js tags: they cross through vert.
type Settings struct {
	ClearSeconds int  `js:"clearSeconds"` // clear the clipboard this long after a copy
	HintsOff     bool `js:"hintsOff"`     // no in-page hints (highlights stay)
}

// Key is the storage key of the settings.
const Key = "settings"

// Bounds of ClearSeconds: long enough to paste, short enough to matter.
const (
	MinClear     = 5
	MaxClear     = 600
	DefaultClear = 30
)

// Default is what a new install uses.
func Default() Settings { return Settings{ClearSeconds: DefaultClear} }

// Normalize returns s with a missing or out-of-range timeout replaced by
// the default: stored values may come from an older version.
func Normalize(s Settings) Settings {
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
