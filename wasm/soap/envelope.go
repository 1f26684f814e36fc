package soap

import "strings"

// LoginRequest is the envelope of login(username, password), where
// password is the password with the token (or authenticator code)
// appended. Both are XML-escaped: an unescaped "&" would make Salesforce
// answer UNKNOWN_EXCEPTION, and "<" could change the request.
func LoginRequest(username, password string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>` +
		`<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/">` +
		`<env:Body><n1:login xmlns:n1="urn:partner.soap.sforce.com">` +
		`<n1:username>` + Escape(username) + `</n1:username>` +
		`<n1:password>` + Escape(password) + `</n1:password>` +
		`</n1:login></env:Body></env:Envelope>`
}

// LogoutRequest is the envelope of logout() for the session sessionID.
func LogoutRequest(sessionID string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>` +
		`<se:Envelope xmlns:se="http://schemas.xmlsoap.org/soap/envelope/">` +
		`<se:Header><SessionHeader xmlns="urn:partner.soap.sforce.com"><sessionId>` + Escape(sessionID) + `</sessionId></SessionHeader></se:Header>` +
		`<se:Body><logout xmlns="urn:partner.soap.sforce.com"/></se:Body></se:Envelope>`
}

// Escape makes s safe as XML character data: the five characters with a
// meaning in XML become references. Control characters other than tab and
// line breaks cannot appear in XML 1.0 at all; they are dropped rather
// than sent as something Salesforce rejects with a parse error that would
// hide the real answer. (A loop, not strings.NewReplacer, whose generic
// machinery costs the WebAssembly binary more than this function.)
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&apos;")
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0xFFFE, r == 0xFFFF:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
