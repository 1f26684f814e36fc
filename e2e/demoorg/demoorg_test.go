//go:build !js

package demoorg

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"html"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const port = "8443"

type resp struct {
	Code   int
	Header http.Header
	Body   string
}

func do(t *testing.T, s *Server, method, target string, form url.Values, cookies ...*http.Cookie) resp {
	t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req := httptest.NewRequest(method, target, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for _, c := range cookies {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return resp{Code: res.StatusCode, Header: res.Header, Body: string(b)}
}

func get(t *testing.T, s *Server, target string) resp {
	t.Helper()
	return do(t, s, http.MethodGet, target, nil)
}

func mustContain(t *testing.T, what, body string, subs ...string) {
	t.Helper()
	for _, sub := range subs {
		if !strings.Contains(body, sub) {
			t.Errorf("%s: missing %q", what, sub)
		}
	}
}

func mustNotContain(t *testing.T, what, body string, subs ...string) {
	t.Helper()
	for _, sub := range subs {
		if strings.Contains(body, sub) {
			t.Errorf("%s: unexpected %q", what, sub)
		}
	}
}

func lightningURL(org, path string) string {
	o := orgByName(org)
	return originFor(o, kindLightning, port) + path
}

func myDomainURL(org, path string) string {
	o := orgByName(org)
	return originFor(o, kindMyDomain, port) + path
}

func setupURL(org, path string) string {
	o := orgByName(org)
	return originFor(o, kindSetup, port) + path
}

var configRE = regexp.MustCompile(`(?s)<script type="application/json" id="auraConfig" nonce="([^"]+)">(.*?)</script>`)

func shellConfigOf(t *testing.T, body string) (shellConfig, string) {
	t.Helper()
	m := configRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no auraConfig in page")
	}
	var c shellConfig
	if err := json.Unmarshal([]byte(m[2]), &c); err != nil {
		t.Fatalf("auraConfig is not JSON: %v\n%s", err, m[2])
	}
	return c, m[1]
}

func checkNoStore(t *testing.T, what string, r resp) {
	t.Helper()
	if got := r.Header.Get("Cache-Control"); got != "no-store" {
		t.Errorf("%s: Cache-Control = %q", what, got)
	}
}

func TestPersonalSettingsShell(t *testing.T) {
	s := New()
	items := []string{"PersonalInformation", "ResetApiToken", "ChangePassword", "LoginHistory", "AdvancedUserDetails", "LanguageAndTimeZone"}
	for _, o := range orgs {
		for _, item := range items {
			for _, host := range []string{lightningURL(o.Name, ""), setupURL(o.Name, "")} {
				u := host + "/lightning/settings/personal/" + item + "/home"
				r := get(t, s, u)
				if r.Code != 200 {
					t.Fatalf("%s: %d", u, r.Code)
				}
				checkNoStore(t, u, r)
				mustContain(t, u, r.Body,
					`<html lang="`+o.Lang+`"`,
					`<div id="auraLoadingBox"`,
					`<script src="`+auraJS+`"`,
					`class="onesetupSetupNavTree" data-aura-class="onesetupSetupNavTree"`,
					`<ul role="tree"`,
					`data-placement="parent"`, `aria-level="1" aria-expanded="true"`,
					`<ul role="group">`,
					`class="onesetupNavTreeNode tree-node parent" role="treeitem" aria-level="1" aria-expanded="true" data-placement="parent" aria-label="`+html.EscapeString(tr(o.Lang, "grp.personal"))+`"`,
					`<a class="slds-tree__item-label slds-truncate parent-label" href="javascript:void(0);"`,
					`<li class="tree-node section" role="none"><h2 class="section-header`,
					`<a class="slds-tree__item-label slds-truncate" href="/lightning/settings/personal/ChangePassword/home"`,
					`class="section-header`,
					`>`+tr(o.Lang, "sec.personal")+`</h2>`, `>`+html.EscapeString(tr(o.Lang, "sec.display"))+`</h2>`, `>`+tr(o.Lang, "sec.email")+`</h2>`,
					`placeholder="`+tr(o.Lang, "quickfind")+`"`,
					`class="tree-filter"`, `input class="filter-box`,
				)
				// The shell arrives nearly empty: the tree exists only in <template>.
				before, _, _ := strings.Cut(r.Body, "<template")
				mustNotContain(t, u+" (before templates)", before, "onesetupNavTreeNode", "onesetupSetupNavTree", "vfFrameId")
				// The personal settings carry no data-node-id unless asked.
				mustNotContain(t, u, r.Body, "data-node-id")
				resetNode := `data-placement="leaf" aria-label="` + tr(o.Lang, "item.ResetApiToken") + `"`
				if o.HasReset {
					mustContain(t, u, r.Body, resetNode,
						`<div class="slds-tree__item" title="`+tr(o.Lang, "item.ResetApiToken")+`"><a class="slds-tree__item-label slds-truncate" href="/lightning/settings/personal/ResetApiToken/home"`)
				} else {
					mustNotContain(t, u, r.Body, resetNode, "/lightning/settings/personal/ResetApiToken/home")
				}
				c, nonce := shellConfigOf(t, r.Body)
				if c.Mode != "settings" || c.Current != item || c.Delay != 600 || c.Shadow != o.Shadow {
					t.Errorf("%s: config %+v", u, c)
				}
				if want := originFor(o, kindMyDomain, port); c.MyDomainOrigin != want {
					t.Errorf("%s: myDomainOrigin %q, want %q", u, c.MyDomainOrigin, want)
				}
				if it := c.Items["ResetApiToken"]; it.Classic != resetEditURL {
					t.Errorf("%s: ResetApiToken classic %q", u, it.Classic)
				}
				if !strings.Contains(r.Header.Get("Content-Security-Policy"), "'nonce-"+nonce+"'") {
					t.Errorf("%s: CSP %q lacks the nonce %q", u, r.Header.Get("Content-Security-Policy"), nonce)
				}
			}
		}
	}
}

func TestLanguages(t *testing.T) {
	s := New()
	cases := []struct{ org, label, button, cancel, section string }{
		{"acme", "Reset My Security Token", "Reset Security Token", "Cancel", "MY PERSONAL INFORMATION"},
		{"muster", "Mein Sicherheits-Token zurücksetzen", "Sicherheits-Token zurücksetzen", "Abbrechen", "MEINE PERSÖNLICHEN DATEN"},
		{"yamato", "私のセキュリティトークンのリセット", "セキュリティトークンのリセット", "キャンセル", "私の個人情報"},
	}
	for _, c := range cases {
		r := get(t, s, lightningURL(c.org, "/lightning/settings/personal/ResetApiToken/home"))
		mustContain(t, c.org+" shell", r.Body, `title="`+c.label+`"`, ">"+c.label+"</a>", ">"+c.section+"</h2>")
		r = get(t, s, myDomainURL(c.org, resetEditURL))
		mustContain(t, c.org+" classic", r.Body,
			`<input type="submit" class="btn" title="`+c.button+`" value=" `+c.button+` ">`,
			`<input type="submit" class="btn" name="cancel" title="`+c.cancel+`" value="`+c.cancel+`">`,
			`<title>`+c.button+` ~ Salesforce - Developer Edition</title>`,
			`id="ResetApiToken_font" class="leafText">`+c.label+`</a>`,
		)
	}
	r := get(t, s, lightningURL("muster", "/lightning/settings/personal/PersonalInformation/home"))
	mustContain(t, "muster", r.Body, `<html lang="de"`, "Meine persönlichen Daten", `placeholder="Schnellsuche"`)
	r = get(t, s, lightningURL("yamato", "/lightning/settings/personal/PersonalInformation/home"))
	mustContain(t, "yamato", r.Body, `<html lang="ja"`)
}

func TestClassicResetEdit(t *testing.T) {
	s := New()
	r := get(t, s, myDomainURL("acme", resetEditURL))
	if r.Code != 200 {
		t.Fatalf("code %d", r.Code)
	}
	checkNoStore(t, "edit", r)
	mustContain(t, "standalone edit", r.Body,
		`<body class="hasMotif setupTab sfdcBody brandQuaternaryBgr">`,
		`<form id="resetApiTokenForm" name="resetApiTokenForm" method="post" action="/_ui/system/security/ResetApiTokenConfirm?retURL=%2Fsetup%2FpersonalInformationSetup.apexp&amp;setupid=ResetApiToken">`,
		`<input type="submit" class="btn" title="Reset Security Token" value=" Reset Security Token "> <input type="submit" class="btn" name="cancel" title="Cancel" value="Cancel">`,
		`<div class="quickfindContainer"><input id="setupSearch"`,
		`class="setupFolder" id="PersonalInfo_font"`,
		`id="PersonalInformation_font" class="leafText"`,
		`href="/_ui/system/security/ResetApiTokenEdit?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&amp;setupid=ResetApiToken" id="ResetApiToken_font" class="leafText"`,
		`id="ChangePassword_font" class="leafText"`,
		`id="LoginHistory_font" class="leafText"`,
		`<script src="`+classicJS+`"`,
	)
	mustNotContain(t, "standalone edit", r.Body, "auraLoadingBox")

	framed := myDomainURL("acme", resetEditURL+"&isdtp=p1&sfdcIFrameOrigin=https://acme.lightning.force.com:8443&sfdcIFrameHost=web&nonce=abc123&ltn_app_id=06m5j000001AcmeAAA&clc=1")
	r = get(t, s, framed)
	mustContain(t, "framed edit", r.Body,
		`sfdcBody brandQuaternaryBgr isdtp`,
		`value=" Reset Security Token "`,
		`<input type="hidden" name="isdtp" value="p1">`,
		`<input type="hidden" name="sfdcIFrameOrigin" value="https://acme.lightning.force.com:8443">`,
	)
	mustNotContain(t, "framed edit", r.Body, "setupSearch", "ResetApiToken_font", "AppBodyHeader")

	// locked: Insufficient Privileges, no button, no tree entry.
	for _, u := range []string{myDomainURL("locked", resetEditURL), myDomainURL("locked", "/ui/setup/Setup?setupid=PersonalInfo")} {
		r = get(t, s, u)
		if r.Code != 200 {
			t.Fatalf("%s: %d", u, r.Code)
		}
		mustNotContain(t, u, r.Body, "ResetApiToken_font", `name="save"`, "Reset Security Token\"")
		mustContain(t, u, r.Body, "PersonalInfo_font", "ChangePassword_font", "LoginHistory_font")
	}
	r = get(t, s, myDomainURL("locked", resetEditURL))
	mustContain(t, "locked", r.Body, "Insufficient Privileges", "<title>Insufficient Privileges ~ Salesforce")
	r = do(t, s, http.MethodPost, myDomainURL("locked", resetEditPath), url.Values{"save": {"x"}})
	if r.Code != 200 || len(s.Resets()) != 0 {
		t.Errorf("locked POST: %d, resets %v", r.Code, s.Resets())
	}
}

func TestClassicPages(t *testing.T) {
	s := New()
	for _, p := range []string{
		"/ui/setup/Setup?setupid=PersonalInfo",
		"/setup/personalInformationSetup.apexp?setupid=PersonalInfo",
		"/_ui/system/security/ChangePassword?setupid=ChangePassword",
		"/setup/personalLoginHistory.apexp?setupid=LoginHistory",
		"/_ui/system/user/LanguageTimeZoneSetup?setupid=LanguageAndTimeZone",
		"/005000000000001AAA?noredirect=1&isUserEntityOverride=1&setupid=AdvancedUserDetails",
		"/005?isUserEntityOverride=1&setupid=ManageUsers",
		"/_ui/system/security/SessionSettings?setupid=SecuritySession",
		"/setup/forcecomHomepage.apexp",
		"/home/home.jsp",
	} {
		r := get(t, s, myDomainURL("acme", p))
		if r.Code != 200 {
			t.Errorf("%s: %d", p, r.Code)
			continue
		}
		mustContain(t, p, r.Body, `sfdcBody`, "~ Salesforce - Developer Edition</title>")
		if !strings.HasPrefix(p, "/home/") {
			mustContain(t, p, r.Body, `id="ResetApiToken_font"`, `id="setupSearch"`)
		}
	}
	r := get(t, s, myDomainURL("acme", "/ui/setup/Setup?setupid=PersonalInfo"))
	mustContain(t, "personal info", r.Body, "Personal Information", "alex.admin@acme.example", `setupHighlightLeaf"><a href="/ui/setup/Setup?setupid=PersonalInfo" id="PersonalInformation_font"`)
	r = get(t, s, myDomainURL("acme", "/ui/setup/Setup?setupid=ResetApiToken&isdtp=p1"))
	if r.Code != 302 || r.Header.Get("Location") != resetEditURL+"&isdtp=p1" {
		t.Errorf("setupid=ResetApiToken: %d %q", r.Code, r.Header.Get("Location"))
	}
}

func TestSetupRedirectAndPages(t *testing.T) {
	s := New()
	for _, org := range []string{"acme", "acme--uat", "muster"} {
		u := lightningURL(org, "/lightning/setup/SetupOneHome/home?th_delay=0")
		r := get(t, s, u)
		want := setupURL(org, "/lightning/setup/SetupOneHome/home?th_delay=0")
		if r.Code != http.StatusFound || r.Header.Get("Location") != want {
			t.Errorf("%s: %d %q, want 302 %q", u, r.Code, r.Header.Get("Location"), want)
		}
		checkNoStore(t, u, r)
	}
	if !strings.Contains(setupURL("acme--uat", ""), "acme--uat.sandbox.my.salesforce-setup.com:8443") {
		t.Errorf("sandbox setup host: %s", setupURL("acme--uat", ""))
	}
	for _, id := range []string{"SetupOneHome", "ManageUsers", "EnhancedProfiles", "SecuritySession", "NetworkAccess"} {
		u := setupURL("acme", "/lightning/setup/"+id+"/home")
		r := get(t, s, u)
		if r.Code != 200 {
			t.Fatalf("%s: %d", u, r.Code)
		}
		mustContain(t, u, r.Body, `<div id="auraLoadingBox"`, `data-aura-class="onesetupSetupNavTree"`,
			`placeholder="Quick Find"`, `class="tree-filter"`, `input class="filter-box`,
			`>ADMINISTRATION</h2>`, `>SETTINGS</h2>`,
			`data-node-id="Users" data-placement="parent"`,
			`data-node-id="EnhancedProfiles" data-placement="leaf"`,
			`data-node-id="SecuritySession" data-placement="leaf"`,
			`data-node-id="NetworkAccess" data-placement="leaf"`,
			`href="/lightning/setup/EnhancedProfiles/home"`,
		)
		// no personal settings entry in Setup
		mustNotContain(t, u, r.Body, `data-node-id="ResetApiToken"`)
		c, _ := shellConfigOf(t, r.Body)
		if c.Mode != "setup" || c.Current != id {
			t.Errorf("%s: config %+v", u, c)
		}
	}
	r := get(t, s, setupURL("acme", "/lightning/setup/SetupOneHome/home"))
	mustContain(t, "setup home", r.Body, `<template data-th-content="SetupOneHome">`)
	r = get(t, s, myDomainURL("acme", "/lightning/setup/ManageUsers/home"))
	if r.Code != 302 || r.Header.Get("Location") != setupURL("acme", "/lightning/setup/ManageUsers/home") {
		t.Errorf("my domain setup redirect: %d %q", r.Code, r.Header.Get("Location"))
	}
	r = get(t, s, setupURL("acme", "/lightning/page/home"))
	if r.Code != 302 || r.Header.Get("Location") != lightningURL("acme", "/lightning/page/home") {
		t.Errorf("setup host app redirect: %d %q", r.Code, r.Header.Get("Location"))
	}
}

func TestCSP(t *testing.T) {
	s := New()
	for _, o := range orgs {
		for _, u := range []string{
			lightningURL(o.Name, "/lightning/settings/personal/ResetApiToken/home"),
			setupURL(o.Name, "/lightning/setup/SetupOneHome/home"),
			lightningURL(o.Name, "/lightning/page/home"),
		} {
			csp := get(t, s, u).Header.Get("Content-Security-Policy")
			if !regexp.MustCompile(`script-src 'self' 'nonce-[A-Za-z0-9_-]{16,}'`).MatchString(csp) {
				t.Errorf("%s: CSP %q", u, csp)
			}
			if o.Strict {
				mustNotContain(t, u+" CSP", csp, "unsafe-eval", "wasm-unsafe-eval", "chrome-extension:", "unsafe-inline")
			} else {
				mustContain(t, u+" CSP", csp, "chrome-extension: 'unsafe-eval'")
			}
		}
		u := myDomainURL(o.Name, resetEditURL)
		csp := get(t, s, u).Header.Get("Content-Security-Policy")
		mustContain(t, u+" CSP", csp, "frame-ancestors 'self' https://*.lightning.force.com:*")
		if o.Strict {
			mustContain(t, u+" CSP", csp, "script-src 'self' 'nonce-")
			mustNotContain(t, u+" CSP", csp, "unsafe-eval", "wasm-unsafe-eval", "chrome-extension:", "unsafe-inline")
		} else {
			mustNotContain(t, u+" CSP", csp, "nonce-")
			mustContain(t, u+" CSP", csp, "'unsafe-inline'")
		}
	}
	// each response has its own nonce
	a := get(t, s, lightningURL("strict", "/lightning/page/home")).Header.Get("Content-Security-Policy")
	b := get(t, s, lightningURL("strict", "/lightning/page/home")).Header.Get("Content-Security-Policy")
	if a == b {
		t.Errorf("nonce reused: %q", a)
	}
}

func TestOptions(t *testing.T) {
	s := New()
	u := lightningURL("acme", "/lightning/settings/personal/ResetApiToken/home")
	c, _ := shellConfigOf(t, get(t, s, u+"?th_delay=50&th_filter=remove&th_churn=300").Body)
	if c.Delay != 50 || c.Filter != "remove" || c.Churn != 300 || c.Shadow {
		t.Errorf("query options: %+v", c)
	}
	c, _ = shellConfigOf(t, do(t, s, http.MethodGet, u, nil, &http.Cookie{Name: "th_delay", Value: "1500"}, &http.Cookie{Name: "th_shadow", Value: "1"}).Body)
	if c.Delay != 1500 || c.Filter != "hide" || !c.Shadow {
		t.Errorf("cookie options: %+v", c)
	}
	c, _ = shellConfigOf(t, get(t, s, u+"?th_delay=-5&th_filter=bogus").Body)
	if c.Delay != 0 || c.Filter != "hide" {
		t.Errorf("clamped options: %+v", c)
	}
	c, _ = shellConfigOf(t, get(t, s, lightningURL("shade", "/lightning/settings/personal/ResetApiToken/home")).Body)
	if !c.Shadow {
		t.Errorf("shade: shadow off")
	}
}

func TestResetFlowConsumesTicket(t *testing.T) {
	s := New()
	origin := lightningURL("acme", "")
	form := url.Values{
		"_CONFIRMATIONTOKEN": {"tok"}, "retURL": {"/ui/setup/Setup?setupid=PersonalInfo"}, "setupid": {"ResetApiToken"},
		"save": {"Reset Security Token"}, "isdtp": {"p1"}, "sfdcIFrameOrigin": {origin}, "sfdcIFrameHost": {"web"},
		"nonce": {"0a1b2c"}, "ltn_app_id": {"06m5j000001AcmeAAA"}, "clc": {"1"},
	}
	r := do(t, s, http.MethodPost, myDomainURL("acme", resetEditPath), form)
	want := resetConfirmURL + "&isdtp=p1&sfdcIFrameOrigin=" + origin + "&sfdcIFrameHost=web&nonce=0a1b2c&ltn_app_id=06m5j000001AcmeAAA&clc=1"
	if r.Code != http.StatusFound || r.Header.Get("Location") != want {
		t.Fatalf("POST: %d %q, want 302 %q", r.Code, r.Header.Get("Location"), want)
	}
	if len(s.Resets()) != 1 {
		t.Errorf("resets: %v", s.Resets())
	}
	r = get(t, s, myDomainURL("acme", r.Header.Get("Location")))
	if r.Code != 200 {
		t.Fatalf("Confirm after POST: %d", r.Code)
	}
	mustContain(t, "confirm", r.Body, "Your security token has been reset", `sfdcBody brandQuaternaryBgr isdtp`, `<script src="`+classicJS+`"`)
	if v := s.Violations(); len(v) != 0 {
		t.Fatalf("violations after a real reset: %v", v)
	}

	// Standalone (not framed) flow, then a reload of Confirm: the reload is a violation.
	r = do(t, s, http.MethodPost, myDomainURL("acme", resetEditPath), url.Values{"save": {"x"}, "retURL": {"/ui/setup/Setup?setupid=PersonalInfo"}})
	if r.Header.Get("Location") != resetConfirmURL {
		t.Fatalf("standalone POST Location %q", r.Header.Get("Location"))
	}
	if r2 := get(t, s, myDomainURL("acme", resetConfirmURL)); r2.Code != 200 {
		t.Fatalf("standalone confirm: %d", r2.Code)
	}
	if len(s.Violations()) != 0 {
		t.Fatalf("violations: %v", s.Violations())
	}
	r = get(t, s, myDomainURL("acme", resetConfirmURL))
	if r.Code != http.StatusConflict {
		t.Errorf("reload of Confirm: %d", r.Code)
	}
	if v := s.Violations(); len(v) != 1 || v[0] != "GET "+myDomainURL("acme", resetConfirmURL) {
		t.Errorf("violations: %v", v)
	}
}

func TestResetCancel(t *testing.T) {
	s := New()
	r := do(t, s, http.MethodPost, myDomainURL("acme", resetEditPath), url.Values{"cancel": {"Cancel"}, "retURL": {"/ui/setup/Setup?setupid=PersonalInfo"}, "isdtp": {"p1"}})
	if r.Code != 302 || r.Header.Get("Location") != "/ui/setup/Setup?setupid=PersonalInfo&isdtp=p1" {
		t.Errorf("cancel: %d %q", r.Code, r.Header.Get("Location"))
	}
	r = do(t, s, http.MethodPost, myDomainURL("acme", resetEditPath), url.Values{"cancel": {"Cancel"}, "retURL": {"//evil.example/"}})
	if r.Header.Get("Location") != "/ui/setup/Setup?setupid=PersonalInfo" {
		t.Errorf("open redirect: %q", r.Header.Get("Location"))
	}
	if len(s.Resets()) != 0 || len(s.Violations()) != 0 {
		t.Errorf("cancel reset something: %v %v", s.Resets(), s.Violations())
	}
}

func TestConfirmViolations(t *testing.T) {
	s := New()
	bad := []string{
		myDomainURL("acme", resetConfirmURL),
		myDomainURL("acme", "/_ui/system/security/resetapitokenconfirm"),
		myDomainURL("acme", "/_ui/system/security/ResetApiTokenConfirm?setupid=ResetApiToken&isdtp=p1"),
		lightningURL("acme", "/lightning/settings/personal/ResetApiToken/home?url=%2F_ui%2Fsystem%2Fsecurity%2FResetApiTokenConfirm%3FretURL%3D%252Fui%252Fsetup%252FSetup%253Fsetupid%253DPersonalInfo%26setupid%3DResetApiToken"),
		lightningURL("acme", "/lightning/settings/personal/ResetApiToken/home?url=%2F_ui%2Fsystem%2Fsecurity%2F%52esetApiTokenConfirm"),
		setupURL("acme", "/lightning/settings/personal/ResetApiToken/home?url=%252F_ui%252Fsystem%252Fsecurity%252FResetApiTokenConfirm"),
		setupURL("acme", "/lightning/setup/PersonalInfo/page?address=%2F_ui%2Fsystem%2Fsecurity%2FResetApiTokenConfirm"),
		"https://unknown.example.com/_ui/system/security/ResetApiTokenConfirm",
	}
	for i, u := range bad {
		r := get(t, s, u)
		if r.Code != http.StatusConflict {
			t.Errorf("%s: %d, want 409", u, r.Code)
		}
		mustContain(t, u, r.Body, "the token would have been reset")
		checkNoStore(t, u, r)
		v := s.Violations()
		if len(v) != i+1 || !strings.HasPrefix(v[i], "GET https://") {
			t.Fatalf("after %s: violations %v", u, v)
		}
	}
	// a HEAD or a POST to Confirm is no better
	r := do(t, s, http.MethodHead, myDomainURL("acme", resetConfirmURL), nil)
	if r.Code != http.StatusConflict || len(s.Violations()) != len(bad)+1 {
		t.Errorf("HEAD: %d %v", r.Code, s.Violations())
	}
	// a ticket of one org does not cover another
	do(t, s, http.MethodPost, myDomainURL("acme", resetEditPath), url.Values{"save": {"x"}})
	if r := get(t, s, myDomainURL("muster", resetConfirmURL)); r.Code != http.StatusConflict {
		t.Errorf("cross-org confirm: %d", r.Code)
	}
	// nor does a ticket cover the Lightning ?url= form
	do(t, s, http.MethodPost, myDomainURL("strict", resetEditPath), url.Values{"save": {"x"}})
	if r := get(t, s, lightningURL("strict", "/lightning/settings/personal/ResetApiToken/home?url="+url.QueryEscape(resetConfirmURL))); r.Code != http.StatusConflict {
		t.Errorf("lightning ?url= after a reset: %d", r.Code)
	}
	// the Edit page and its retURL are fine
	n := len(s.Violations())
	get(t, s, myDomainURL("acme", resetEditURL))
	get(t, s, lightningURL("acme", "/lightning/settings/personal/ResetApiToken/home?url="+url.QueryEscape(resetEditURL)))
	if len(s.Violations()) != n {
		t.Errorf("harmless pages recorded: %v", s.Violations()[n:])
	}
}

func TestTicketExpires(t *testing.T) {
	s := New()
	now := time.Date(2025, 6, 3, 12, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	do(t, s, http.MethodPost, myDomainURL("acme", resetEditPath), url.Values{"save": {"x"}})
	now = now.Add(ticketTTL + time.Second)
	if r := get(t, s, myDomainURL("acme", resetConfirmURL)); r.Code != http.StatusConflict {
		t.Errorf("stale ticket honoured: %d", r.Code)
	}
}

func TestUnknownHosts(t *testing.T) {
	s := New()
	for _, u := range []string{
		"https://evil.example.com/lightning/settings/personal/ResetApiToken/home",
		"https://nobody.lightning.force.com/lightning/settings/personal/ResetApiToken/home",
		"https://acme.lightning.force.com.evil.example/lightning/page/home",
		"https://acme.sandbox.lightning.force.com/lightning/page/home",
		"https://acme--uat.lightning.force.com/lightning/page/home",
		"https://x.acme.lightning.force.com/lightning/page/home",
		"https://login.salesforce.com/",
		"https://127.0.0.1:8443/lightning/page/home",
	} {
		r := get(t, s, u)
		if r.Code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", u, r.Code)
		}
		checkNoStore(t, u, r)
	}
	if len(s.Violations()) != 0 {
		t.Errorf("violations: %v", s.Violations())
	}
	// known hosts, unknown paths
	for _, u := range []string{lightningURL("acme", "/nope"), myDomainURL("acme", "/nope"), lightningURL("acme", "/auraFW/nope.js")} {
		if r := get(t, s, u); r.Code != 404 {
			t.Errorf("%s: %d", u, r.Code)
		}
	}
}

func TestIdlePages(t *testing.T) {
	s := New()
	for _, c := range []struct{ u, marker string }{
		{lightningURL("acme", "/lightning/page/home"), "Quarterly Performance"},
		{lightningURL("acme", "/lightning/r/Account/001000000000001AAA/view"), "forceRelatedListSingleContainer"},
		{lightningURL("acme", "/lightning/o/Account/list"), "All Accounts"},
		{lightningURL("muster", "/lightning/page/home"), `lang="de"`},
	} {
		r := get(t, s, c.u)
		if r.Code != 200 {
			t.Fatalf("%s: %d", c.u, r.Code)
		}
		mustContain(t, c.u, r.Body, `<div id="auraLoadingBox"`, c.marker, `<template data-th-content="page">`)
		mustNotContain(t, c.u, r.Body, "onesetupSetupNavTree", "ResetApiToken", "vfFrameId")
	}
	r := get(t, s, lightningURL("acme", "/lightning/r/Account/001000000000001AAA/view"))
	if n := strings.Count(r.Body, "<") - strings.Count(r.Body, "</"); n < 300 {
		t.Errorf("record page has only %d elements", n)
	}
	if r := get(t, s, lightningURL("acme", "/")); r.Code != 302 || r.Header.Get("Location") != "/lightning/page/home" {
		t.Errorf("root: %d %q", r.Code, r.Header.Get("Location"))
	}
}

func TestStaticAndIndex(t *testing.T) {
	s := New()
	for _, p := range []string{auraJS, auraCSS, classicJS, classicCSS} {
		for _, u := range []string{lightningURL("acme", p), myDomainURL("strict", p), setupURL("yamato", p)} {
			r := get(t, s, u)
			if r.Code != 200 || len(r.Body) < 500 {
				t.Errorf("%s: %d, %d bytes", u, r.Code, len(r.Body))
			}
			checkNoStore(t, u, r)
		}
	}
	if ct := get(t, s, lightningURL("acme", auraJS)).Header.Get("Content-Type"); !strings.Contains(ct, "javascript") {
		t.Errorf("js content type %q", ct)
	}
	r := get(t, s, lightningURL("acme", "/demo"))
	if r.Code != 200 {
		t.Fatalf("index: %d", r.Code)
	}
	for _, o := range orgs {
		mustContain(t, "index", r.Body, `id="org-`+o.Name+`"`,
			lightningURL(o.Name, "/lightning/settings/personal/ResetApiToken/home"),
			myDomainURL(o.Name, "/home/home.jsp"))
	}
	mustNotContain(t, "index", r.Body, "ResetApiTokenConfirm?")
	if r := get(t, s, "https://localhost:8443/demo"); r.Code != 200 {
		t.Errorf("local index: %d", r.Code)
	}
	for _, u := range DemoURLs(port) {
		if strings.Contains(strings.ToLower(u), "resetapitokenconfirm") {
			t.Errorf("demo URL names Confirm: %s", u)
		}
	}
}

// Every demo URL answers 200 (or 302 to a page that does) and records no violation.
func TestAllDemoURLs(t *testing.T) {
	s := New()
	for _, u := range DemoURLs(port) {
		r := get(t, s, u)
		for hops := 0; r.Code == http.StatusFound && hops < 3; hops++ {
			loc := r.Header.Get("Location")
			if strings.HasPrefix(loc, "/") {
				pu, _ := url.Parse(u)
				loc = pu.Scheme + "://" + pu.Host + loc
			}
			u = loc
			r = get(t, s, u)
		}
		if r.Code != 200 {
			t.Errorf("%s: %d", u, r.Code)
		}
	}
	if len(s.Violations()) != 0 {
		t.Errorf("violations: %v", s.Violations())
	}
}

func TestRequestsLog(t *testing.T) {
	s := New()
	get(t, s, lightningURL("acme", "/lightning/page/home?a=1"))
	want := "GET acme.lightning.force.com:8443 /lightning/page/home?a=1"
	if got := s.Requests(); len(got) != 1 || got[0] != want {
		t.Errorf("requests %v, want [%s]", got, want)
	}
	s.ResetLog()
	if len(s.Requests()) != 0 {
		t.Errorf("ResetLog left %v", s.Requests())
	}
}

// TestConcurrent serves 16 clients at once (run it with -race): the logs
// the tests read lose no request, and no confirm-page GET escapes both
// the reset it follows and the violations.
func TestConcurrent(t *testing.T) {
	s := New()
	const clients, rounds = 16, 10
	var wg sync.WaitGroup
	var confirmed atomic.Int64 // confirm pages served: each took a reset's ticket
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			org := orgs[i%len(orgs)].Name
			for range rounds {
				get(t, s, lightningURL(org, "/lightning/settings/personal/ResetApiToken/home"))
				get(t, s, myDomainURL(org, resetEditURL))
				do(t, s, http.MethodPost, myDomainURL(org, resetEditPath), url.Values{"save": {"x"}})
				if get(t, s, myDomainURL(org, resetConfirmURL)).Code == http.StatusOK {
					confirmed.Add(1)
				}
				_ = s.Violations()
				_ = s.Requests()
			}
		}()
	}
	wg.Wait()
	const each = clients * rounds
	// Each confirm GET either follows a reset of its org (it takes the
	// reset's ticket) or is logged as a violation: none is lost.
	v, r := len(s.Violations()), len(s.Resets())
	if int(confirmed.Load())+v != each {
		t.Errorf("%d confirm pages and %d violations, want %d in all", confirmed.Load(), v, each)
	}
	if int(confirmed.Load()) > r || r == 0 {
		t.Errorf("%d confirm pages after %d resets", confirmed.Load(), r)
	}
	if n, want := len(s.Requests()), min(4*each, maxLog); n != want {
		t.Errorf("%d requests logged, want %d", n, want)
	}
}

// Start serves TLS with a certificate valid for the demo hosts.
func TestStartTLS(t *testing.T) {
	s := New()
	addr, err := s.Start("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Start("127.0.0.1:0"); err == nil {
		t.Error("second Start succeeded")
	}
	_, p, _ := net.SplitHostPort(addr)
	pool := x509.NewCertPool()
	pool.AddCert(s.Certificate())
	client := &http.Client{
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{RootCAs: pool},
			DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
				return (&net.Dialer{}).DialContext(ctx, network, addr)
			},
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	defer client.CloseIdleConnections()
	for _, c := range []struct {
		u    string
		code int
	}{
		{"https://acme.lightning.force.com:" + p + "/lightning/settings/personal/ResetApiToken/home", 200},
		{"https://acme.my.salesforce.com:" + p + resetEditURL, 200},
		{"https://acme.my.salesforce-setup.com:" + p + "/lightning/setup/SetupOneHome/home", 200},
		{"https://acme--uat.sandbox.lightning.force.com:" + p + "/lightning/settings/personal/ResetApiToken/home", 200},
		{"https://acme--uat.sandbox.my.salesforce.com:" + p + resetEditURL, 200},
		{"https://acme--uat.sandbox.my.salesforce-setup.com:" + p + "/lightning/setup/SetupOneHome/home", 200},
		{"https://acme.lightning.force.com:" + p + "/lightning/setup/SetupOneHome/home", 302},
	} {
		res, err := client.Get(c.u)
		if err != nil {
			t.Errorf("%s: %v", c.u, err)
			continue
		}
		_, _ = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != c.code {
			t.Errorf("%s: %d, want %d", c.u, res.StatusCode, c.code)
		}
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
}

// Hosts behind the Defender for Cloud Apps proxy keep their .mcas.ms suffix.
func TestMCASHosts(t *testing.T) {
	s := New()
	u := "https://acme.lightning.force.com.mcas.ms/lightning/settings/personal/ResetApiToken/home"
	r := get(t, s, u)
	if r.Code != 200 {
		t.Fatalf("%s: %d", u, r.Code)
	}
	c, _ := shellConfigOf(t, r.Body)
	if c.MyDomainOrigin != "https://acme.my.salesforce.com.mcas.ms" {
		t.Errorf("myDomainOrigin %q", c.MyDomainOrigin)
	}
	r = get(t, s, "https://acme.lightning.force.com.mcas.ms/lightning/setup/SetupOneHome/home")
	if r.Header.Get("Location") != "https://acme.my.salesforce-setup.com.mcas.ms/lightning/setup/SetupOneHome/home" {
		t.Errorf("setup redirect %q", r.Header.Get("Location"))
	}
	do(t, s, http.MethodPost, "https://acme.my.salesforce.com.mcas.ms"+resetEditPath, url.Values{"save": {"x"}})
	if r := get(t, s, "https://acme.my.salesforce.com.mcas.ms"+resetConfirmURL); r.Code != 200 || len(s.Violations()) != 0 {
		t.Errorf("mcas reset flow: %d %v", r.Code, s.Violations())
	}
	if r := get(t, s, "https://acme.my.salesforce.com"+resetConfirmURL); r.Code != http.StatusConflict {
		t.Errorf("ticket of the mcas host used on the plain host: %d", r.Code)
	}
}

// Without a port in the Host header (the browser maps host:443 to the server),
// the absolute URLs carry no port either.
func TestNoPort(t *testing.T) {
	s := New()
	r := get(t, s, "https://acme--uat.sandbox.lightning.force.com/lightning/settings/personal/ResetApiToken/home")
	c, _ := shellConfigOf(t, r.Body)
	if c.MyDomainOrigin != "https://acme--uat.sandbox.my.salesforce.com" {
		t.Errorf("myDomainOrigin %q", c.MyDomainOrigin)
	}
	r = get(t, s, "https://acme.lightning.force.com/lightning/setup/ManageUsers/home")
	if r.Header.Get("Location") != "https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/home" {
		t.Errorf("setup redirect %q", r.Header.Get("Location"))
	}
}
