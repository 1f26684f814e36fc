package diagnose

import "tokenhelper/wasm/locale"

// The end of password+token logins, as Salesforce has announced it (KB
// 005132110 "Platform SOAP API login() Retirement", the login() reference,
// the OAuth username-password flow's help page; facts §8, §11). These are
// announcements, not events: the one place to change when Salesforce moves
// a date. Release names are Salesforce's own and are not translated.
const (
	// SOAPOffFrom: SOAP login() is disabled by default in orgs created in
	// this release or later (Setup → User Interface → Enable SOAP API
	// login()), and callers need the Use Any API Auth permission.
	SOAPOffFrom = "Winter '26"
	// SOAPRetired: login() is retired for API 31.0–64.0 (it is already
	// absent from 65.0).
	SOAPRetired = "Summer '27"
	// OAuthBlockedSince: the OAuth 2.0 username-password flow is blocked by
	// default in orgs created in this release or later.
	OAuthBlockedSince = "Summer '23"
	// OAuthRetired: the username-password flow is announced for retirement.
	OAuthRetired = "Winter '27"
)

// Retirement says when password+token stops working and what to move to,
// as shown wherever the popup explains password+token.
func Retirement() []locale.Text {
	return []locale.Text{
		locale.T("retireSOAP", SOAPOffFrom, SOAPRetired),
		locale.T("retireOAuth", OAuthBlockedSince, OAuthRetired),
		locale.T("retireMove"),
	}
}
