package worker

import "tokenhelper/wasm/settings"

// Policy is the administrator's side of the settings (docs/enterprise.md).
type Policy interface {
	// Admin returns what the administrator set (settings.Admin).
	Admin() map[string]any
	// ForgetTokens removes every token the user asked to remember.
	ForgetTokens()
}

// Settings are what applies now: the defaults, the user's options, then
// the administrator's policy, if any.
func (w *Worker) Settings() settings.Effective {
	var admin map[string]any
	if w.Policy != nil {
		admin = w.Policy.Admin()
	}
	return settings.Effect(w.Memory.Settings(), admin)
}

// Reapply enforces a policy read for the first time or changed: tokens
// remembered while it allowed them are forgotten once it does not.
// Hints follow by themselves, in the next answer to a page.
//
// It reads the policy alone: whether remembering is allowed does not
// depend on the user's options.
func (w *Worker) Reapply() {
	if w.Policy == nil {
		return
	}
	if !settings.Effect(settings.Default(), w.Policy.Admin()).RememberTokenAllowed {
		w.Policy.ForgetTokens()
	}
}
