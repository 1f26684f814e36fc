// Package diagnose explains what a Salesforce client said when a
// password+token login failed: a SOAP fault (its XML or its faultstring),
// an OAuth error (its JSON), or a status from the user's Login History.
// It names the cause, who can act, what to do, and the org's pages where
// that is done (facts §5, §8, §11).
package diagnose

import (
	"strings"

	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/soap"
)

// Causes, the data-cause values of the popup (test contract, "Popup:
// additions").
const (
	TokenMissing      = "token-missing"
	InvalidLogin      = "invalid-login"
	Lockout           = "lockout"
	PasswordExpired   = "password-expired"
	SOAPLoginDisabled = "soap-login-disabled"
	SOAPLoginVersion  = "soap-login-version"
	MissingPermission = "missing-permission"
	APIDisabledUser   = "api-disabled-user"
	APIDisabledOrg    = "api-disabled-org"
	RestrictedIP      = "restricted-ip"
	RestrictedTime    = "restricted-time"
	SSO               = "sso"
	OAuthFlowBlocked  = "oauth-flow-blocked"
	Frozen            = "frozen"
	Unknown           = "unknown"
)

// Who can act on a cause.
const (
	WhoUser    = "diagWhoUser"
	WhoAdmin   = "diagWhoAdmin"
	WhoSupport = "diagWhoSupport" // the admin, then Salesforce Support
)

// Org holds this org's pages that a diagnosis may link to; "" where the
// tab names no org.
type Org = message.OrgPages

// page names one of Org's pages.
type page int

const (
	pageReset page = iota
	pageHistory
	pageSession
	pageProfiles
	pageUI
)

func link(o Org, p page) Link {
	switch p {
	case pageReset:
		return Link{locale.T("diagLinkReset"), o.ResetToken}
	case pageHistory:
		return Link{locale.T("diagLinkHistory"), o.LoginHistory}
	case pageSession:
		return Link{locale.T("diagLinkSession"), o.SessionSettings}
	case pageProfiles:
		return Link{locale.T("diagLinkProfiles"), o.Profiles}
	}
	return Link{locale.T("diagLinkUI"), o.UserInterface}
}

// Link is a page of the org, with its label.
type Link struct {
	Label locale.Text
	Href  string
}

// Diagnosis is what the popup says about one error.
type Diagnosis struct {
	Cause string      // one of the causes above
	Seen  string      // what was recognised: a fault code, an OAuth error, a Login History status; "" for none
	Text  locale.Text // the cause and what to do
	Who   locale.Text
	Links []Link // only pages the org has
	// Retirement: the answer is about password+token logins as such, so
	// the popup says when they stop working.
	Retirement bool
}

// Decode explains input, what a client printed or Login History showed.
// It reports false for blank input.
func Decode(input string, org Org) (Diagnosis, bool) {
	s := strings.TrimSpace(input)
	if s == "" {
		return Diagnosis{}, false
	}
	if f, ok := soap.ParseFault(s); ok {
		return ForFault(f.Code, f.String, org), true
	}
	if e, ok := parseOAuth(s); ok {
		return forOAuth(e, org), true
	}
	return forText(s, org), true
}

// ForFault explains a SOAP fault: its code (without "sf:") and string.
func ForFault(code, faultstring string, org Org) Diagnosis {
	if r, ok := byCode[code]; ok && !rules[r].weak {
		return rules[r].diagnosis(code, org)
	}
	if r, ok := byPhrase(faultstring); ok {
		return r.diagnosis(code, org)
	}
	if r, ok := byCode[code]; ok {
		return rules[r].diagnosis(code, org)
	}
	if d := forText(faultstring, org); d.Cause != Unknown {
		return d
	}
	return rules[ruleUnknown].diagnosis(code, org)
}

// forText finds a Login History status, a known phrase or a known code
// in free text, such as a client's log line.
//
// A code decides before a phrase, since one fault's text may quote
// another's ("Invalid username, password, security token" starts both
// INVALID_LOGIN's and LOGIN_MUST_USE_SECURITY_TOKEN's), except a weak code
// such as INVALID_OPERATION, whose text tells what it means.
func forText(s string, org Org) Diagnosis {
	words := codeWords(s)
	for _, w := range words {
		if r, ok := byCode[w]; ok && !rules[r].weak {
			return rules[r].diagnosis(w, org)
		}
	}
	if r, ok := byPhrase(s); ok {
		return r.diagnosis(r.phraseSeen(s), org)
	}
	for _, w := range words {
		if r, ok := byCode[w]; ok {
			return rules[r].diagnosis(w, org)
		}
	}
	return rules[ruleUnknown].diagnosis("", org)
}

// codeWords are the words of s shaped like exception codes.
func codeWords(s string) []string {
	var words []string
	start := -1
	for i := 0; i <= len(s); i++ {
		in := i < len(s) && ('A' <= s[i] && s[i] <= 'Z' || '0' <= s[i] && s[i] <= '9' || s[i] == '_')
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			if w := s[start:i]; soap.IsCode(w) {
				words = append(words, w)
			}
			start = -1
		}
	}
	return words
}

// byPhrase finds the first rule one of whose phrases s contains, ignoring
// ASCII case.
func byPhrase(s string) (rule, bool) {
	low := asciiLower(s)
	for _, r := range rules {
		for _, p := range r.phrases {
			if strings.Contains(low, asciiLower(p)) {
				return r, true
			}
		}
	}
	return rule{}, false
}

// phraseSeen is the phrase of r that s contains, as the rule spells it.
func (r rule) phraseSeen(s string) string {
	low := asciiLower(s)
	for _, p := range r.phrases {
		if strings.Contains(low, asciiLower(p)) {
			return p
		}
	}
	return ""
}

func (r rule) diagnosis(seen string, org Org) Diagnosis {
	d := Diagnosis{Cause: r.cause, Seen: seen, Text: locale.T(r.key), Who: locale.T(r.who), Retirement: r.retire}
	for _, p := range r.links {
		if l := link(org, p); l.Href != "" {
			d.Links = append(d.Links, l)
		}
	}
	return d
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
