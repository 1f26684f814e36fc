// Package endpoint says where a client logs in to an org: the login URL
// (the org's My Domain, never a Lightning or Setup host), the value of
// simple_salesforce's domain argument, and what other clients want, from
// the host of the tab the user is on (facts §1, §8, §11).
package endpoint

import (
	"strings"

	"tokenhelper/wasm/message"
	"tokenhelper/wasm/salesforce"
	"tokenhelper/wasm/soap"
)

// Endpoints are an org's login settings for clients.
type Endpoints = message.Endpoints

// For gives the endpoints of the org that h belongs to, whichever of its
// hosts h is. It reports false for hosts that name no org (login,
// test.salesforce.com, legacy instances, other Salesforce hosts).
//
// A proxy suffix (.mcas.ms) is dropped: clients reach Salesforce itself.
func For(h salesforce.Host) (Endpoints, bool) {
	if h.MyDomain == "" {
		return Endpoints{}, false
	}
	h.Proxy = ""
	host := h.MyDomainHost()
	if host == "" {
		return Endpoints{}, false
	}
	e := Endpoints{
		LoginURL: "https://" + host,
		Host:     host,
		SOAPURL:  "https://" + host + soap.Path,
		Sandbox:  h.Env() == "sandbox",
	}
	if d, ok := strings.CutSuffix(host, ".salesforce.com"); ok {
		e.Domain = d
	}
	return e, true
}

// LogoutURL is where to end the session that a login to the org md (with
// sandbox name sbx) returned with serverURL: the partner endpoint on the
// server URL's host. It reports false unless serverURL is an https URL of
// a My Domain host of that same org, with no port or user information,
// on the partner API path: a session id goes to nothing else.
func LogoutURL(md, sbx, serverURL string) (string, bool) {
	rest, ok := strings.CutPrefix(serverURL, "https://")
	if !ok || md == "" {
		return "", false
	}
	host, path, _ := strings.Cut(rest, "/")
	if strings.ContainsAny(host, ":@") || !strings.HasPrefix("/"+path, "/services/Soap/u/") {
		return "", false
	}
	h, ok := salesforce.ParseHost(host)
	if !ok || h.Family != salesforce.FamilyMyDomain || h.Proxy != "" || h.MyDomain != md || h.Sandbox != sbx {
		return "", false
	}
	return "https://" + h.Name + soap.Path, true
}

// Pages are the org's pages that explain a failed login, on the org of h:
// the user's Login History and reset page, and the admin's Session
// Settings, Profiles and User Interface settings. Zero without an org.
func Pages(h salesforce.Host, reset string) message.OrgPages {
	if h.MyDomain == "" {
		return message.OrgPages{}
	}
	return message.OrgPages{
		ResetToken:      reset,
		LoginHistory:    salesforce.PersonalURL(h, salesforce.PersonalLoginHistory),
		SessionSettings: salesforce.SetupURL(h, salesforce.SetupSessionSettings),
		Profiles:        salesforce.SetupURL(h, salesforce.SetupProfiles),
		UserInterface:   salesforce.SetupURL(h, salesforce.SetupUserInterface),
	}
}
