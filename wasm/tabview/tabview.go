// Package tabview decides what the popup says about the active tab.
package tabview

import (
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/message"
)

// View is the popup's tab section.
type View struct {
	State   string // for the page: "none", "org", "here", "missing", "done"
	Summary locale.Text
	Detail  locale.Text // Key "" for none
	Open    bool        // offer to open this org's reset page
}

// Describe turns the worker's status of a tab into what the popup says.
func Describe(s message.Status) View {
	if !s.Salesforce {
		return View{State: "none", Summary: locale.T("tabNotSalesforce"), Detail: locale.T("tabNotSalesforceHelp")}
	}
	v := View{State: "org", Summary: orgLine(s), Open: s.ResetURL != ""}
	switch s.State {
	case message.StateResetLink, message.StateOpenSection:
		v.State, v.Detail = "here", locale.T("tabResetHere")
	case message.StateResetPage:
		v.State, v.Detail, v.Open = "here", locale.T("tabOnResetPage"), false
	case message.StateMissing:
		// The reset page would not offer it either.
		v.State, v.Detail, v.Open = "missing", locale.T("tabMissing"), false
	case message.StateResetDone:
		v.State, v.Detail = "done", locale.T("tabResetDone")
	default:
		if s.Org == "" {
			v.Detail = locale.T("tabNoOrg")
		}
	}
	return v
}

// orgLine names the org, its environment and its UI.
func orgLine(s message.Status) locale.Text {
	ui := locale.T("tabUIClassic")
	if s.UI == "lightning" {
		ui = locale.T("tabUILightning")
	}
	switch {
	case s.Org == "":
		return locale.T("tabSalesforceNoOrg")
	case s.Sandbox != "":
		return locale.T("tabOrgSandbox", s.Org, s.Sandbox).With(ui)
	default:
		return locale.T("tabOrg", s.Org).With(locale.T(envKey(s.Env)), ui)
	}
}

func envKey(env string) string {
	switch env {
	case "sandbox", "scratch", "developer", "patch", "demo", "trailblaze", "free":
		return "env_" + env
	}
	return "env_production"
}

// Follows tells whether a popup opened on a tab whose status was first
// shows now, the tab's status after a change: only within the same org
// (Key), since the token being assembled, what is remembered and the
// client settings belong to the org the popup opened on. A tab whose
// first status named no org is not followed.
func Follows(first, now message.Status) bool {
	return first.Key != "" && now.Key == first.Key
}
