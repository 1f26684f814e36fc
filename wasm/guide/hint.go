package guide

import (
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/salesforce"
)

// Hint is a hint's text as message keys, resolved by the caller.
type Hint struct {
	Title locale.Text
	Lines []locale.Text
	Steps []locale.Text
	Links []Link
}

// Link is a hint's link: its text and a URL of this org, built from the
// page's host (never from page content).
type Link struct {
	Text locale.Text
	Href string
}

// clientSteps is the checklist of what used the old token.
var clientSteps = []locale.Text{
	locale.T("clientDataLoader"),
	locale.T("clientScripts"),
	locale.T("clientETL"),
	locale.T("clientOffice"),
}

// HintFor returns the text of a hint state on page p.
func HintFor(state string, p salesforce.Page) Hint {
	switch state {
	case message.StateResetLink:
		return Hint{
			Title: locale.T("hintResetLinkTitle"),
			Lines: []locale.Text{locale.T("hintResetLinkClick"), locale.T("hintResetEffect")},
		}
	case message.StateOpenSection:
		// Lightning names the group; Classic's folder label is not known
		// in every language (docs/salesforce-pages.md §5.2).
		click := locale.T("hintOpenSectionClick")
		if p.UI == salesforce.UIClassic {
			click = locale.T("hintOpenSectionClickClassic")
		}
		return Hint{
			Title: locale.T("hintOpenSectionTitle"),
			Lines: []locale.Text{click, locale.T("hintResetEffect")},
		}
	case message.StateResetPage:
		return resetPage(p)
	case message.StateResetDone:
		return Hint{
			Title: locale.T("hintDoneTitle"),
			Lines: []locale.Text{locale.T("hintDoneEmail"), locale.T("hintDonePopup"), locale.T("hintDoneNoReload")},
			Steps: clientSteps,
		}
	case message.StateGoToSettings:
		return goToSettings(p)
	case message.StateMissing:
		return missing(p)
	}
	return Hint{}
}

func resetPage(p salesforce.Page) Hint {
	h := Hint{
		Title: locale.T("hintResetPageTitle"),
		Lines: []locale.Text{
			locale.T("hintResetPageOldDies"),
			locale.T("hintResetPageEmail"),
			locale.T("hintResetPagePassword"),
			locale.T("hintResetPageUpdate"),
		},
		Steps: clientSteps,
	}
	if p.Host.Sandbox != "" || p.Host.Env() == "sandbox" {
		h.Lines = append(h.Lines, locale.T("hintSandbox"))
	}
	return h
}

func goToSettings(p salesforce.Page) Hint {
	h := Hint{
		Title: locale.T("hintSettingsTitle"),
		Lines: []locale.Text{locale.T("hintSettingsWhere")},
	}
	if u := salesforce.ResetURL(p.Host, salesforce.UILightning); u != "" {
		h.Links = []Link{{Text: locale.T("linkOpenReset"), Href: u}}
	}
	return h
}

// missing lists every documented cause, the most likely first, each
// saying who can act and what to do.
func missing(p salesforce.Page) Hint {
	h := Hint{
		Title: locale.T("hintMissingTitle"),
		Lines: []locale.Text{locale.T("hintMissingIntro")},
		Steps: []locale.Text{
			locale.T("causeLoginIPRanges"),
			locale.T("causeEditionIP"),
			locale.T("causeAPIOnly"),
			locale.T("causeMFA"),
			locale.T("causeOrgFeatures"),
			locale.T("causeNoneOfThese"),
		},
	}
	for _, l := range []struct{ key, id string }{
		{"linkProfiles", "EnhancedProfiles"},
		{"linkSessionSettings", "SecuritySession"},
		{"linkUsers", "ManageUsers"},
	} {
		if u := salesforce.SetupURL(p.Host, l.id); u != "" {
			h.Links = append(h.Links, Link{Text: locale.T(l.key), Href: u})
		}
	}
	return h
}
