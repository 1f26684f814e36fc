package worker

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"tokenhelper/wasm/guide"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/salesforce"
)

// Limits on a request from a page. A content script describes a page that
// may be hostile, and a compromised renderer may send anything at all;
// nothing a real Salesforce page gives comes near these.
const (
	maxURL     = 8 << 10 // bytes of the document's URL
	maxMatches = 500     // matches in one facts request
	maxText    = 2 << 10 // bytes of any other string the worker reads
)

// validate checks a request that did not come from an extension page and
// returns it as the worker may use it, or an error that says what is wrong.
//
// What the worker reads is refused when it is not sane, never cut: a link
// cut short could lose the part that makes it [salesforce.Dangerous]. The
// matches whose link leaves the page's org are dropped.
func validate(req message.Request, from message.Sender) (message.Request, error) {
	switch req.Kind {
	case message.KindPage, message.KindFacts, message.KindClose:
	default:
		return req, errors.New("request kind " + strconv.Quote(cut(req.Kind, 32)) + " is not accepted from a page")
	}
	if req.To != "" || req.Tab != 0 || req.Seconds != 0 || req.Seal != "" || req.Check {
		return req, errors.New("a page request carries popup fields")
	}
	if req.Top != (from.Frame == 0) {
		return req, errors.New("top does not match the sender's frame")
	}
	if err := checkURL(req.URL); err != nil {
		return req, err
	}
	if err := checkSender(req.URL, from.URL); err != nil {
		return req, err
	}
	if err := checkState(req); err != nil {
		return req, err
	}
	if err := checkFacts(req); err != nil {
		return req, err
	}
	req.Matches = onOrg(req)
	return req, nil
}

func checkURL(s string) error {
	if len(s) > maxURL {
		return errors.New("URL longer than 8 KB")
	}
	if !isHTTPS(s) {
		return errors.New("URL is not https")
	}
	return nil
}

// isHTTPS reports whether s starts with the https scheme, in any case.
func isHTTPS(s string) bool {
	return len(s) >= 8 && strings.EqualFold(s[:8], "https://")
}

// checkState allows a state only where the user closed a hint, and only
// one that exists: each closed state becomes a key in storage.local.
func checkState(req message.Request) error {
	if req.Kind != message.KindClose {
		if req.State != "" {
			return errors.New("state outside a close request")
		}
		return nil
	}
	switch req.State {
	case message.StateResetLink, message.StateResetPage, message.StateResetDone, message.StateGoToSettings, message.StateMissing,
		message.StateOpenSection:
		return nil
	}
	return errors.New("unknown hint state " + strconv.Quote(cut(req.State, 32)))
}

// checkFacts checks the matches against the plan the page was given: a
// rule names one of its selectors, an index one of that selector's
// matches, all of which are reported, each once.
func checkFacts(req message.Request) error {
	if req.Kind != message.KindFacts {
		if len(req.Matches) > 0 || req.Query != "" {
			return errors.New("facts outside a facts request")
		}
		return nil
	}
	n := len(req.Matches)
	if n > maxMatches {
		return errors.New(strconv.Itoa(n) + " matches, more than " + strconv.Itoa(maxMatches))
	}
	if len(req.Query) > maxText {
		return errors.New("query longer than 2 KB")
	}
	rules := planSize(req)
	seen := make(map[message.Ref]bool, n)
	for i, m := range req.Matches {
		err := checkMatch(m, rules, n)
		if ref := (message.Ref{Rule: m.Rule, Index: m.Index}); err == nil && seen[ref] {
			// The highlight names a match by these two: a second one
			// could stand for the first.
			err = errors.New("the same rule and index as another match")
		} else {
			seen[ref] = true
		}
		if err != nil {
			return errors.New("match " + strconv.Itoa(i) + ": " + err.Error())
		}
	}
	return nil
}

// planSize is how many selectors the page was given to watch: the plan of
// a document depends on its URL and frame only, not on the facts.
func planSize(req message.Request) int {
	p, ok := salesforce.Classify(req.URL)
	if !ok {
		return 0
	}
	return len(guide.Decide(p, req.Top, guide.Facts{}).Watch)
}

func checkMatch(m message.Match, rules, n int) error {
	if m.Rule < 0 || m.Rule >= rules {
		return errors.New("rule " + strconv.Itoa(m.Rule) + " outside the plan's " + strconv.Itoa(rules) + " selectors")
	}
	if m.Index < 0 || m.Index >= n {
		return errors.New("index " + strconv.Itoa(m.Index) + " out of range")
	}
	for _, f := range []struct{ name, s string }{
		{"id", m.ID}, {"href", m.Href}, {"node id", m.NodeID}, {"title", m.Title},
		{"value", m.Value}, {"name", m.Name}, {"expanded", m.Expanded},
	} {
		if len(f.s) > maxText {
			return errors.New(f.name + " longer than 2 KB")
		}
	}
	return nil
}

// onOrg returns the matches whose link stays in the page's org: an https
// URL on one of its hosts, or none (a button). A page may hold links that
// look like the reset entry and lead elsewhere (javascript:, data:,
// another host, a <base> that moves relative links); the content script
// reports each link as the browser resolved it, and the extension must
// never point the user at one that leaves the org.
func onOrg(req message.Request) []message.Match {
	if len(req.Matches) == 0 {
		return req.Matches
	}
	page, ok := salesforce.Classify(req.URL)
	if !ok {
		return nil
	}
	keep := make([]message.Match, 0, len(req.Matches))
	for _, m := range req.Matches {
		if m.Href == "" || inOrg(page.Host, m.Href) {
			keep = append(keep, m)
		}
	}
	return keep
}

// inOrg reports whether the absolute URL href leads to an https page of
// the org of the host page.
func inOrg(page salesforce.Host, href string) bool {
	p, ok := salesforce.Classify(href)
	return ok && isHTTPS(href) && OrgKey(p.Host) == OrgKey(page)
}

// cut shortens s to at most n bytes without splitting a character.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
