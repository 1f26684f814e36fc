//go:build !js

package demoorg

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/xml"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// The demo org's partner SOAP API: login() and logout() on
// /services/Soap/u/<version> of a My Domain host, as Salesforce answers
// them (facts §8, §11): HTTP 200 with a LoginResult, or HTTP 500 with a
// fault whose texts are the real ones. The demo users' password and the
// token of their (demo) email:
const (
	DemoPassword = "hunter2!"
	DemoToken    = "aBcD3fGh1jKlMn0pQrStUvWxY"
)

// soapPath is the partner endpoint's prefix; the version follows.
const soapPath = "/services/Soap/u/"

// A fault as Salesforce words it.
type soapFault struct{ Code, Text string }

var (
	faultInvalidLogin = soapFault{"INVALID_LOGIN", "INVALID_LOGIN: Invalid username, password, security token; or user locked out."}
	faultNeedsToken   = soapFault{"LOGIN_MUST_USE_SECURITY_TOKEN", "LOGIN_MUST_USE_SECURITY_TOKEN: Invalid username, password, security token; or user locked out. Are you at a new location? When accessing Salesforce--either via a desktop client or the API--from outside of your company's trusted networks, you must add a security token to your password to log in. To get your new security token, log in to Salesforce. From your personal settings, enter Reset My Security Token in the Quick Find box, then select Reset My Security Token."}
	faultUnknown      = soapFault{"UNKNOWN_EXCEPTION", "UNKNOWN_EXCEPTION: An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-1234567890)"}
)

// faultUsers are demo users, one per fault, by the local part of their
// username (in any demo org: token.missing@acme.example). Texts whose
// wording the facts do not record are marked (demo wording).
var faultUsers = map[string]soapFault{
	"token.missing":     faultNeedsToken,
	"wrong.password":    faultInvalidLogin,
	"soap.disabled":     {"INVALID_OPERATION", "INVALID_OPERATION: SOAP API login() is disabled by default in this org. Contact the org administrator to enable SOAP API login()."},
	"sso.user":          {"INVALID_SSO_GATEWAY_URL", "INVALID_SSO_GATEWAY_URL: the single sign on gateway url for the org is invalid"},
	"restricted.domain": {"LOGIN_DURING_RESTRICTED_DOMAIN", "LOGIN_DURING_RESTRICTED_DOMAIN: cannot log in from current domain"},
	"api.disabled":      {"API_CURRENTLY_DISABLED", "API_CURRENTLY_DISABLED: API is disabled for this User"},
	"api.org":           {"API_DISABLED_FOR_ORG", "API_DISABLED_FOR_ORG: API is not enabled for this Organization or Partner"},
	"no.permission":     {"INSUFFICIENT_ACCESS", "INSUFFICIENT_ACCESS: the user does not have the Use Any API Auth permission (demo wording)"},
	"locked.out":        {"PASSWORD_LOCKOUT", "PASSWORD_LOCKOUT: User is locked out (demo wording)"},
	"restricted.time":   {"LOGIN_DURING_RESTRICTED_TIME", "LOGIN_DURING_RESTRICTED_TIME: cannot log in at this time (demo wording)"},
	"org.locked":        {"ORG_LOCKED", "ORG_LOCKED: organization is locked (demo wording)"},
	"trial.expired":     {"TRIAL_EXPIRED", "TRIAL_EXPIRED: trial has expired (demo wording)"},
}

// expiredUser logs in (HTTP 200) with passwordExpired true.
const expiredUser = "expired"

// SOAPCall is one request to the SOAP endpoint, as the tests see it. It
// keeps no password: only whether the one given was right.
type SOAPCall struct {
	Host      string // the Host header
	Path      string
	Op        string // "login", "logout", or "" when the body was neither
	Cookie    bool   // the request carried cookies
	Username  string
	Password  bool   // login: the password + token was right
	SessionID string // logout: the session it ended
	Status    int    // the HTTP status answered
	Code      string // the fault code answered, "" for none
	Action    string // the SOAPAction header
	Type      string // the Content-Type header
}

type soapLog struct {
	calls    []SOAPCall
	sessions map[string]string // session id -> org name
}

// SOAPCalls lists the SOAP requests since the start or the last ResetSOAP.
func (s *Server) SOAPCalls() []SOAPCall {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]SOAPCall(nil), s.soap.calls...)
}

// Sessions is the number of sessions that login() opened and logout()
// has not ended.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.soap.sessions)
}

// ResetSOAP forgets the recorded calls (sessions stay).
func (s *Server) ResetSOAP() {
	s.mu.Lock()
	s.soap.calls = nil
	s.mu.Unlock()
}

// serveSOAP answers a POST to the partner endpoint: on a demo org's My
// Domain host, or on a local address (127.0.0.1:<port>, for clients run
// without the browser's host mapping), where the username names the org.
// It reports whether the request was the endpoint's.
func (s *Server) serveSOAP(w http.ResponseWriter, r *http.Request, st site, known bool) bool {
	if !strings.HasPrefix(r.URL.Path, soapPath) || known && st.Kind != kindMyDomain || !known && !isLocalHost(r.Host) {
		return false
	}
	call := SOAPCall{Host: r.Host, Path: r.URL.Path, Cookie: r.Header.Get("Cookie") != "",
		Action: r.Header.Get("SOAPAction"), Type: r.Header.Get("Content-Type")}
	status, body := s.soapAnswer(r, st, known, &call)
	call.Status = status
	s.mu.Lock()
	s.soap.calls = append(s.soap.calls, call)
	s.mu.Unlock()
	w.Header().Set("Content-Type", "text/xml;charset=UTF-8")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body)
	return true
}

// soapEnvelope is what the demo reads of a request.
type soapEnvelope struct {
	Header struct {
		SessionID string `xml:"SessionHeader>sessionId"`
	} `xml:"Header"`
	Body struct {
		Login *struct {
			Username string `xml:"username"`
			Password string `xml:"password"`
		} `xml:"login"`
		Logout *struct{} `xml:"logout"`
	} `xml:"Body"`
}

func (s *Server) soapAnswer(r *http.Request, st site, known bool, call *SOAPCall) (int, string) {
	if r.Method != http.MethodPost {
		return http.StatusMethodNotAllowed, ""
	}
	version, _, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, soapPath), "/")
	raw, _ := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	var env soapEnvelope
	if err := xml.Unmarshal(raw, &env); err != nil {
		// An unescaped & in a password: Salesforce cannot parse the body.
		return fault(call, faultUnknown)
	}
	switch {
	case env.Body.Login != nil:
		call.Op, call.Username = "login", env.Body.Login.Username
		if v, err := strconv.ParseFloat(version, 64); err != nil || v >= 65 {
			return fault(call, soapFault{"INVALID_OPERATION", "INVALID_OPERATION: The SOAP Login operation is not available in the API version specified (" + version + "). Use a lower API version."})
		}
		return s.login(r, st, known, version, env.Body.Login.Username, env.Body.Login.Password, call)
	case env.Body.Logout != nil:
		call.Op, call.SessionID = "logout", env.Header.SessionID
		s.mu.Lock()
		_, ok := s.soap.sessions[env.Header.SessionID]
		delete(s.soap.sessions, env.Header.SessionID)
		s.mu.Unlock()
		if !ok {
			return fault(call, soapFault{"INVALID_SESSION_ID", "INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session"})
		}
		return http.StatusOK, `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com"><soapenv:Body><logoutResponse/></soapenv:Body></soapenv:Envelope>`
	}
	return fault(call, faultUnknown)
}

func (s *Server) login(r *http.Request, st site, known bool, version, username, password string, call *SOAPCall) (int, string) {
	local, domain, _ := strings.Cut(username, "@")
	o := st.Org
	if !known {
		o = orgOfUser(username)
	}
	if o == nil {
		return fault(call, faultInvalidLogin)
	}
	if f, ok := faultUsers[local]; ok && domain != "" {
		return fault(call, f)
	}
	expired := local == expiredUser && domain != ""
	if username != o.User.Username && !expired {
		return fault(call, faultInvalidLogin)
	}
	switch password {
	case DemoPassword + DemoToken:
		call.Password = true
	case DemoPassword:
		return fault(call, faultNeedsToken)
	default:
		return fault(call, faultInvalidLogin)
	}
	id := o.OrgID + "!AQ0AQ" + randHex(24)
	s.mu.Lock()
	if s.soap.sessions == nil {
		s.soap.sessions = map[string]string{}
	}
	s.soap.sessions[id] = o.Name
	s.mu.Unlock()
	// The server URL names the host the request reached: the org's My
	// Domain in the browser, the local address for a client without the
	// host mapping.
	base := "https://" + r.Host
	u := o.User
	if expired {
		u.Username, u.Name = username, "Erin Expired"
	}
	e := xmlText
	return http.StatusOK, `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><loginResponse><result>` +
		`<metadataServerUrl>` + base + `/services/Soap/m/` + version + `/` + o.OrgID + `</metadataServerUrl>` +
		`<passwordExpired>` + strconv.FormatBool(expired) + `</passwordExpired>` +
		`<sandbox>` + strconv.FormatBool(o.Sandbox) + `</sandbox>` +
		`<serverUrl>` + base + soapPath + version + `/` + o.OrgID + `</serverUrl>` +
		`<sessionId>` + id + `</sessionId>` +
		`<userId>0055j000001` + userSuffix(o) + `</userId>` +
		`<userInfo><accessibilityMode>false</accessibilityMode><currencySymbol>$</currencySymbol><orgAttachmentFileSizeLimit>5242880</orgAttachmentFileSizeLimit><orgDefaultCurrencyIsoCode>USD</orgDefaultCurrencyIsoCode><orgDisallowHtmlAttachments>false</orgDisallowHtmlAttachments><orgHasPersonAccounts>false</orgHasPersonAccounts>` +
		`<organizationId>` + o.OrgID + `</organizationId><organizationMultiCurrency>false</organizationMultiCurrency>` +
		`<organizationName>` + e(u.Company) + `</organizationName><profileId>00e5j000000AdmnAAA</profileId><roleId xsi:nil="true"/><sessionSecondsValid>7200</sessionSecondsValid><userDefaultCurrencyIsoCode xsi:nil="true"/>` +
		`<userEmail>` + e(u.Email) + `</userEmail><userFullName>` + e(u.Name) + `</userFullName><userId>0055j000001` + userSuffix(o) + `</userId>` +
		`<userLanguage>en_US</userLanguage><userLocale>en_US</userLocale><userName>` + e(u.Username) + `</userName><userTimeZone>Europe/London</userTimeZone><userType>Standard</userType><userUiSkin>Theme3</userUiSkin></userInfo>` +
		`</result></loginResponse></soapenv:Body></soapenv:Envelope>`
}

// orgOfUser is the org whose user this is, or, for a fault or expired
// user, the org of the username's domain (acme.example, acme.example.uat).
func orgOfUser(username string) *org {
	_, domain, _ := strings.Cut(username, "@")
	for _, o := range orgs {
		if o.User.Username == username {
			return o
		}
	}
	for _, o := range orgs {
		if _, d, _ := strings.Cut(o.User.Username, "@"); d == domain {
			return o
		}
	}
	return nil
}

func userSuffix(o *org) string {
	return strings.ToUpper(hex.EncodeToString([]byte(o.Name))[:6]) + "AAA"
}

// fault answers f as Salesforce does: HTTP 500 and a LoginFault.
func fault(call *SOAPCall, f soapFault) (int, string) {
	call.Code = f.Code
	t := xmlText(f.Text)
	return http.StatusInternalServerError, `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="urn:fault.partner.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault>` +
		`<faultcode>sf:` + f.Code + `</faultcode><faultstring>` + t + `</faultstring>` +
		`<detail><sf:LoginFault xsi:type="sf:LoginFault"><sf:exceptionCode>` + f.Code + `</sf:exceptionCode><sf:exceptionMessage>` + t + `</sf:exceptionMessage></sf:LoginFault></detail>` +
		`</soapenv:Fault></soapenv:Body></soapenv:Envelope>`
}

// xmlText escapes character data as Salesforce does: & < > only, so that
// a client reading the text raw (jsforce does) shows "company's".
var xmlText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace

// randHex is n random bytes in hex, for session ids.
func randHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
