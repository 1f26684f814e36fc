package guide

import (
	"strings"

	"tokenhelper/wasm/message"
	"tokenhelper/wasm/salesforce"
)

// Rule numbers: the index of each selector in Decision.Watch.
const (
	ruleResetLink = iota
	ruleSibling
	ruleGroup
	ruleResetForm
	ruleButton
)

// missingDelay is how long a "missing" verdict must hold before its hint
// shows: the tree may still be filling in.
const missingDelay = 1000

// Decision is what to do on one document.
type Decision struct {
	Watch     []string    // selectors, indexed by rule; nil: nothing to watch
	Input     string      // a text input whose value to report
	Highlight message.Ref // Rule -1: nothing
	State     string      // hint state; "" for none
	Delay     int         // milliseconds to wait before the hint shows
}

// none is the decision for a document that needs nothing.
var none = Decision{Highlight: message.Ref{Rule: -1}}

// Facts is what the content script reported about a document.
type Facts struct {
	Matches []message.Match
	Query   string
}

// Decide returns what to do on a document of page p, given the facts seen
// so far (none at first).
func Decide(p salesforce.Page, top bool, f Facts) Decision {
	switch {
	case !top && p.UI == salesforce.UILightning:
		return none
	case p.Kind == salesforce.KindResetDone:
		return resetDone(p, top)
	case p.UI == salesforce.UILightning:
		return lightning(p, f)
	case p.Kind == salesforce.KindResetEdit:
		return resetEdit(top, f)
	case p.Kind == salesforce.KindClassicPersonal && top && !p.Framed:
		return personal(ruleWatch(), "", f, message.StateResetLink)
	}
	return none
}

func lightning(p salesforce.Page, f Facts) Decision {
	switch p.Kind {
	case salesforce.KindResetPage:
		return personal(ruleWatch(), selQuickFind, f, message.StateResetPage)
	case salesforce.KindPersonalSettings, salesforce.KindChangePassword:
		return personal(ruleWatch(), selQuickFind, f, message.StateResetLink)
	case salesforce.KindSetupHome:
		d := none
		d.State = message.StateGoToSettings
		return d
	case salesforce.KindSetup:
		d := none
		d.Input = selQuickFind
		if TokenSearch(f.Query) {
			d.State = message.StateGoToSettings
		}
		return d
	}
	return none
}

// ruleWatch lists the selectors in rule order.
func ruleWatch() []string {
	return []string{selResetLink, selSibling, selGroup, selResetForm, selButton}
}

// resetDone: after a reset the top document says what comes next; a
// Classic confirmation framed in Lightning leaves that to its parent.
func resetDone(p salesforce.Page, top bool) Decision {
	if !top || p.Framed {
		return none
	}
	d := none
	d.State = message.StateResetDone
	return d
}

// personal decides on a page that shows the personal-settings tree: the
// reset entry is highlighted with the state found; while My Personal
// Information is collapsed, its expander; once the rest of the group has
// rendered without the entry, it is missing. A tree that shows none of
// these yet (still rendering, or filtered by Quick Find) gets nothing.
func personal(watch []string, input string, f Facts, found string) Decision {
	d := none
	d.Watch = watch[:ruleResetForm]
	d.Input = input
	searching := strings.TrimSpace(f.Query) != ""
	link, hasLink := pickResetLink(f.Matches)
	group, hasGroup := pickGroup(f.Matches)
	switch {
	case hasLink && !(collapsed(f.Matches, link) && hasGroup):
		d.Highlight = link
		d.State = found
	case hasLink, !searching && !sectionRendered(f.Matches) && hasGroup:
		// The entry is in a closed group (rendered but hidden), or the
		// group shows no leaves at all: it must be opened first.
		d.Highlight = group
		d.State = message.StateOpenSection
		d.Delay = missingDelay
	case !searching && sectionRendered(f.Matches):
		d.State = message.StateMissing
		d.Delay = missingDelay
	}
	return d
}

// collapsed reports whether the match r names sits in a group whose tree
// node says it is closed.
func collapsed(ms []message.Match, r message.Ref) bool {
	for _, m := range ms {
		if m.Rule == r.Rule && m.Index == r.Index {
			return m.Expanded == "false"
		}
	}
	return false
}

// pickGroup chooses the closed group to open: My Personal Information by
// its node id or Classic folder id, else the first closed group, since My
// Personal Information is the first group of the personal settings
// (docs/salesforce-pages.md §3.3).
func pickGroup(ms []message.Match) (message.Ref, bool) {
	return pick(ms, func(m *message.Match) bool { return m.Rule == ruleGroup }, "PersonalInfo", "PersonalInfo_font")
}

// resetEdit decides on the Classic reset page: highlight its button; the
// hint goes on the page only when it is the top document (inside
// Lightning, the shell around it carries the hint).
func resetEdit(top bool, f Facts) Decision {
	d := none
	d.Watch = ruleWatch()
	ref, ok := pickButton(f.Matches)
	if ok {
		d.Highlight = ref
	}
	if !top {
		return d
	}
	switch {
	case ok:
		d.State = message.StateResetPage
	case f.Matches != nil:
		// Facts came and there is no button: Salesforce shows this page
		// without one when the option is not available.
		d.State = message.StateMissing
		d.Delay = missingDelay
	}
	return d
}

// pickResetLink prefers the nav-tree entry, then any link to the reset
// page; never a link to the confirmation page, whose load resets.
func pickResetLink(ms []message.Match) (message.Ref, bool) {
	return pick(ms, func(m *message.Match) bool {
		return m.Rule == ruleResetLink && !salesforce.Dangerous(m.Href)
	}, "ResetApiToken", "ResetApiToken_font")
}

// pick returns the match that keep accepts and that carries the Lightning
// node id nodeID or the Classic element id classicID, else the first one
// keep accepts; Rule -1 and false when keep accepts none.
func pick(ms []message.Match, keep func(*message.Match) bool, nodeID, classicID string) (message.Ref, bool) {
	var first *message.Match
	for i := range ms {
		m := &ms[i]
		if !keep(m) {
			continue
		}
		if m.NodeID == nodeID || m.ID == classicID {
			return ref(m), true
		}
		if first == nil {
			first = m
		}
	}
	if first == nil {
		return message.Ref{Rule: -1}, false
	}
	return ref(first), true
}

// sectionRendered reports whether My Personal Information shows its other
// entries, expanded: only then does the reset entry's absence mean much.
func sectionRendered(ms []message.Match) bool {
	seen := false
	for _, m := range ms {
		if m.Rule != ruleSibling {
			continue
		}
		if m.Expanded == "false" {
			return false
		}
		seen = true
	}
	return seen
}

func ref(m *message.Match) message.Ref { return message.Ref{Rule: m.Rule, Index: m.Index} }
