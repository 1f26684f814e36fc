//go:build !js

package demoorg

import (
	"bytes"
	"crypto/rand"
	"embed"
	"encoding/base64"
	"html/template"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
)

//go:embed site
var siteFS embed.FS

// Paths of the fixture scripts and styles (same origin as the page).
const (
	auraBuild  = "dDVSRzZ4T3lWZlZQdkZLSkRTdFJqZzI"
	auraJS     = "/auraFW/javascript/" + auraBuild + "/aura_prod.js"
	auraCSS    = "/auraFW/resources/" + auraBuild + "/slds.css"
	classicJS  = "/jslibrary/1718236523000/sfdc/main.js"
	classicCSS = "/sCSS/62.0/sprites/1718236523000/Theme3/default/gc/common.css"
)

var tmpl = template.Must(template.New("").Funcs(template.FuncMap{
	"add": func(a, b int) int { return a + b },
}).ParseFS(siteFS, "site/templates/*.html"))

// frameKeys are the query parameters Lightning adds to a framed Classic page.
var frameKeys = []string{"isdtp", "sfdcIFrameOrigin", "sfdcIFrameHost", "nonce", "ltn_app_id", "clc"}

type kv struct{ Key, Value string }

// pageData is what every template gets.
type pageData struct {
	Org     *org
	Site    site
	Variant variant // th_* switches of the page (variants.go)
	Lang    string
	Nonce   string
	Title   string

	AuraJS, AuraCSS, ClassicJS, ClassicCSS       string
	LightningOrigin, MyDomainOrigin, SetupOrigin string

	// Lightning
	Mode    string // settings, setup, app
	Config  *shellConfig
	Tree    []viewSection
	Natives []native
	AppTab  string

	// Classic
	ID          string // page id (setupid-like) of a Classic page
	Framed      bool
	FrameParams []kv
	Sidebar     bool // Classic setup tree in the sidebar
	Body        template.HTML
	Token       string // _CONFIRMATIONTOKEN of Classic forms
	Message     string
	Rows        []field

	// index
	Links []DemoLink
	Port  string
	Path  string
}

func (p *pageData) T(key string) string { return tr(p.Lang, key) }

// ResetAction is where the reset form posts; a framed page keeps the
// frame's parameters in it, so that the confirmation is framed too.
func (p *pageData) ResetAction() string {
	if p.Framed {
		return withFrameParams(p.Variant.FormAction, p.FrameParams)
	}
	return p.Variant.FormAction
}

// Initials of the user, for the avatar.
func (p *pageData) Initials() string {
	if p.Org == nil {
		return ""
	}
	f, l := []rune(p.Org.User.First), []rune(p.Org.User.Last)
	if len(f) == 0 || len(l) == 0 {
		return ""
	}
	if p.Lang == "ja" {
		return string(l[0])
	}
	return string(f[0]) + string(l[0])
}

func (p *pageData) Accounts() []account          { return accounts }
func (p *pageData) RecordFields() []field        { return recordFields }
func (p *pageData) Contacts() []contact          { return recordContacts }
func (p *pageData) Opportunities() []opportunity { return recordOpps }
func (p *pageData) Cases() []caseRow             { return recordCases }
func (p *pageData) LoginHistory() []loginRow     { return loginHistory }
func (p *pageData) ClassicTree() []classicHeading {
	return classicTree(p.Org, p.ID, p.Variant)
}

type native struct {
	ID   string
	HTML template.HTML
}

// shellConfig is read by aura_prod.js from <script type="application/json" id="auraConfig">.
type shellConfig struct {
	Mode           string               `json:"mode"`
	Lang           string               `json:"lang"`
	Org            string               `json:"org"`
	Current        string               `json:"current"`
	RoutePrefix    string               `json:"routePrefix"`
	Items          map[string]shellItem `json:"items"`
	MyDomainOrigin string               `json:"myDomainOrigin"`
	AppID          string               `json:"appId"`
	Edition        string               `json:"edition"`
	Delay          int                  `json:"delay"`
	Filter         string               `json:"filter"`
	Churn          int                  `json:"churn"`
	Shadow         bool                 `json:"shadow"`
	Strings        map[string]string    `json:"strings"`

	// Variants (variants.go).
	Collapse   string `json:"collapse"`
	Aloha      string `json:"aloha"`
	FrameHost  string `json:"frameHost"`
	CLC        string `json:"clc"`
	EncOrigin  bool   `json:"encOrigin"`
	FrameExtra string `json:"frameExtra"` // th_* switches the framed Classic page needs
	Secret     string `json:"secret"`     // th_secret (report.go)

	// Hostile pages (hostile.go).
	Hostile    bool `json:"hostile"`
	Nodes      int  `json:"nodes"`
	Frames     int  `json:"frames"`
	ThrowEvery int  `json:"throwEvery"`
}

func randB64(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (s *Server) newPage(r *http.Request, st site) *pageData {
	return &pageData{
		Org: st.Org, Site: st, Variant: variantOf(r, ""), Lang: st.Org.Lang, Nonce: randB64(18),
		AuraJS: auraJS, AuraCSS: auraCSS, ClassicJS: classicJS, ClassicCSS: classicCSS,
		LightningOrigin: st.lightningOrigin(), MyDomainOrigin: st.myDomainOrigin(), SetupOrigin: st.setupOrigin(),
		Port: st.Port, Path: r.URL.Path,
	}
}

// CSP ---------------------------------------------------------------------

func lightningCSP(o *org, nonce string) string {
	if o.Strict {
		return "script-src 'self' 'nonce-" + nonce + "'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'"
	}
	return "script-src 'self' 'nonce-" + nonce + "' chrome-extension: 'unsafe-eval'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'"
}

// classicFrameAncestors lets the Lightning and Setup hosts frame Classic pages.
const classicFrameAncestors = "frame-ancestors 'self' https://*.lightning.force.com:* https://*.my.salesforce-setup.com:* https://*.force.com:* https://*.mcas.ms:*"

func classicCSP(o *org, nonce string) string {
	if o.Strict {
		return "script-src 'self' 'nonce-" + nonce + "'; object-src 'none'; base-uri 'self'; " + classicFrameAncestors
	}
	return "script-src 'self' 'unsafe-inline' 'unsafe-eval' chrome-extension: blob:; object-src 'none'; base-uri 'self'; " + classicFrameAncestors
}

// options (stress helpers) -------------------------------------------------

// opt reads a th_* option from the query, else from a cookie.
func opt(r *http.Request, name string) string {
	if v := r.URL.Query().Get(name); v != "" {
		return v
	}
	if c, err := r.Cookie(name); err == nil {
		return c.Value
	}
	return ""
}

func optInt(r *http.Request, name string, def, lo, hi int) int {
	v, err := strconv.Atoi(opt(r, name))
	if err != nil {
		return def
	}
	return min(max(v, lo), hi)
}

// routing -----------------------------------------------------------------

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	s.logRequest(r)
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")

	st, known := parseSite(r.Host)

	if mentionsConfirm(r) {
		if known && r.Method == http.MethodGet &&
			strings.EqualFold(r.URL.Path, resetConfirm) && s.consumeTicket(st.host()) {
			s.classicPage(w, r, st, "c_confirm", "ResetApiToken", tr(st.Org.Lang, "confirm.title"), http.StatusOK)
			return
		}
		if known && r.Method == http.MethodPost && strings.EqualFold(r.URL.Path, resetConfirm) {
			s.resetPost(w, r, st)
			return
		}
		s.addViolation(r)
		s.violationPage(w, r)
		return
	}

	if s.serveSOAP(w, r, st, known) {
		return
	}
	if !known {
		if r.URL.Path == "/demo" && isLocalHost(r.Host) {
			_, port := splitHostPort(r.Host)
			s.indexPage(w, r, nil, port)
			return
		}
		notFound(w, r)
		return
	}
	if r.URL.Path == "/demo" || r.URL.Path == "/demo/" {
		s.indexPage(w, r, st.Org, st.Port)
		return
	}
	if s.serveStatic(w, r) {
		return
	}
	switch st.Kind {
	case kindLightning:
		s.routeLightning(w, r, st)
	case kindSetup:
		s.routeSetup(w, r, st)
	case kindMyDomain:
		s.routeMyDomain(w, r, st)
	}
}

func isLocalHost(hostport string) bool {
	h, _ := splitHostPort(hostport)
	return h == "localhost" || net.ParseIP(h) != nil
}

func redirect(w http.ResponseWriter, loc string) {
	w.Header().Set("Location", loc)
	w.WriteHeader(http.StatusFound)
}

func notFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	if r.Method != http.MethodHead {
		_ = tmpl.ExecuteTemplate(w, "notfound", nil)
	}
}

func (s *Server) violationPage(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusConflict)
	if r.Method != http.MethodHead {
		_ = tmpl.ExecuteTemplate(w, "violation", map[string]string{"URL": "https://" + r.Host + r.URL.RequestURI(), "Method": r.Method})
	}
}

func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request) bool {
	p := r.URL.Path
	if !strings.HasPrefix(p, "/auraFW/") && !strings.HasPrefix(p, "/jslibrary/") && !strings.HasPrefix(p, "/sCSS/") {
		return false
	}
	clean := path.Clean(p)
	b, err := fs.ReadFile(siteFS, "site/static"+clean)
	if err != nil {
		notFound(w, r)
		return true
	}
	ct := mime.TypeByExtension(path.Ext(clean))
	if ct == "" {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	if r.Method != http.MethodHead {
		_, _ = w.Write(b)
	}
	return true
}

// Lightning host: <md>.lightning.force.com
func (s *Server) routeLightning(w http.ResponseWriter, r *http.Request, st site) {
	p := r.URL.Path
	switch {
	case p == "/" || p == "/one/one.app" || p == "/lightning" || p == "/lightning/":
		redirect(w, "/lightning/page/home")
	case strings.HasPrefix(p, "/lightning/setup"):
		// Setup lives on the Setup domain (Spring–Summer '24).
		redirect(w, st.setupOrigin()+r.URL.RequestURI())
	case strings.HasPrefix(p, "/lightning/settings/personal"):
		s.personalSettings(w, r, st)
	case p == "/lightning/page/home":
		s.appPage(w, r, st, "app_home", "home", tr(st.Org.Lang, "home"))
	case s.routeClassic(w, r, st):
		// A Classic page framed from the Lightning host itself (th_framehost=self).
	case strings.HasPrefix(p, "/lightning/r/"):
		parts := strings.Split(strings.TrimPrefix(p, "/lightning/r/"), "/")
		if len(parts) >= 2 && parts[0] == "Account" {
			s.appPage(w, r, st, "app_record", "accounts", "Acme Corporation")
			return
		}
		s.appPage(w, r, st, "app_generic", "home", tr(st.Org.Lang, "home"))
	case strings.HasPrefix(p, "/lightning/o/"):
		parts := strings.Split(strings.TrimPrefix(p, "/lightning/o/"), "/")
		if len(parts) >= 2 && parts[0] == "Account" {
			s.appPage(w, r, st, "app_list", "accounts", tr(st.Org.Lang, "accounts"))
			return
		}
		s.appPage(w, r, st, "app_generic", "home", tr(st.Org.Lang, "home"))
	default:
		notFound(w, r)
	}
}

// Setup host: <md>.my.salesforce-setup.com
func (s *Server) routeSetup(w http.ResponseWriter, r *http.Request, st site) {
	p := r.URL.Path
	switch {
	case p == "/" || p == "/lightning/setup" || p == "/lightning/setup/":
		redirect(w, "/lightning/setup/SetupOneHome/home")
	case strings.HasPrefix(p, "/lightning/setup/"):
		s.setupPage(w, r, st)
	case strings.HasPrefix(p, "/lightning/settings/personal"):
		s.personalSettings(w, r, st)
	case strings.HasPrefix(p, "/lightning/"):
		redirect(w, st.lightningOrigin()+r.URL.RequestURI())
	case s.routeClassic(w, r, st):
		// A Classic page framed from the Setup host itself (th_framehost=self).
	default:
		notFound(w, r)
	}
}

// My Domain host: <md>.my.salesforce.com (Classic)
func (s *Server) routeMyDomain(w http.ResponseWriter, r *http.Request, st site) {
	p := r.URL.Path
	switch {
	case p == "/":
		redirect(w, st.lightningOrigin()+"/lightning/page/home")
	case strings.HasPrefix(p, "/lightning/setup"):
		redirect(w, st.setupOrigin()+r.URL.RequestURI())
	case strings.HasPrefix(p, "/lightning/"):
		redirect(w, st.lightningOrigin()+r.URL.RequestURI())
	case s.routeClassic(w, r, st):
		// served
	default:
		notFound(w, r)
	}
}

// routeClassic serves the Classic pages; false for any other path.
func (s *Server) routeClassic(w http.ResponseWriter, r *http.Request, st site) bool {
	lp := strings.ToLower(r.URL.Path)
	switch {
	case lp == strings.ToLower(resetEditPath):
		s.resetEdit(w, r, st)
	case lp == "/ui/setup/setup":
		s.classicSetup(w, r, st)
	case lp == "/home/home.jsp":
		s.classicPage(w, r, st, "c_home", "Home", tr(st.Org.Lang, "home"), http.StatusOK)
	default:
		cp, ok := classicPages[lp]
		if !ok {
			return false
		}
		if cp.ID == "ChangePassword" && r.Method == http.MethodPost {
			s.classicPageMsg(w, r, st, cp.Body, cp.ID, classicTitle(st.Org, cp.ID), tr(st.Org.Lang, "cp.changed"))
			return true
		}
		s.classicPage(w, r, st, cp.Body, cp.ID, classicPageTitle(st.Org, cp.ID), http.StatusOK)
	}
	return true
}

// Lightning pages -----------------------------------------------------------

// lightningID reads <Id> from /lightning/settings/personal/<Id>/home or /lightning/setup/<Id>/home.
func lightningID(p, prefix string) (id, rest string) {
	tail := strings.TrimPrefix(p, prefix)
	id, rest, _ = strings.Cut(tail, "/")
	return id, rest
}

func (s *Server) personalSettings(w http.ResponseWriter, r *http.Request, st site) {
	const prefix = "/lightning/settings/personal/"
	id, rest := lightningID(r.URL.Path, prefix)
	if id == "" || rest == "" {
		if id == "" {
			id = "PersonalInformation"
		}
		redirect(w, prefix+id+"/home")
		return
	}
	tree, items := buildTree(st.Org, personalTree, prefix, id, true, variantOf(r, "settings"))
	s.shell(w, r, st, "settings", prefix, id, tree, items)
}

func (s *Server) setupPage(w http.ResponseWriter, r *http.Request, st site) {
	const prefix = "/lightning/setup/"
	id, rest := lightningID(r.URL.Path, prefix)
	if rest == "" {
		redirect(w, prefix+id+"/home")
		return
	}
	tree, items := buildTree(st.Org, setupTree, prefix, id, false, variantOf(r, "setup"))
	s.shell(w, r, st, "setup", prefix, id, tree, items)
}

func (s *Server) shellConfig(r *http.Request, st site, mode, prefix, current string, items map[string]shellItem) *shellConfig {
	filter := opt(r, "th_filter")
	switch filter {
	case "hide", "remove", "rerender":
	default:
		filter = "hide"
	}
	shadow := st.Org.Shadow
	if v := opt(r, "th_shadow"); v != "" {
		shadow = v == "1" || v == "true"
	}
	lang := st.Org.Lang
	v := variantOf(r, mode)
	return &shellConfig{
		Mode: mode, Lang: lang, Org: st.Org.Name, Current: current, RoutePrefix: prefix, Items: items,
		MyDomainOrigin: st.myDomainOrigin(), AppID: st.Org.AppID, Edition: st.Org.Edition,
		Delay:  optInt(r, "th_delay", 600, 0, 60000),
		Filter: filter,
		Churn:  optInt(r, "th_churn", 0, 0, 600000),
		Shadow: shadow,
		Strings: map[string]string{
			"noresults": tr(lang, "noresults"),
			"loading":   tr(lang, "loading"),
			"notfound":  tr(lang, "notfound"),
		},
		Collapse:   v.Collapse,
		Aloha:      v.Aloha,
		FrameHost:  v.FrameHost,
		CLC:        v.CLC,
		EncOrigin:  v.EncOrigin,
		FrameExtra: frameExtra(r),
		Secret:     secretOf(r),
		Hostile:    hostileOn(r),
		Nodes:      optInt(r, "th_nodes", 0, 0, maxNodes),
		Frames:     optInt(r, "th_frames", 0, 0, maxFrames),
		ThrowEvery: throwEvery(r),
	}
}

var settingsNatives = []string{"DisplayDensity", "ActivityReminders"}
var setupNatives = []string{"SetupOneHome", "ReleaseUpdates", "NavigationMenus", "SecurityHealthCheck"}

func (s *Server) shell(w http.ResponseWriter, r *http.Request, st site, mode, prefix, current string, tree []viewSection, items map[string]shellItem) {
	pd := s.newPage(r, st)
	pd.Mode = mode
	pd.Tree = tree
	pd.Config = s.shellConfig(r, st, mode, prefix, current, items)
	if it, ok := items[current]; ok {
		pd.Title = it.Label
	} else {
		pd.Title = tr(st.Org.Lang, map[string]string{"settings": "settings", "setup": "setup"}[mode])
	}
	names := settingsNatives
	if mode == "setup" {
		names = setupNatives
	}
	for _, n := range names {
		pd.Natives = append(pd.Natives, native{ID: n, HTML: s.render("native_"+n, pd)})
	}
	s.writeLightning(w, r, pd)
}

func (s *Server) appPage(w http.ResponseWriter, r *http.Request, st site, content, tab, title string) {
	pd := s.newPage(r, st)
	pd.Mode = "app"
	pd.AppTab = tab
	pd.Title = title
	pd.Config = s.shellConfig(r, st, "app", "", "", map[string]shellItem{})
	pd.Natives = []native{{ID: "page", HTML: s.render(content, pd)}}
	s.writeLightning(w, r, pd)
}

func (s *Server) render(name string, pd *pageData) template.HTML {
	var b bytes.Buffer
	if err := tmpl.ExecuteTemplate(&b, name, pd); err != nil {
		return template.HTML("<!-- template " + template.HTMLEscapeString(name) + ": " + template.HTMLEscapeString(err.Error()) + " -->")
	}
	return template.HTML(b.String()) // #nosec: our own template output
}

func (s *Server) writeLightning(w http.ResponseWriter, r *http.Request, pd *pageData) {
	var b bytes.Buffer
	if err := tmpl.ExecuteTemplate(&b, "lightning", pd); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	csp := lightningCSP(pd.Org, pd.Nonce)
	if pd.Config != nil && pd.Config.Hostile {
		csp = hostileCSP
	}
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Frame-Options", "SAMEORIGIN")
	h.Set("Referrer-Policy", "origin-when-cross-origin")
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(b.Bytes())
}

// Classic pages -------------------------------------------------------------

type classicPageDef struct {
	ID   string
	Body string
}

var classicPages = map[string]classicPageDef{
	"/setup/personalinformationsetup.apexp":                  {"PersonalInformation", "c_personalInfo"},
	"/" + strings.ToLower(userRecordID):                      {"AdvancedUserDetails", "c_personalInfo"},
	"/_ui/system/security/changepassword":                    {"ChangePassword", "c_changePassword"},
	"/_ui/system/user/languagetimezonesetup":                 {"LanguageAndTimeZone", "c_generic"},
	"/setup/user/grantloginaccess.apexp":                     {"GrantLoginAccess", "c_generic"},
	"/setup/personalloginhistory.apexp":                      {"LoginHistory", "c_loginHistory"},
	"/p/setup/layout/customizetabs":                          {"CustomizeTabs", "c_generic"},
	"/_ui/core/email/author/emailsettings":                   {"EmailSettings", "c_generic"},
	"/email-admin/services/emailtosalesforceusersetup.apexp": {"EmailToSalesforceUserSetup", "c_generic"},
	"/005":                                 {"ManageUsers", "c_generic"},
	"/00e":                                 {"EnhancedProfiles", "c_generic"},
	"/0ps":                                 {"PermSets", "c_generic"},
	"/ui/setup/export/dataexportpage/d":    {"DataManagementExport", "c_generic"},
	"/00d000000000001aaa":                  {"CompanyProfileInfo", "c_generic"},
	"/_ui/system/security/sessionsettings": {"SecuritySession", "c_generic"},
	"/05g":                                 {"NetworkAccess", "c_generic"},
	"/setup/forcecomhomepage.apexp":        {"SetupHome", "c_generic"},
}

func classicPageTitle(o *org, id string) string {
	if id == "SetupHome" {
		return tr(o.Lang, "classic.setuphome")
	}
	return classicTitle(o, id)
}

// genericRows are the detail rows of the plain Classic pages.
func genericRows(o *org, id string) []field {
	u := o.User
	switch id {
	case "LanguageAndTimeZone":
		return []field{{tr(o.Lang, "pi.locale"), u.Locale}, {tr(o.Lang, "pi.language"), tr(o.Lang, "pi.langname")}, {tr(o.Lang, "pi.timezone"), u.TimeZone}, {"Email Encoding", "Unicode (UTF-8)"}}
	case "GrantLoginAccess":
		return []field{{"Salesforce.com Support", "--No Access--"}, {"Acme Partner Support", "--No Access--"}}
	case "EmailSettings":
		return []field{{"Email Name", u.Name}, {"Email Address", u.Email}, {"BCC Me on Outgoing Emails", "No"}, {"Email Signature", u.Name + "\n" + u.Title}}
	case "EmailToSalesforceUserSetup":
		return []field{{"Email to Salesforce Address", "emailtosalesforce@" + o.Name + ".example"}, {"Active", "No"}}
	case "CustomizeTabs":
		return []field{{"Custom App", "Sales"}, {"Selected Tabs", "Home, Accounts, Contacts, Opportunities, Cases, Reports"}}
	case "ManageUsers":
		return []field{{u.Name, u.Username + " — System Administrator — Active"}, {"Integration User", "integration@" + o.Name + ".example — Analytics Cloud Integration User — Active"}, {"Chatter Expert", "chatty@" + o.Name + ".example — Chatter Free User — Active"}}
	case "EnhancedProfiles":
		return []field{{"System Administrator", "Salesforce"}, {"Standard User", "Salesforce"}, {"Read Only", "Salesforce"}, {"API Only Integrations", "Salesforce Integration"}}
	case "PermSets":
		return []field{{"Sales Operations", "Custom"}, {"Data Loader Users", "Custom"}}
	case "DataManagementExport":
		return []field{{"Next Scheduled Export", "None"}}
	case "CompanyProfileInfo":
		return []field{{"Organization Name", u.Company}, {"Organization Edition", o.Edition}, {"Salesforce.com Organization ID", o.OrgID}, {"Default Locale", u.Locale}}
	case "SecuritySession":
		return []field{{"Timeout value", "2 hours"}, {"Lock sessions to the IP address from which they originated", "No"}, {"Enable clickjack protection for Setup pages", "Yes"}}
	case "NetworkAccess":
		return []field{{"Trusted IP Range", "203.0.113.0 – 203.0.113.255 (Office)"}}
	case "SetupHome":
		return []field{{"Recent Items", "Session Settings, Network Access"}}
	}
	return nil
}

func (s *Server) classicPage(w http.ResponseWriter, r *http.Request, st site, body, id, title string, status int) {
	s.classicPageFull(w, r, st, body, id, title, "", status)
}

func (s *Server) classicPageMsg(w http.ResponseWriter, r *http.Request, st site, body, id, title, msg string) {
	s.classicPageFull(w, r, st, body, id, title, msg, http.StatusOK)
}

func (s *Server) classicPageFull(w http.ResponseWriter, r *http.Request, st site, body, id, title, msg string, status int) {
	_ = r.ParseForm()
	pd := s.newPage(r, st)
	pd.ID = id
	pd.Title = title
	pd.Message = msg
	pd.Token = randB64(24)
	pd.Rows = genericRows(st.Org, id)
	pd.FrameParams = frameParams(r.Form)
	pd.Framed = r.Form.Get("isdtp") != ""
	pd.Sidebar = !pd.Framed && body != "c_home"
	pd.Body = s.render(body, pd)
	var b bytes.Buffer
	if err := tmpl.ExecuteTemplate(&b, "classic", pd); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", classicCSP(st.Org, pd.Nonce))
	h.Set("Referrer-Policy", "origin-when-cross-origin")
	w.WriteHeader(status)
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(b.Bytes())
}

func frameParams(v url.Values) []kv {
	var out []kv
	for _, k := range frameKeys {
		if x := v.Get(k); x != "" {
			out = append(out, kv{k, x})
		}
	}
	return out
}

// withFrameParams appends the iframe parameters to a path, in the form
// Lightning uses (the origin left readable).
func withFrameParams(p string, fp []kv) string {
	for _, x := range fp {
		sep := "&"
		if !strings.Contains(p, "?") {
			sep = "?"
		}
		v := url.QueryEscape(x.Value)
		v = strings.NewReplacer("%3A", ":", "%2F", "/").Replace(v)
		p += sep + x.Key + "=" + v
	}
	return p
}

// safeRetURL keeps a retURL only when it is a path on the same host.
func safeRetURL(v string) string {
	if strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "//") && !strings.ContainsAny(v, "\\\r\n") {
		return v
	}
	return "/ui/setup/Setup?setupid=PersonalInfo"
}

func (s *Server) resetEdit(w http.ResponseWriter, r *http.Request, st site) {
	o := st.Org
	if !o.HasReset {
		if r.Method == http.MethodPost {
			_ = r.ParseForm()
		}
		s.classicPage(w, r, st, "c_insufficient", "ResetApiToken", tr(o.Lang, "insufficient.title"), http.StatusOK)
		return
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		s.classicPage(w, r, st, "c_resetEdit", "ResetApiToken", tr(o.Lang, "ctitle.ResetApiToken"), http.StatusOK)
	case http.MethodPost:
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad form", http.StatusBadRequest)
			return
		}
		fp := frameParams(r.PostForm)
		if r.PostForm.Has("cancel") {
			redirect(w, withFrameParams(safeRetURL(r.PostForm.Get("retURL")), fp))
			return
		}
		// The reset (th_form=edit): the token is reset and mailed; Classic
		// then shows Confirm.
		s.addReset(r, st.host())
		redirect(w, withFrameParams(resetConfirmURL, fp))
	default:
		w.Header().Set("Allow", "GET, HEAD, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

// resetPost is the reset form's POST to ResetApiTokenConfirm itself: the
// click of the user, the one request of that path that is allowed
// without a ticket. A form without the page's _CONFIRMATIONTOKEN is not
// the reset form, and counts as a violation.
func (s *Server) resetPost(w http.ResponseWriter, r *http.Request, st site) {
	if err := r.ParseForm(); err != nil || r.PostForm.Get("_CONFIRMATIONTOKEN") == "" || !st.Org.HasReset {
		s.addViolation(r)
		s.violationPage(w, r)
		return
	}
	if r.PostForm.Has("cancel") {
		redirect(w, withFrameParams(safeRetURL(r.PostForm.Get("retURL")), frameParams(r.PostForm)))
		return
	}
	s.addReset(r, st.host())
	s.consumeTicket(st.host()) // this answer is the confirmation: no GET follows
	s.classicPage(w, r, st, "c_confirm", "ResetApiToken", tr(st.Org.Lang, "confirm.title"), http.StatusOK)
}

// frameExtra is the th_* switches of a Lightning page that its framed
// Classic page needs too, as a query suffix.
func frameExtra(r *http.Request) string {
	out := ""
	for _, k := range []string{"th_form", "th_btnname", "th_collapse", "th_secret"} {
		if v := opt(r, k); v != "" {
			out += "&" + k + "=" + url.QueryEscape(v)
		}
	}
	return out
}

// classicSetup serves /ui/setup/Setup?setupid=…
func (s *Server) classicSetup(w http.ResponseWriter, r *http.Request, st site) {
	id := r.URL.Query().Get("setupid")
	fp := frameParams(r.URL.Query())
	switch id {
	case "", "PersonalInfo":
		s.classicPage(w, r, st, "c_personalInfo", "PersonalInformation", tr(st.Org.Lang, "item.PersonalInformation"), http.StatusOK)
		return
	case "ResetApiToken":
		redirect(w, withFrameParams(resetEditURL, fp))
		return
	}
	for _, tree := range [][]navSection{personalTree, setupTree} {
		for _, sec := range tree {
			for _, n := range sec.Nodes {
				for _, c := range append([]*navNode{n}, n.Children...) {
					if c.ID == id && c.Classic != "" {
						redirect(w, withFrameParams(c.Classic, fp))
						return
					}
				}
			}
		}
	}
	s.classicPage(w, r, st, "c_generic", "SetupHome", tr(st.Org.Lang, "classic.setuphome"), http.StatusOK)
}

// Classic setup sidebar ------------------------------------------------------

type classicHeading struct {
	Label   string
	Folders []classicFolder
}

type classicFolder struct {
	ID     string
	Label  string
	Open   bool
	Absent bool // closed with its leaves out of the DOM (th_collapse=absent)
	Leaves []classicLeaf
}

type classicLeaf struct {
	ID, Label, Href string
	Current         bool
}

// classicTree is the Classic Setup sidebar with My Settings' real ids: the
// folder PersonalInfo (PersonalInfo_font), its leaves PersonalInformation,
// ChangePassword, … (docs/salesforce-pages.md §5.2).
func classicTree(o *org, current string, v variant) []classicHeading {
	L := func(k string) string { return tr(o.Lang, k) }
	lf := func(id, label, href string) classicLeaf {
		return classicLeaf{ID: id, Label: label, Href: href, Current: id == current}
	}
	personal := []classicLeaf{
		lf("PersonalInformation", L("item.PersonalInformation"), "/ui/setup/Setup?setupid=PersonalInfo"),
		lf("ChangePassword", L("item.ChangePassword"), "/_ui/system/security/ChangePassword?setupid=ChangePassword"),
		lf("LanguageAndTimeZone", L("item.LanguageAndTimeZone"), "/_ui/system/user/LanguageTimeZoneSetup?setupid=LanguageAndTimeZone"),
		lf("GrantLoginAccess", L("item.GrantLoginAccess"), "/setup/user/grantLoginAccess.apexp?setupid=GrantLoginAccess"),
	}
	if o.HasReset {
		personal = append(personal, lf("ResetApiToken", L("item.ResetApiToken"), resetEditURL))
	}
	personal = append(personal,
		lf("LoginHistory", L("item.LoginHistory"), "/setup/personalLoginHistory.apexp?setupid=LoginHistory"),
		lf("AdvancedUserDetails", L("item.AdvancedUserDetails"), "/"+userRecordID+"?noredirect=1&isUserEntityOverride=1&setupid=AdvancedUserDetails"),
	)
	open := func(leaves []classicLeaf) bool {
		for _, l := range leaves {
			if l.Current {
				return true
			}
		}
		return false
	}
	email := []classicLeaf{
		lf("EmailSettings", L("item.EmailSettings"), "/_ui/core/email/author/EmailSettings?setupid=EmailSettings"),
		lf("EmailToSalesforceUserSetup", L("item.EmailToSalesforceUserSetup"), "/email-admin/services/emailToSalesforceUserSetup.apexp?setupid=EmailToSalesforceUserSetup"),
	}
	display := []classicLeaf{
		lf("CustomizeTabs", L("item.CustomizeTabs"), "/p/setup/layout/CustomizeTabs?setupid=CustomizeTabs"),
	}
	users := []classicLeaf{
		lf("ManageUsers", L("item.ManageUsers"), "/005?isUserEntityOverride=1&setupid=ManageUsers"),
		lf("EnhancedProfiles", L("item.EnhancedProfiles"), "/00e?setupid=EnhancedProfiles"),
		lf("PermSets", L("item.PermSets"), "/0PS?setupid=PermSets"),
	}
	company := []classicLeaf{
		lf("CompanyProfileInfo", L("item.CompanyProfileInfo"), "/00D000000000001AAA?setupid=CompanyProfileInfo"),
	}
	security := []classicLeaf{
		lf("SecuritySession", L("item.SecuritySession"), "/_ui/system/security/SessionSettings?setupid=SecuritySession"),
		lf("NetworkAccess", L("item.NetworkAccess"), "/05G?setupid=NetworkAccess"),
	}
	data := []classicLeaf{
		lf("DataManagementExport", L("item.DataManagementExport"), "/ui/setup/export/DataExportPage/d?setupid=DataManagementExport"),
	}
	return []classicHeading{
		{L("classic.personalsetup"), []classicFolder{
			// th_collapse: the user closed the folder (Classic keeps that).
			{"PersonalInfo", L("classic.personal"), v.Collapse == "", v.Collapse == "absent", personal},
			{"EmailSetup", L("classic.myemail"), open(email), false, email},
			{"DisplayAndLayout", L("grp.display"), open(display), false, display},
		}},
		{L("classic.appsetup"), []classicFolder{
			{"DataManagement", L("grp.Data"), open(data), false, data},
		}},
		{L("classic.administer"), []classicFolder{
			{"Users", L("classic.manageusers"), open(users), false, users},
			{"CompanyProfile", L("grp.CompanySettings"), open(company), false, company},
			{"Security", L("classic.securitycontrols"), open(security), false, security},
		}},
	}
}

// index ----------------------------------------------------------------------

func (s *Server) indexPage(w http.ResponseWriter, r *http.Request, o *org, port string) {
	pd := &pageData{Lang: "en", Title: "Demo org", Links: DemoLinks(port), Port: port}
	if o != nil {
		pd.Org = o
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "script-src 'none'; object-src 'none'")
	if r.Method == http.MethodHead {
		return
	}
	_ = tmpl.ExecuteTemplate(w, "index", pd)
}
