package salesforce

import "strings"

// UI is the Salesforce user interface a page belongs to.
type UI string

// User interfaces.
const (
	UILightning UI = "lightning"
	UIClassic   UI = "classic"
)

// Kind says which page a URL shows, for the pages the extension cares about.
type Kind string

// Page kinds.
const (
	KindOther            Kind = "other"
	KindPersonalSettings Kind = "personal-settings" // Lightning /lightning/settings/personal/<X>/home other than the two below (also on the setup domain)
	KindResetPage        Kind = "reset-page"        // Lightning /lightning/settings/personal/ResetApiToken/home (no url= pointing at the confirm page)
	KindResetDone        Kind = "reset-done"        // Lightning ResetApiToken/home?url=...ResetApiTokenConfirm... ; Classic /_ui/system/security/ResetApiTokenConfirm
	KindResetEdit        Kind = "reset-edit"        // Classic /_ui/system/security/ResetApiTokenEdit, and /ui/setup/Setup?setupid=ResetApiToken
	KindChangePassword   Kind = "change-password"   // Lightning .../personal/ChangePassword/home; Classic /_ui/system/security/ChangePassword
	KindSetupHome        Kind = "setup-home"        // Lightning /lightning/setup/SetupOneHome/home, old /one/one.app#/setup/SetupOneHome/home
	KindSetup            Kind = "setup"             // any other Lightning Setup page (/lightning/setup/...)
	KindClassicPersonal  Kind = "classic-personal"  // Classic personal setup pages showing the My Settings tree: /ui/setup/Setup?setupid=PersonalInfo (and other personal setupids), /setup/personalInformationSetup.apexp
)

// Page is a classified URL.
type Page struct {
	Host   Host
	Kind   Kind
	UI     UI   // Lightning for /lightning/... and /one/one.app, Classic otherwise
	Framed bool // the URL carries Lightning's iframe parameters (isdtp=p1, sfdcIFrameOrigin): a Classic page shown inside Lightning
}

// Classify tells which page an http or https URL on a Salesforce host shows.
// It reports false for any other URL, including relative ones and URLs with
// user information.
//
// Paths, setupid values and parameter names are compared without regard to
// ASCII case, since links to these pages come in several spellings, and a
// trailing slash or a missing "/home" is tolerated. The path, query and fragment are read as written, never
// percent-decoded: that keeps every page Classify recognises inside
// [Prefilter], which sees the same text in the content script. A page
// spelled with needless escapes is KindOther, which only means the extension
// stays quiet there.
func Classify(rawURL string) (Page, bool) {
	host, ok := authority(rawURL)
	if !ok {
		return Page{}, false
	}
	h, ok := ParseHost(host)
	if !ok {
		return Page{}, false
	}
	path, query, fragment := splitURL(rawURL)
	p := Page{Host: h, Kind: KindOther, UI: UIClassic, Framed: framed(query)}
	switch {
	case path == "/one/one.app" || path == "/one/one.app/":
		// Only the exact "/one/one.app#/setup/" spelling, which the
		// prefilter looks for; the old route redirects to /lightning/setup/
		// anyway.
		p.UI = UILightning
		if path == "/one/one.app" && !hasQuery(rawURL) {
			p.Kind = oneAppKind(fragment)
		}
	case path == "/lightning" || strings.HasPrefix(path, "/lightning/"):
		p.UI = UILightning
		p.Kind = lightningKind(path, query, fragment)
	default:
		p.Kind = classicKind(strings.TrimRight(path, "/"), query)
	}
	return p, true
}

// authority returns the host (with any port) of an absolute http or https
// URL, and false for anything else: another scheme, a relative URL, user
// information, or a control character in the host. It does the part of
// url.Parse that Classify needs, without net/url's weight in the WASM
// binary (222 KB raw, 58 KB gzipped, measured).
func authority(rawURL string) (string, bool) {
	scheme, rest, ok := strings.Cut(rawURL, "://")
	if !ok {
		return "", false
	}
	if scheme = asciiLower(scheme); scheme != "https" && scheme != "http" {
		return "", false
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if rest == "" || strings.ContainsAny(rest, "@\\ ") {
		return "", false
	}
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; c < 0x20 || c == 0x7f {
			return "", false
		}
	}
	return rest, true
}

// hasQuery reports whether a URL has a "?" before its fragment, even with
// nothing after it.
func hasQuery(rawURL string) bool {
	rest, _, _ := strings.Cut(rawURL, "#")
	return strings.Contains(rest, "?")
}

// splitURL returns the ASCII-lower-cased path, query and fragment of an
// absolute URL as written, cutting where url.Parse cuts.
func splitURL(rawURL string) (path, query, fragment string) {
	rest, fragment, _ := strings.Cut(rawURL, "#")
	rest, query, _ = strings.Cut(rest, "?")
	if _, after, ok := strings.Cut(rest, "://"); ok {
		if i := strings.IndexByte(after, '/'); i >= 0 {
			path = after[i:]
		}
	}
	return asciiLower(path), asciiLower(query), asciiLower(fragment)
}

// lightningKind classifies a /lightning/... path.
func lightningKind(path, query, fragment string) Kind {
	if rest, ok := strings.CutPrefix(path, "/lightning/settings/personal/"); ok {
		id, ok := pageID(rest)
		switch {
		case !ok:
			return KindOther
		case id == "resetapitoken" && (Dangerous(query) || Dangerous(fragment)):
			return KindResetDone
		case id == "resetapitoken":
			return KindResetPage
		case id == "changepassword":
			return KindChangePassword
		}
		return KindPersonalSettings
	}
	if rest, ok := strings.CutPrefix(path, "/lightning/setup/"); ok {
		return setupKind(rest)
	}
	return KindOther
}

// oneAppKind classifies the fragment of the old /one/one.app URLs, which
// carried the Lightning route after the "#".
func oneAppKind(fragment string) Kind {
	if rest, ok := strings.CutPrefix(fragment, "/setup/"); ok {
		return setupKind(rest)
	}
	return KindOther
}

// setupKind classifies what follows "/lightning/setup/": "<SetupId>/<view>...".
func setupKind(rest string) Kind {
	if id, ok := pageID(rest); ok && id == "setuponehome" {
		return KindSetupHome
	}
	if id, _, _ := strings.Cut(rest, "/"); id != "" {
		return KindSetup
	}
	return KindOther
}

// pageID reads "<id>", "<id>/" or "<id>/home" (with any number of trailing
// slashes) and returns the id; ok is false for any other shape.
func pageID(rest string) (id string, ok bool) {
	rest = strings.TrimRight(rest, "/")
	id, view, _ := strings.Cut(rest, "/")
	return id, id != "" && (view == "" || view == "home")
}

// personalSetupIDs are the Classic setupid values of the My Settings
// (personal setup) tree: PersonalInfo, ChangePassword and LoginHistory;
// PersonalSetup as the tree's root and PersonalInformation for the page
// behind personalInformationSetup.apexp (docs/salesforce-pages.md §5.2).
var personalSetupIDs = []string{"personalsetup", "personalinfo", "personalinformation", "changepassword", "loginhistory"}

// classicKind classifies a Classic path, trailing slashes removed.
func classicKind(path, query string) Kind {
	switch path {
	case "/_ui/system/security/resetapitokenconfirm":
		return KindResetDone
	case "/_ui/system/security/resetapitokenedit":
		return KindResetEdit
	case "/_ui/system/security/changepassword":
		return KindChangePassword
	case "/setup/personalinformationsetup.apexp":
		return KindClassicPersonal
	case "/ui/setup/setup":
		id := param(query, "setupid")
		if id == "resetapitoken" {
			return KindResetEdit
		}
		for _, p := range personalSetupIDs {
			if id == p {
				return KindClassicPersonal
			}
		}
	}
	return KindOther
}

// framed reports whether the query carries the parameters Lightning adds to
// the Classic page it shows in an iframe (docs/salesforce-pages.md §4.1).
func framed(query string) bool {
	return param(query, "isdtp") == "p1" || hasParam(query, "sfdciframeorigin")
}

// param returns the first value of key in a lower-cased raw query, as
// written; "" if absent.
func param(query, key string) string {
	for kv := range strings.SplitSeq(query, "&") {
		if k, v, _ := strings.Cut(kv, "="); k == key {
			return v
		}
	}
	return ""
}

func hasParam(query, key string) bool {
	for kv := range strings.SplitSeq(query, "&") {
		if k, _, _ := strings.Cut(kv, "="); k == key {
			return true
		}
	}
	return false
}
