package soap

import (
	"strings"
	"testing"
)

// loginOK is the shape of a real LoginResult (login() reference), with
// the demo org's values.
const loginOK = `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><loginResponse><result><metadataServerUrl>https://acme.my.salesforce.com/services/Soap/m/64.0/00D5j000000AcmeEAC</metadataServerUrl><passwordExpired>false</passwordExpired><sandbox>false</sandbox><serverUrl>https://acme.my.salesforce.com/services/Soap/u/64.0/00D5j000000AcmeEAC</serverUrl><sessionId>00D5j000000AcmeEAC!AQ0AQ.abc&amp;def</sessionId><userId>0055j000001AlexAAA</userId><userInfo><accessibilityMode>false</accessibilityMode><currencySymbol>$</currencySymbol><orgAttachmentFileSizeLimit>5242880</orgAttachmentFileSizeLimit><orgDefaultCurrencyIsoCode>USD</orgDefaultCurrencyIsoCode><orgDisallowHtmlAttachments>false</orgDisallowHtmlAttachments><orgHasPersonAccounts>false</orgHasPersonAccounts><organizationId>00D5j000000AcmeEAC</organizationId><organizationMultiCurrency>false</organizationMultiCurrency><organizationName>Acme Corporation &amp; Co</organizationName><profileId>00e5j000000AdmnAAA</profileId><roleId xsi:nil="true"/><sessionSecondsValid>7200</sessionSecondsValid><userDefaultCurrencyIsoCode xsi:nil="true"/><userEmail>alex.admin@acme.example</userEmail><userFullName>Alex Admin</userFullName><userId>0055j000001AlexXXX</userId><userLanguage>en_US</userLanguage><userLocale>en_US</userLocale><userName>alex.admin@acme.example</userName><userTimeZone>Europe/London</userTimeZone><userType>Standard</userType><userUiSkin>Theme3</userUiSkin></userInfo></result></loginResponse></soapenv:Body></soapenv:Envelope>`

func fault(code, text string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="urn:fault.partner.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault><faultcode>sf:` + code + `</faultcode><faultstring>` + Escape(text) + `</faultstring><detail><sf:LoginFault xsi:type="sf:LoginFault"><sf:exceptionCode>` + code + `</sf:exceptionCode><sf:exceptionMessage>` + Escape(text) + `</sf:exceptionMessage></sf:LoginFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>`
}

func TestParseLoginResult(t *testing.T) {
	l, ok := ParseLogin(loginOK)
	if !ok || l.Result == nil || l.Fault != nil {
		t.Fatalf("ParseLogin = %+v, %v", l, ok)
	}
	want := Result{
		ServerURL:    "https://acme.my.salesforce.com/services/Soap/u/64.0/00D5j000000AcmeEAC",
		SessionID:    "00D5j000000AcmeEAC!AQ0AQ.abc&def",
		UserID:       "0055j000001AlexAAA",
		OrgID:        "00D5j000000AcmeEAC",
		OrgName:      "Acme Corporation & Co",
		UserName:     "alex.admin@acme.example",
		UserFullName: "Alex Admin",
	}
	if *l.Result != want {
		t.Errorf("got %+v\nwant %+v", *l.Result, want)
	}
	expired := strings.Replace(strings.Replace(loginOK, "<passwordExpired>false", "<passwordExpired>true", 1), "<sandbox>false", "<sandbox>true", 1)
	l, _ = ParseLogin(expired)
	if !l.Result.PasswordExpired || !l.Result.Sandbox {
		t.Errorf("expired sandbox: %+v", l.Result)
	}
}

// The fault texts of shared/salesforce-facts.md §8 and §11.
var faults = []struct{ code, text string }{
	{"INVALID_LOGIN", "INVALID_LOGIN: Invalid username, password, security token; or user locked out."},
	{"LOGIN_MUST_USE_SECURITY_TOKEN", "LOGIN_MUST_USE_SECURITY_TOKEN: Invalid username, password, security token; or user locked out. Are you at a new location? When accessing Salesforce--either via a desktop client or the API--from outside of your company's trusted networks, you must add a security token to your password to log in. To get your new security token, log in to Salesforce. From your personal settings, enter Reset My Security Token in the Quick Find box, then select Reset My Security Token."},
	{"INVALID_OPERATION", "INVALID_OPERATION: SOAP API login() is disabled by default in this org. Contact the org administrator to enable SOAP API login()."},
	{"INVALID_OPERATION", "The SOAP Login operation is not available in the API version specified (65.0)."},
	{"INVALID_SSO_GATEWAY_URL", "INVALID_SSO_GATEWAY_URL: the single sign on gateway url for the org is invalid"},
	{"LOGIN_DURING_RESTRICTED_DOMAIN", "LOGIN_DURING_RESTRICTED_DOMAIN: cannot log in from current domain"},
	{"API_CURRENTLY_DISABLED", "API_CURRENTLY_DISABLED: API is disabled for this User"},
	{"API_DISABLED_FOR_ORG", "API_DISABLED_FOR_ORG: API is not enabled for this Organization or Partner"},
	{"INVALID_OPERATION_WITH_EXPIRED_PASSWORD", "INVALID_OPERATION_WITH_EXPIRED_PASSWORD: The users password has expired, you must call SetPassword before attempting any other API operations"},
}

func TestParseFault(t *testing.T) {
	for _, c := range faults {
		l, ok := ParseLogin(fault(c.code, c.text))
		if !ok || l.Fault == nil {
			t.Fatalf("%s: %+v %v", c.code, l, ok)
		}
		if l.Fault.Code != c.code || l.Fault.String != c.text {
			t.Errorf("%s: got %+v", c.code, *l.Fault)
		}
	}
	// No faultcode: the detail, then the faultstring's prefix.
	f, ok := ParseFault(`<Fault><faultstring>PASSWORD_LOCKOUT: locked</faultstring></Fault>`)
	if !ok || f.Code != "PASSWORD_LOCKOUT" {
		t.Errorf("prefix: %+v %v", f, ok)
	}
	for _, bad := range []string{"", "<html><body>Bad gateway</body></html>", "<result><sessionId>x</sessionId></result>", "<Fault>", "<Fault></Fault>"} {
		if l, ok := ParseLogin(bad); ok {
			t.Errorf("ParseLogin(%q) = %+v, true", bad, l)
		}
	}
}

func TestReaderTolerance(t *testing.T) {
	for _, c := range []struct{ doc, local, want string }{
		{`<a:x attr=">">v</a:x>`, "x", "v"},
		{`<!-- <x>no</x> --><x>yes</x>`, "x", "yes"},
		{`<x><![CDATA[a<b&c]]></x>`, "x", "a<b&c"},
		{`<x>&#65;&#x42;&lt;&unknown;</x>`, "x", "AB<&unknown;"},
		{`<x><x>in</x>out</x>`, "x", "inout"},
		{`<x/>`, "x", ""},
		{`<xy>no</xy><x >yes</x >`, "x", "yes"},
		{"<x>\n  padded \n</x>", "x", "padded"},
	} {
		if got, ok := Text(c.doc, c.local); !ok || got != c.want {
			t.Errorf("Text(%q, %q) = %q, %v; want %q", c.doc, c.local, got, ok, c.want)
		}
	}
}

func TestLoginRequestEscapes(t *testing.T) {
	env := LoginRequest(`a&b<"c">`, "p&ss<w>rd'\"\x00TOKEN")
	for _, want := range []string{"<n1:username>a&amp;b&lt;&quot;c&quot;&gt;</n1:username>", "<n1:password>p&amp;ss&lt;w&gt;rd&apos;&quot;TOKEN</n1:password>", `xmlns:n1="urn:partner.soap.sforce.com"`} {
		if !strings.Contains(env, want) {
			t.Errorf("envelope lacks %s:\n%s", want, env)
		}
	}
	// What it sends, read back, is what was given.
	if u, _ := Text(env, "username"); u != `a&b<"c">` {
		t.Errorf("username read back as %q", u)
	}
	out := LogoutRequest("00D!x&y")
	if s, _ := Text(out, "sessionId"); s != "00D!x&y" || !strings.Contains(out, "<logout xmlns=\"urn:partner.soap.sforce.com\"/>") {
		t.Errorf("logout: %s", out)
	}
}

func FuzzParseLogin(f *testing.F) {
	f.Add(loginOK)
	for _, c := range faults {
		f.Add(fault(c.code, c.text))
	}
	for _, s := range []string{"", "<", "<Fault", "<![CDATA[", "<!--", "<?", "<x a='>", "&#xFFFFFFFF;", "<result><serverUrl>u</serverUrl><sessionId>s</sessionId></result>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		l, ok := ParseLogin(body)
		if !ok {
			return
		}
		if (l.Result == nil) == (l.Fault == nil) {
			t.Fatalf("result and fault: %+v", l)
		}
		if l.Result != nil && (l.Result.ServerURL == "" || l.Result.SessionID == "") {
			t.Fatalf("result without server URL or session: %+v", l.Result)
		}
	})
}

func FuzzEscape(f *testing.F) {
	for _, s := range []string{"", "a&b", "<>\"'", "\x00\x1f", "ü€", "&amp;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := Escape(s)
		if strings.ContainsAny(e, "<>\"'") {
			t.Fatalf("Escape(%q) = %q", s, e)
		}
		back, ok := Text("<x>"+e+"</x>", "x")
		if !ok {
			t.Fatalf("no read back of %q", e)
		}
		clean := strings.TrimSpace(strings.Map(func(r rune) rune {
			if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
				return -1
			}
			return r
		}, s))
		if back != clean {
			t.Fatalf("Escape(%q) read back as %q", s, back)
		}
	})
}
