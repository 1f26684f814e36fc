package diagnose

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tokenhelper/wasm/locale/localedir"
	"tokenhelper/wasm/soap"
)

var org = Org{
	ResetToken:      "https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home",
	LoginHistory:    "https://acme.lightning.force.com/lightning/settings/personal/LoginHistory/home",
	SessionSettings: "https://acme.lightning.force.com/lightning/setup/SecuritySession/home",
	Profiles:        "https://acme.lightning.force.com/lightning/setup/EnhancedProfiles/home",
	UserInterface:   "https://acme.lightning.force.com/lightning/setup/UserInterfaceUI/home",
}

// faultEnvelope is a fault as Salesforce sends it (HTTP 500).
func faultEnvelope(code, text string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="urn:fault.partner.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault><faultcode>sf:` + code + `</faultcode><faultstring>` + soap.Escape(text) + `</faultstring><detail><sf:LoginFault xsi:type="sf:LoginFault"><sf:exceptionCode>` + code + `</sf:exceptionCode><sf:exceptionMessage>` + soap.Escape(text) + `</sf:exceptionMessage></sf:LoginFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>`
}

const tokenText = "LOGIN_MUST_USE_SECURITY_TOKEN: Invalid username, password, security token; or user locked out. Are you at a new location? When accessing Salesforce--either via a desktop client or the API--from outside of your company's trusted networks, you must add a security token to your password to log in. To get your new security token, log in to Salesforce. From your personal settings, enter Reset My Security Token in the Quick Find box, then select Reset My Security Token."

// Every fault of facts §8 and §11: code, faultstring, cause, first link.
var faultCases = []struct {
	code, text, cause, link string
}{
	{"INVALID_LOGIN", "INVALID_LOGIN: Invalid username, password, security token; or user locked out.", InvalidLogin, org.LoginHistory},
	{"LOGIN_MUST_USE_SECURITY_TOKEN", tokenText, TokenMissing, org.ResetToken},
	{"INVALID_OPERATION", "INVALID_OPERATION: SOAP API login() is disabled by default in this org. Contact the org administrator to enable SOAP API login().", SOAPLoginDisabled, org.UserInterface},
	{"INVALID_OPERATION", "The SOAP Login operation is not available in the API version specified (65.0). Use a lower API version.", SOAPLoginVersion, ""},
	{"INVALID_SSO_GATEWAY_URL", "INVALID_SSO_GATEWAY_URL: the single sign on gateway url for the org is invalid", SSO, ""},
	{"LOGIN_DURING_RESTRICTED_DOMAIN", "LOGIN_DURING_RESTRICTED_DOMAIN: cannot log in from current domain", RestrictedIP, org.LoginHistory},
	{"API_CURRENTLY_DISABLED", "API_CURRENTLY_DISABLED: API is disabled for this User", APIDisabledUser, org.Profiles},
	{"API_DISABLED_FOR_ORG", "API_DISABLED_FOR_ORG: API is not enabled for this Organization or Partner", APIDisabledOrg, ""},
	{"INVALID_OPERATION_WITH_EXPIRED_PASSWORD", "INVALID_OPERATION_WITH_EXPIRED_PASSWORD: The users password has expired, you must call SetPassword before attempting any other API operations", PasswordExpired, ""},
	{"INSUFFICIENT_ACCESS", "INSUFFICIENT_ACCESS: insufficient access rights on object id", MissingPermission, org.Profiles},
	{"PASSWORD_LOCKOUT", "PASSWORD_LOCKOUT: User is locked out", Lockout, org.LoginHistory},
	{"LOGIN_DURING_RESTRICTED_TIME", "LOGIN_DURING_RESTRICTED_TIME: cannot log in at this time", RestrictedTime, org.Profiles},
	{"ORG_LOCKED", "ORG_LOCKED: organization is locked", APIDisabledOrg, ""},
	{"TRIAL_EXPIRED", "TRIAL_EXPIRED: trial period has expired", APIDisabledOrg, ""},
	{"UNKNOWN_EXCEPTION", "UNKNOWN_EXCEPTION: An unexpected error occurred. Please include this ErrorId if you contact support: 1234-5678", Unknown, ""},
}

// The Login History statuses of facts §11.
var statusCases = []struct{ status, cause, link string }{
	{"Failed: API security token required", TokenMissing, org.ResetToken},
	{"Invalid password", InvalidLogin, org.LoginHistory},
	{"Password lockout", Lockout, org.LoginHistory},
	{"Restricted IP", RestrictedIP, org.Profiles},
	{"Restricted time", RestrictedTime, org.Profiles},
	{"Failed: API-only user", MissingPermission, org.Profiles},
	{"User is frozen", Frozen, ""},
	{"User is inactive", Frozen, ""},
	{"Login rate exceeded", Lockout, org.LoginHistory},
	{"Two-factor required", TokenMissing, org.LoginHistory},
	{"Username-Password Flow Disabled", OAuthFlowBlocked, ""},
}

func check(t *testing.T, what, input, cause, link string) Diagnosis {
	t.Helper()
	d, ok := Decode(input, org)
	if !ok {
		t.Fatalf("%s: not decoded", what)
	}
	if d.Cause != cause {
		t.Errorf("%s: cause %s, want %s (rule %s)", what, d.Cause, cause, d.Text.Key)
	}
	first := ""
	if len(d.Links) > 0 {
		first = d.Links[0].Href
	}
	if first != link {
		t.Errorf("%s: first link %q, want %q", what, first, link)
	}
	if d.Text.Key == "" || d.Who.Key == "" {
		t.Errorf("%s: no text or who: %+v", what, d)
	}
	return d
}

func TestFaults(t *testing.T) {
	for _, c := range faultCases {
		// The XML, the faultstring alone, and a client's log line.
		d := check(t, c.code+" xml", faultEnvelope(c.code, c.text), c.cause, c.link)
		if d.Seen != c.code {
			t.Errorf("%s: seen %q", c.code, d.Seen)
		}
		check(t, c.code+" string", c.text, c.cause, c.link)
		check(t, c.code+" log", "simple_salesforce.exceptions.SalesforceAuthenticationFailed: "+c.code+": "+strings.TrimPrefix(c.text, c.code+": "), c.cause, c.link)
		if got := ForFault(c.code, c.text, org); got.Cause != c.cause {
			t.Errorf("ForFault(%s) = %s", c.code, got.Cause)
		}
	}
	// A bare INVALID_OPERATION: the org switched login() off.
	check(t, "bare INVALID_OPERATION", "INVALID_OPERATION", SOAPLoginDisabled, org.UserInterface)
	// jsforce's wrapper.
	check(t, "jsforce", "Error: "+tokenText, TokenMissing, org.ResetToken)
}

func TestLoginHistoryStatuses(t *testing.T) {
	for _, c := range statusCases {
		check(t, c.status, c.status, c.cause, c.link)
		check(t, c.status+" row", "12/1/2026, 9:12 AM\t203.0.113.7\tRemote\tSOAP Partner\t"+c.status+"\tJava (Salesforce.com)", c.cause, c.link)
		check(t, c.status+" lower", strings.ToLower(c.status), c.cause, c.link)
	}
}

func TestOAuth(t *testing.T) {
	for _, c := range []struct{ json, cause, link string }{
		{`{"error":"invalid_grant","error_description":"authentication failure"}`, OAuthFlowBlocked, org.LoginHistory},
		{"simple_salesforce: Error: {\n  \"error\" : \"invalid_grant\",\n  \"error_description\" : \"authentication failure\"\n}", OAuthFlowBlocked, org.LoginHistory},
		{`{"error":"unsupported_grant_type","error_description":"grant type not supported"}`, OAuthFlowBlocked, org.LoginHistory},
		{`{"error":"invalid_grant","error_description":"inactive user"}`, Frozen, ""},
		{`{"error":"invalid_client_id","error_description":"client identifier invalid"}`, Unknown, org.LoginHistory},
		{`{"error":"invalid_grant","error_description":"\u0041uthentication failure"}`, OAuthFlowBlocked, org.LoginHistory},
	} {
		check(t, c.json, c.json, c.cause, c.link)
	}
}

func TestOther(t *testing.T) {
	check(t, "network", "TypeError: Failed to fetch", Unknown, "")
	check(t, "noise", "something went wrong", Unknown, org.LoginHistory)
	if _, ok := Decode(" \n\t", org); ok {
		t.Error("blank input decoded")
	}
	// Without an org, no links.
	d, _ := Decode("INVALID_LOGIN", Org{})
	if len(d.Links) != 0 {
		t.Errorf("links without an org: %+v", d.Links)
	}
}

// Every key a diagnosis can name exists in the English catalogue, with
// the arguments it is given.
func TestKeysInCatalogue(t *testing.T) {
	dir, err := filepath.Abs("../../extension/_locales")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skip(err)
	}
	m, err := localedir.Read(filepath.Join(dir, "en"))
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{WhoUser, WhoAdmin, WhoSupport, "diagLinkReset", "diagLinkHistory", "diagLinkSession", "diagLinkProfiles", "diagLinkUI"}
	for _, r := range rules {
		keys = append(keys, r.key)
	}
	for _, k := range keys {
		if m.Text(k) == "" {
			t.Errorf("no English text for %s", k)
		}
	}
	for _, tx := range Retirement() {
		got := tx.In(m)
		for _, a := range tx.Args {
			if !strings.Contains(got, a) {
				t.Errorf("%s does not show %s: %q", tx.Key, a, got)
			}
		}
	}
}

func FuzzDecode(f *testing.F) {
	for _, c := range faultCases {
		f.Add(faultEnvelope(c.code, c.text))
		f.Add(c.text)
	}
	for _, c := range statusCases {
		f.Add(c.status)
	}
	for _, s := range []string{`{"error":"invalid_grant"}`, `{"error":"\u12`, `"error":`, `{"error":"a\"b"}`, "<Fault><faultcode>", "\xff"} {
		f.Add(s)
	}
	causes := map[string]bool{}
	for _, r := range rules {
		causes[r.cause] = true
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := Decode(s, org)
		if !ok {
			if strings.TrimSpace(s) != "" {
				t.Fatalf("Decode(%q) refused", s)
			}
			return
		}
		if !causes[d.Cause] || d.Text.Key == "" {
			t.Fatalf("Decode(%q) = %+v", s, d)
		}
	})
}
