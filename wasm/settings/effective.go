package settings

import (
	"math"

	"tokenhelper/wasm/message"
)

// Admin is what an administrator set through the browser's policy engine
// (chrome.storage.managed), as the glue read it: each key's value as a Go
// value, float64 for a number, bool, string, or nil for anything else
// (null, an object, an array). Nothing in it is trusted: Chromium checks
// it against the manifest's schema, Firefox checks nothing. An alias, so
// that the glue needs no type from here.
type Admin = map[string]any

// The policy keys, as in the schema (build/managed_schema.go) and
// docs/enterprise.md.
const (
	PolicyClearSeconds  = "clearSeconds"
	PolicyRememberToken = "rememberTokenAllowed"
	PolicyHintsOff      = "hintsOff"
	PolicyLoginTest     = "loginTestAllowed"
)

// Effective is what applies: the defaults, then the user's settings, then
// the administrator's. Managed says which of them the administrator set;
// a managed control is locked.
type Effective struct {
	ClearSeconds         int     `js:"clearSeconds"`
	HintsOff             bool    `js:"hintsOff"`
	RememberTokenAllowed bool    `js:"rememberTokenAllowed"`
	LoginTestAllowed     bool    `js:"loginTestAllowed"`
	Managed              Managed `js:"managed"`
	// Ignored lists the policy keys whose value was unusable (wrong type,
	// out of range), for the console: they do not apply.
	Ignored []string `js:"ignored"`
}

// Keep returns what the options page saves: next, with each setting the
// administrator manages kept as the user had stored it, so that the
// user's own choice is back when the policy goes.
func Keep(stored, next message.Settings, m Managed) message.Settings {
	if m.ClearSeconds {
		next.ClearSeconds = stored.ClearSeconds
	}
	if m.HintsOff {
		next.HintsOff = stored.HintsOff
	}
	return next
}

// Managed tells, per setting, whether the administrator's value applies.
type Managed struct {
	ClearSeconds  bool `js:"clearSeconds"`
	HintsOff      bool `js:"hintsOff"`
	RememberToken bool `js:"rememberTokenAllowed"`
	LoginTest     bool `js:"loginTestAllowed"`
}

// Effect computes the settings that apply from the user's (as stored,
// normalized here) and the administrator's. An administrator's value of
// the wrong type or out of range is ignored, as if the key were absent:
// the user's setting, or the default, applies. Keys it does not know are
// ignored too (a newer policy template on an older version).
func Effect(user message.Settings, admin Admin) Effective {
	user = Normalize(user)
	e := Effective{
		ClearSeconds:         user.ClearSeconds,
		HintsOff:             user.HintsOff,
		RememberTokenAllowed: true,
		LoginTestAllowed:     true,
		Ignored:              []string{},
	}
	for _, k := range []string{PolicyClearSeconds, PolicyHintsOff, PolicyRememberToken, PolicyLoginTest} {
		v, ok := admin[k]
		if !ok {
			continue
		}
		if k == PolicyClearSeconds {
			n, ok := seconds(v)
			if !ok {
				e.Ignored = append(e.Ignored, k)
				continue
			}
			e.ClearSeconds, e.Managed.ClearSeconds = n, true
			continue
		}
		b, ok := v.(bool)
		if !ok {
			e.Ignored = append(e.Ignored, k)
			continue
		}
		switch k {
		case PolicyHintsOff:
			e.HintsOff, e.Managed.HintsOff = b, true
		case PolicyRememberToken:
			e.RememberTokenAllowed, e.Managed.RememberToken = b, true
		case PolicyLoginTest:
			e.LoginTestAllowed, e.Managed.LoginTest = b, true
		}
	}
	return e
}

// seconds accepts a whole number of seconds within the bounds the options
// page allows: the schema's "integer" is a JS number without a fraction.
func seconds(v any) (int, bool) {
	f, ok := v.(float64)
	if !ok || f != math.Trunc(f) || f < MinClear || f > MaxClear {
		return 0, false
	}
	return int(f), true
}
