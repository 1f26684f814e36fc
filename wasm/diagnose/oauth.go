package diagnose

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// oauthError is an OAuth token endpoint's error answer:
// {"error":"invalid_grant","error_description":"authentication failure"}.
type oauthError struct {
	Error, Description string
}

// parseOAuth reads the two fields of an OAuth error from s, which may be
// the JSON alone or a log line around it. It is a small reader of JSON
// strings, not a JSON parser: encoding/json would cost the WebAssembly
// binary far more than these two fields are worth.
func parseOAuth(s string) (oauthError, bool) {
	e, ok := jsonString(s, "error")
	if !ok || e == "" {
		return oauthError{}, false
	}
	d, _ := jsonString(s, "error_description")
	return oauthError{Error: e, Description: d}, true
}

// jsonString finds "key" followed by a colon and a string, and returns
// the string decoded.
func jsonString(s, key string) (string, bool) {
	quoted := `"` + key + `"`
	for i := 0; ; {
		k := strings.Index(s[i:], quoted)
		if k < 0 {
			return "", false
		}
		i += k + len(quoted)
		rest := strings.TrimLeft(s[i:], " \t\r\n")
		if !strings.HasPrefix(rest, ":") {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t\r\n")
		if !strings.HasPrefix(rest, `"`) {
			continue
		}
		if v, ok := readString(rest[1:]); ok {
			return v, true
		}
	}
}

// readString decodes a JSON string body up to its closing quote.
func readString(s string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			return b.String(), true
		case c != '\\':
			b.WriteByte(c)
		case i+1 >= len(s):
			return "", false
		default:
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case 'b', 'f':
			case 'u':
				if i+4 >= len(s) {
					return "", false
				}
				n, err := strconv.ParseUint(s[i+1:i+5], 16, 32)
				if err != nil {
					return "", false
				}
				r := rune(n)
				if !utf8.ValidRune(r) {
					r = utf8.RuneError
				}
				b.WriteRune(r)
				i += 4
			default:
				b.WriteByte(s[i])
			}
		}
	}
	return "", false
}

// forOAuth explains an OAuth error. The token endpoint answers a blocked
// username-password flow with the bare invalid_grant "authentication
// failure" that a wrong password also gets (facts §11); the flow is the
// first suspect, since it is off by default in newer orgs, and the text
// says how Login History tells the two apart.
func forOAuth(e oauthError, org Org) Diagnosis {
	seen := e.Error
	if e.Description != "" {
		seen += ": " + e.Description
	}
	desc := asciiLower(e.Description)
	switch {
	case strings.Contains(desc, "inactive"), strings.Contains(desc, "frozen"):
		return rules[ruleFrozen].diagnosis(seen, org)
	case e.Error == "invalid_grant" && strings.Contains(desc, "authentication failure"),
		e.Error == "unsupported_grant_type":
		d := rules[ruleOAuthBlocked].diagnosis(seen, org)
		if l := link(org, pageHistory); l.Href != "" {
			d.Links = append(d.Links, l)
		}
		return d
	}
	if d := forText(e.Description, org); d.Cause != Unknown {
		d.Seen = seen
		return d
	}
	return rules[ruleUnknown].diagnosis(seen, org)
}
