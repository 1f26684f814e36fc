// Package soap speaks the two calls of Salesforce's partner SOAP API that
// the login test needs, login() and logout(): it builds their envelopes and
// reads their answers. It does no I/O, and it reads XML with a small
// tolerant tag reader rather than encoding/xml, which would add hundreds of
// kilobytes to the WebAssembly binary for two flat documents.
//
// Facts (shared/salesforce-facts.md §8, §11): POST to
// <login URL>/services/Soap/u/64.0 (65.0 and later refuse login()), with
// Content-Type text/xml; charset=UTF-8 and SOAPAction: login; a fault is
// HTTP 500 with faultcode sf:<CODE> and faultstring "<CODE>: <message>".
package soap

// Version is the partner API version of the login test: the last one that
// still offers login() (Data Loader pins it too).
const Version = "64.0"

// Path is the partner endpoint's path under a login or server host.
const Path = "/services/Soap/u/" + Version

// Headers of both calls, as Salesforce's clients send them.
const (
	ContentType  = "text/xml; charset=UTF-8"
	ActionLogin  = "login"
	ActionLogout = "logout"
)
