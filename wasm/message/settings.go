package message

// Settings are the options page's choices as stored in
// chrome.storage.local under SettingsKey. Plain fields with js tags: they
// cross through vert. What applies is computed from them (and from an
// administrator's policy) by package settings; storage holds them as the
// user saved them, possibly out of range from an older version.
type Settings struct {
	ClearSeconds int  `js:"clearSeconds"` // clear the clipboard this long after a copy
	HintsOff     bool `js:"hintsOff"`     // no in-page hints (highlights stay)
}

// SettingsKey is the storage.local key of the settings.
const SettingsKey = "settings"

// TokenKeyPrefix begins the chrome.storage.session key of every token the
// user asked to remember: the popup writes them, the worker forgets them
// all when a policy forbids remembering.
const TokenKeyPrefix = "token "
