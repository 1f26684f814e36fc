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

// escaper replaces the five characters with a meaning in XML. Control
// characters other than tab and line breaks cannot appear in XML 1.0 at
// all; they are dropped rather than sent as something Salesforce rejects
// with a parse error that would hide the real answer.
var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")

// Escape makes s safe as XML character data.
func Escape(s string) string {
	clean := strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, s)
	return escaper.Replace(clean)
}
