//go:build !js

package demoorg

import "net/http"

// Variants of the pages that the public evidence shows Salesforce
// producing, or where it is silent (docs/salesforce-pages.md says which).
// Each is a switch, as a query parameter or a cookie like the other th_*
// options, so that a test can cover every one:
//
//	th_nodeids=1|0      data-node-id on the Lightning tree nodes; by default
//	                    on the Setup tree and off in the personal settings
//	                    (older evidence has it, the 2026 page objects not)
//	th_collapse=absent  the groups that do not hold the current page start
//	                    closed, their leaves out of the DOM until opened
//	                    (Lightning); in Classic, My Settings' Personal folder
//	                    starts closed, leaves out of the DOM
//	th_collapse=hidden  the same, leaves in the DOM but hidden
//	th_aloha=shadow     force-aloha-page holds the iframe in an open
//	                    (native) shadow root; default: light DOM (synthetic)
//	th_framehost=self   the Classic frame comes from the page's own host
//	                    (Lightning or Setup, same origin); default My Domain
//	th_clc=0            clc=0 in the frame URL; default clc=1
//	th_encorigin=1      sfdcIFrameOrigin percent-encoded in the frame URL
//	th_form=edit        the reset form posts to ResetApiTokenEdit (and the
//	                    server redirects to the confirmation); default: it
//	                    posts to ResetApiTokenConfirm itself
//	th_btnname=1        the reset button has name="save"; default none
type variant struct {
	NodeIDs    bool
	Collapse   string // "", "absent", "hidden"
	Aloha      string // "light", "shadow"
	FrameHost  string // "mydomain", "self"
	CLC        string // "1", "0"
	EncOrigin  bool
	FormAction string // the reset form's action
	ButtonName bool
}

func on(r *http.Request, name string) bool {
	v := opt(r, name)
	return v == "1" || v == "true"
}

// variantOf reads the switches of a request; mode is "settings", "setup"
// or "" (Classic).
func variantOf(r *http.Request, mode string) variant {
	v := variant{NodeIDs: mode == "setup", Aloha: "light", FrameHost: "mydomain", CLC: "1", FormAction: resetConfirmAction}
	if s := opt(r, "th_nodeids"); s != "" {
		v.NodeIDs = s == "1" || s == "true"
	}
	switch c := opt(r, "th_collapse"); c {
	case "absent", "hidden":
		v.Collapse = c
	}
	if opt(r, "th_aloha") == "shadow" {
		v.Aloha = "shadow"
	}
	if opt(r, "th_framehost") == "self" {
		v.FrameHost = "self"
	}
	if opt(r, "th_clc") == "0" {
		v.CLC = "0"
	}
	v.EncOrigin = on(r, "th_encorigin")
	if opt(r, "th_form") == "edit" {
		v.FormAction = resetEditPath
	}
	v.ButtonName = on(r, "th_btnname")
	return v
}
