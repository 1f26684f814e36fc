//go:build !js

package demoorg

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"tokenhelper/wasm/soap"
)

func post(t *testing.T, s *Server, target, body string) resp {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, target, strings.NewReader(body))
	req.Header.Set("Content-Type", soap.ContentType)
	req.Header.Set("SOAPAction", soap.ActionLogin)
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	return resp{Code: rec.Code, Header: rec.Result().Header, Body: rec.Body.String()}
}

const acmeSOAP = "https://acme.my.salesforce.com" + soap.Path

func TestSOAPLoginAndLogout(t *testing.T) {
	s := New()
	r := post(t, s, acmeSOAP, soap.LoginRequest("alex.admin@acme.example", DemoPassword+DemoToken))
	l, ok := soap.ParseLogin(r.Body)
	if r.Code != http.StatusOK || !ok || l.Result == nil {
		t.Fatalf("login: %d %s", r.Code, r.Body)
	}
	res := l.Result
	if res.ServerURL != "https://acme.my.salesforce.com/services/Soap/u/64.0/00D5j000000AcmeEAC" || res.Sandbox || res.PasswordExpired ||
		res.UserName != "alex.admin@acme.example" || res.OrgName != "Acme Corporation" || res.OrgID != "00D5j000000AcmeEAC" {
		t.Errorf("result %+v", res)
	}
	if s.Sessions() != 1 {
		t.Errorf("%d sessions", s.Sessions())
	}
	r = post(t, s, acmeSOAP, soap.LogoutRequest(res.SessionID))
	if r.Code != http.StatusOK || !strings.Contains(r.Body, "logoutResponse") || s.Sessions() != 0 {
		t.Errorf("logout: %d %s, %d sessions", r.Code, r.Body, s.Sessions())
	}
	// A second logout of the same session is refused.
	if r = post(t, s, acmeSOAP, soap.LogoutRequest(res.SessionID)); r.Code != http.StatusInternalServerError {
		t.Errorf("second logout: %d", r.Code)
	}
	calls := s.SOAPCalls()
	if len(calls) != 3 || calls[0].Op != "login" || !calls[0].Password || calls[1].Op != "logout" || calls[2].Code != "INVALID_SESSION_ID" {
		t.Errorf("calls %+v", calls)
	}
}

func TestSOAPSandboxAndExpired(t *testing.T) {
	s := New()
	r := post(t, s, "https://acme--uat.sandbox.my.salesforce.com"+soap.Path, soap.LoginRequest("alex.admin@acme.example.uat", DemoPassword+DemoToken))
	if l, ok := soap.ParseLogin(r.Body); !ok || l.Result == nil || !l.Result.Sandbox || !strings.HasPrefix(l.Result.ServerURL, "https://acme--uat.sandbox.my.salesforce.com/") {
		t.Errorf("sandbox: %d %s", r.Code, r.Body)
	}
	r = post(t, s, acmeSOAP, soap.LoginRequest("expired@acme.example", DemoPassword+DemoToken))
	if l, ok := soap.ParseLogin(r.Body); r.Code != 200 || !ok || l.Result == nil || !l.Result.PasswordExpired {
		t.Errorf("expired: %d %s", r.Code, r.Body)
	}
}

func TestSOAPFaults(t *testing.T) {
	s := New()
	check := func(what string, r resp, code string) {
		t.Helper()
		l, ok := soap.ParseLogin(r.Body)
		if r.Code != http.StatusInternalServerError || !ok || l.Fault == nil || l.Fault.Code != code || !strings.HasPrefix(l.Fault.String, code+": ") {
			t.Errorf("%s: %d %+v, want %s", what, r.Code, l.Fault, code)
		}
	}
	for local, f := range faultUsers {
		check(local, post(t, s, acmeSOAP, soap.LoginRequest(local+"@acme.example", DemoPassword+DemoToken)), f.Code)
	}
	check("no token", post(t, s, acmeSOAP, soap.LoginRequest("alex.admin@acme.example", DemoPassword)), "LOGIN_MUST_USE_SECURITY_TOKEN")
	check("wrong password", post(t, s, acmeSOAP, soap.LoginRequest("alex.admin@acme.example", "nope"+DemoToken)), "INVALID_LOGIN")
	check("other org's user", post(t, s, acmeSOAP, soap.LoginRequest("lee.locked@locked.example", DemoPassword+DemoToken)), "INVALID_LOGIN")
	check("API 65.0", post(t, s, "https://acme.my.salesforce.com/services/Soap/u/65.0", soap.LoginRequest("alex.admin@acme.example", DemoPassword+DemoToken)), "INVALID_OPERATION")
	check("unescaped &", post(t, s, acmeSOAP, "<env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\"><env:Body><login><username>a</username><password>p&q</password></login></env:Body></env:Envelope>"), "UNKNOWN_EXCEPTION")
	if s.Sessions() != 0 {
		t.Errorf("a fault opened a session")
	}
	// Not on the Lightning host: Salesforce redirects there.
	if r := post(t, s, "https://acme.lightning.force.com"+soap.Path, soap.LoginRequest("alex.admin@acme.example", DemoPassword+DemoToken)); r.Code == http.StatusOK {
		t.Errorf("login on the Lightning host answered 200")
	}
}
