//go:build !js

package demoorg

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// The reset form posts to ResetApiTokenConfirm itself: that POST, with
// the page's confirmation token, is the reset; anything else naming the
// page stays a violation.
func TestResetPostToConfirm(t *testing.T) {
	s := New()
	r := get(t, s, myDomainURL("acme", resetEditURL))
	mustContain(t, "edit", r.Body, `action="`+strings.ReplaceAll(resetConfirmAction, "&", "&amp;")+`"`)
	form := url.Values{"_CONFIRMATIONTOKEN": {"tok"}, "retURL": {"/ui/setup/Setup?setupid=PersonalInfo"}, "setupid": {"ResetApiToken"}}
	for _, host := range []string{myDomainURL("acme", ""), lightningURL("acme", ""), setupURL("acme", "")} {
		s.ResetLog()
		r = do(t, s, http.MethodPost, host+resetConfirmAction, form)
		if r.Code != http.StatusOK || !strings.Contains(r.Body, "Your security token has been reset") {
			t.Errorf("%s: POST to Confirm: %d", host, r.Code)
		}
		if len(s.Resets()) != 1 || len(s.Violations()) != 0 {
			t.Errorf("%s: resets %q, violations %q", host, s.Resets(), s.Violations())
		}
	}
	s.ResetLog()
	do(t, s, http.MethodPost, myDomainURL("acme", resetConfirmAction), url.Values{"cancel": {"Cancel"}, "retURL": {"/ui/setup/Setup?setupid=PersonalInfo"}, "_CONFIRMATIONTOKEN": {"tok"}})
	if len(s.Resets()) != 0 {
		t.Errorf("Cancel reset the token: %q", s.Resets())
	}
	for _, c := range []struct {
		method string
		form   url.Values
	}{
		{http.MethodPost, url.Values{"retURL": {"/x"}}}, // no confirmation token: not the reset form
		{http.MethodGet, nil},                           // no ticket
	} {
		s.ResetLog()
		r = do(t, s, c.method, myDomainURL("acme", resetConfirmAction), c.form)
		if r.Code != http.StatusConflict || len(s.Violations()) != 1 || len(s.Resets()) != 0 {
			t.Errorf("%s without the form: %d, violations %q, resets %q", c.method, r.Code, s.Violations(), s.Resets())
		}
	}
	s.ResetLog()
	if r = do(t, s, http.MethodPost, myDomainURL("locked", resetConfirmAction), form); r.Code != http.StatusConflict || len(s.Resets()) != 0 {
		t.Errorf("locked: POST to Confirm: %d, resets %q", r.Code, s.Resets())
	}
}

// Each switch changes what the evidence leaves open, and nothing else.
func TestVariantSwitches(t *testing.T) {
	s := New()
	personal := "/lightning/settings/personal/EmailSettings/home"
	r := get(t, s, lightningURL("acme", personal+"?th_nodeids=1"))
	mustContain(t, "node ids", r.Body, `data-node-id="ResetApiToken"`, `data-node-id="PersonalInfo"`)
	r = get(t, s, setupURL("acme", "/lightning/setup/ManageUsers/home?th_nodeids=0"))
	mustNotContain(t, "setup without node ids", r.Body, "data-node-id")
	r = get(t, s, lightningURL("acme", personal+"?th_collapse=absent"))
	mustContain(t, "collapsed", r.Body, `aria-level="1" aria-expanded="false" data-placement="parent" aria-label="My Personal Information"`, `aria-expanded="true" data-placement="parent" aria-label="Email"`)
	c, _ := shellConfigOf(t, r.Body)
	if c.Collapse != "absent" || c.FrameExtra != "&th_collapse=absent" {
		t.Errorf("collapse config %+v", c)
	}
	c, _ = shellConfigOf(t, get(t, s, lightningURL("acme", "/lightning/settings/personal/ResetApiToken/home?th_aloha=shadow&th_framehost=self&th_clc=0&th_encorigin=1&th_form=edit&th_btnname=1&th_secret=abc")).Body)
	if c.Aloha != "shadow" || c.FrameHost != "self" || c.CLC != "0" || !c.EncOrigin || c.Secret != "abc" ||
		c.FrameExtra != "&th_form=edit&th_btnname=1&th_secret=abc" {
		t.Errorf("config %+v", c)
	}
	if c, _ = shellConfigOf(t, get(t, s, lightningURL("acme", "/lightning/settings/personal/ResetApiToken/home?th_secret=a%3Cb")).Body); c.Secret != "" {
		t.Errorf("secret %q: only letters and digits", c.Secret)
	}
	r = get(t, s, myDomainURL("acme", resetEditURL+"&th_form=edit&th_btnname=1"))
	mustContain(t, "form variants", r.Body, `action="/_ui/system/security/ResetApiTokenEdit"`, `value=" Reset Security Token " name="save">`)
	r = get(t, s, myDomainURL("acme", "/ui/setup/Setup?setupid=PersonalInfo&th_collapse=absent"))
	mustContain(t, "classic collapsed", r.Body, `id="PersonalInfo_font"`, `<template id="PersonalInfo_leaves">`)
	if before, _, _ := strings.Cut(r.Body, `<template id="PersonalInfo_leaves">`); strings.Contains(before, "ResetApiToken_font") {
		t.Error("classic collapsed: the leaves are in the DOM")
	}
	// A same-origin frame: the Lightning and Setup hosts serve the Classic pages too.
	for _, u := range []string{lightningURL("acme", resetEditURL+"&isdtp=p1"), setupURL("acme", resetEditURL+"&isdtp=p1")} {
		if r = get(t, s, u); r.Code != 200 || !strings.Contains(r.Body, `class="btn" title="Reset Security Token"`) {
			t.Errorf("%s: %d", u, r.Code)
		}
	}
	// The languages of the labels.
	r = get(t, s, lightningURL("brasil", "/lightning/settings/personal/ResetApiToken/home"))
	mustContain(t, "brasil", r.Body, `<html lang="pt-BR"`, `aria-label="Redefinir meu token de segurança"`)
	r = get(t, s, myDomainURL("sicher", resetEditURL))
	mustContain(t, "sicher", r.Body, `value=" Sicherheitstoken zurücksetzen "`)
}
