package soap

import "strings"

// Login is what a login() answer says. Exactly one of Result and Fault is
// set when OK reports true.
type Login struct {
	Result *Result
	Fault  *Fault
}

// Result is the part of LoginResult the test shows and needs. SessionID
// is only used to end the session at once; nothing keeps it.
type Result struct {
	ServerURL       string
	SessionID       string
	UserID          string
	PasswordExpired bool
	Sandbox         bool
	OrgID           string
	OrgName         string
	UserName        string
	UserFullName    string
}

// Fault is a SOAP fault: Code without its "sf:" prefix, and the
// faultstring as Salesforce wrote it.
type Fault struct {
	Code   string
	String string
}

// ParseLogin reads the body of a login() answer. A fault is recognised
// whatever the HTTP status (Salesforce sends 500); a result needs a
// server URL and a session id. It reports false for anything else, such
// as an HTML error page.
func ParseLogin(body string) (Login, bool) {
	if f, ok := ParseFault(body); ok {
		return Login{Fault: &f}, true
	}
	result, ok := element(body, "result")
	if !ok {
		return Login{}, false
	}
	info, _ := element(result, "userInfo")
	// Outside userInfo, which has a userId of its own.
	outer := strings.Replace(result, info, "", 1)
	r := Result{
		ServerURL:       text(outer, "serverUrl"),
		SessionID:       text(outer, "sessionId"),
		UserID:          text(outer, "userId"),
		PasswordExpired: text(outer, "passwordExpired") == "true",
		Sandbox:         text(outer, "sandbox") == "true",
		OrgID:           text(info, "organizationId"),
		OrgName:         text(info, "organizationName"),
		UserName:        text(info, "userName"),
		UserFullName:    text(info, "userFullName"),
	}
	if r.ServerURL == "" || r.SessionID == "" {
		return Login{}, false
	}
	return Login{Result: &r}, true
}

// ParseFault reads a SOAP fault anywhere in body. The code comes from
// faultcode, else from the detail's exceptionCode, else from the
// faultstring's "CODE:" prefix.
func ParseFault(body string) (Fault, bool) {
	fault, ok := element(body, "Fault")
	if !ok {
		return Fault{}, false
	}
	f := Fault{Code: localName(text(fault, "faultcode")), String: text(fault, "faultstring")}
	if f.Code == "" {
		f.Code = text(fault, "exceptionCode")
	}
	if f.Code == "" {
		f.Code = CodePrefix(f.String)
	}
	if f.Code == "" && f.String == "" {
		return Fault{}, false
	}
	return f, true
}

// CodePrefix is the exception code that starts a faultstring, such as
// "INVALID_LOGIN" in "INVALID_LOGIN: Invalid username, ...", or "".
func CodePrefix(s string) string {
	code, _, ok := strings.Cut(s, ":")
	if !ok || !IsCode(code) {
		return ""
	}
	return code
}

// IsCode reports whether s looks like a Salesforce exception code: upper
// case letters, digits and underscores, starting with a letter.
func IsCode(s string) bool {
	if len(s) < 3 || len(s) > 64 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

func text(doc, local string) string {
	s, _ := Text(doc, local)
	return s
}
