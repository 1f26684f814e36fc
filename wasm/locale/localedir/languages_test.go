package localedir

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// salesforceLocales are the catalogue's folders: English and every
// language Salesforce fully supports (issue 17), named as Chrome and
// Firefox name their UI locales. Norwegian is nb: Chromium's UI locale for
// Norwegian Bokmål, and what Firefox's nb-NO falls back to ("no" is only
// the Chrome Web Store's name for the listing). es_419 is Latin American
// Spanish, the browser's locale for Salesforce's Spanish (Mexico).
var salesforceLocales = []string{
	"da", "de", "en", "es", "es_419", "fi", "fr", "it", "ja", "ko",
	"nb", "nl", "pt_BR", "ru", "sv", "th", "zh_CN", "zh_TW",
}

// Every locale Salesforce fully supports has a catalogue, and no other
// folder exists (a misspelt folder would be ignored by the browser).
// langTag names the folder's language as a lang attribute wants it.
func TestEveryLocale(t *testing.T) {
	if got := languages(t); !slices.Equal(got, salesforceLocales) {
		t.Errorf("locale folders %q, want %q", got, salesforceLocales)
	}
	for _, lang := range languages(t) {
		m, err := Read(filepath.Join(locales, lang))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := m.Text("langTag"), strings.ReplaceAll(lang, "_", "-"); got != want {
			t.Errorf("%s: langTag %q, want %q", lang, got, want)
		}
	}
}

// The manifest's short name fits where browsers show it: 12 characters.
func TestShortName(t *testing.T) {
	for _, lang := range languages(t) {
		m, err := Read(filepath.Join(locales, lang))
		if err != nil {
			t.Fatal(err)
		}
		if n := utf8.RuneCountInString(m.Text("extShortName")); n > 12 {
			t.Errorf("%s: extShortName %q has %d characters, at most 12 fit", lang, m.Text("extShortName"), n)
		}
	}
}

// verbatim is what stays as written in every language: Salesforce's
// product, edition and feature names that Salesforce does not translate,
// the English lines of its token email (quoted so users can find them),
// the clients' own names and identifiers, and abbreviations.
var verbatim = []string{
	"Security token (case-sensitive)", "Your new Salesforce security token",
	"salesforce.com security token confirmation",
	"Login Challenge Enabled", "Login with API Token",
	// Hosts and URLs, the Login History status and the setting and
	// permission labels quoted as the org shows them, and client fields.
	"login.salesforce.com", "test.salesforce.com", "lightning.force.com", "salesforce-setup.com", "https://",
	"Failed: API security token required", "Prevent login from", "Allow OAuth Username-Password Flows",
	"Enable SOAP API login()", "Use Any API Auth", "External Client App", "OpenID Connect", "Single Sign-On",
	"INVALID_OPERATION_WITH_EXPIRED_PASSWORD", "INVALID_LOGIN", "UNKNOWN_EXCEPTION", `{"error":"invalid_grant"`,
	"simple_salesforce domain=", "Server host", "loginUrl", "Username:", ".properties", "logout()", "login()",
	"Trailhead Playground", "Trailhead playground", "Developer Edition", "Contact Manager",
	"Professional", "Group", "Edition", "Lightning", "Classic", "Summer",
	"Azure Data Factory", "Data Loader", "Workbench", "DataDirect", "DemandTools", "MuleSoft",
	"simple_salesforce", "security_token", "jsforce", "SOAP login()", "INVALID_OPERATION",
	"Outlook", "Excel", "Windows", "macOS", "OAuth", "Salesforce", "Winter",
	"API", "MFA", "IP", "ETL", "SOAP", "URL", "HTTP", "XML", "JWT", "JDBC", "VPN", "SSO", "ASCII",
}

// loanwords are, per language, the English-looking words its catalogue
// uses on purpose: terms the language (or Salesforce in it) borrows from
// English, and native words spelt like an English one. Each is a reviewed
// choice; a word not listed is English left untranslated.
var loanwords = map[string][]string{
	"da": {"avatar", "demo", "login", "logins", "patch", "scratch", "scripts", "support", "token", "tokens",
		"browser", "flow", "server", "session", "status", "test",
		"at", "for", "have", "log", "position", "time", "to", "under"}, // Danish: at (that), for, have (to have), log (på), position, time (hour), to (two), under
	"de": {"admin", "admins", "app", "authenticator", "avatar", "browser", "client", "clients", "clipboard",
		"demo", "jobs", "org", "patch", "popup", "sandbox", "scratch", "setup", "support", "tab", "token", "tokens",
		"backslashes", "bearer", "fault", "flow", "host", "hosts", "ids", "login", "orgs", "proxy", "sandboxes",
		"server", "shells", "status", "test", "tests", "timeout", "web", "website",
		"an", "code", "hand", "in", "integration", "minute", "option", "position", "profile", "so", "suffix", "text", "was"}, // German words spelt like English ones
	"es": {"avatar", "org", "sandbox", "scripts", "token", "tokens", "admin", "host", "hosts", "orgs", "proxy", "sandboxes", "web",
		"error", "invisible", "no", "personal", "real", "use"},
	"es_419": {"avatar", "sandbox", "scratch", "scripts", "token", "tokens", "proxy", "web",
		"error", "invisible", "no", "personal", "real", "use"},
	"fi": {"demo", "sandbox", "scratch", "setup", "on", "in"}, // on: is; in: the genitive ending left of a name (OAuthin, Workbenchin)
	"fr": {"admins", "avatar", "org", "sandbox", "scratch", "scripts", "support", "admin", "orgs", "proxy", "sandboxes", "test", "tests", "web",
		"case", "cause", "causes", "change", "classes", "client", "clients", "code", "description", "extension", "extensions",
		"interface", "invisible", "long", "machine", "machines", "minute", "non", "option", "options", "page", "pages", "place",
		"position", "production", "restrictions", "session", "structure", "versions"}, // French words spelt like English ones
	"it": {"app", "avatar", "browser", "client", "demo", "email", "password", "patch", "popup", "record",
		"sandbox", "scratch", "token", "background", "bug", "computer", "endpoint", "host", "link", "proxy", "query",
		"server", "set", "timeout", "web",
		"all", "cause", "in", "non"}, // all(’): to the; cause: causes; non: not
	"ja": {"sandbox", "web"},
	"ko": {},
	"nb": {"demo", "patch", "popup", "scratch", "support", "token", "server", "status", "test",
		"at", "be", "disk", "for", "over", "spare", "time", "to", "under"}, // be: ask, spare: save, time: hour, to: two
	"nl": {"app", "authenticator", "avatar", "browser", "case", "client", "clients", "connectors", "demo",
		"sandbox", "scratch", "scripts", "support", "token", "tokens",
		"backslashes", "computer", "host", "hosts", "interface", "pop", "up", "out", "proxy", "sandboxes", "server", // pop-up, time-out
		"shells", "status", "test", "tests", "website",
		"apart", "code", "hand", "in", "is", "later", "letter", "letters", "machine", "of", "open", "over"}, // Dutch words spelt like English ones
	"pt_BR": {"avatar", "jobs", "login", "logins", "patch", "sandbox", "scratch", "scripts", "token", "tokens",
		"bug", "drivers", "host", "hosts", "ids", "interface", "pop", "up", "proxy", "sandboxes", "status", "strings", "web", // pop-up
		"as", "classes", "com", "do", "for", "no", "real", "remove", "use"}, // Portuguese words spelt like English ones: com (with)
	"ru": {"scratch"},
	"sv": {"avatar", "patch", "popup", "scratch", "setup", "support", "token", "tokens", "server", "session", "status", "test",
		"be", "disk", "hand", "in", "information", "position", "suffix", "text", "under"},
	"th":    {"scratch"},
	"zh_CN": {"scratch", "web"},
	"zh_TW": {"scratch", "web"},
}

// englishNames are, per language, the Salesforce names its catalogue
// quotes in English on purpose: de, fr, es and ja name the permissions by
// their English labels (the new languages translate them).
var englishNames = map[string][]string{
	"de": {"MFA for API Logins", "API Only User"},
	"fr": {"MFA for API Logins", "API Only User"},
	"es": {"MFA for API Logins", "API Only User"},
	"ja": {"MFA for API Logins"},
}

// Each language's catalogue is in that language: no word of the English
// catalogue in it that is not verbatim or one of the language's reviewed
// loanwords. A message left in English fails unless all its words are
// names or loanwords ("Lightning", French "Options").
func TestNoEnglishLeft(t *testing.T) {
	en, err := Read(filepath.Join(locales, "en"))
	if err != nil {
		t.Fatal(err)
	}
	english := map[string]bool{}
	for key, msg := range en {
		if key == "langtag" {
			continue
		}
		for _, w := range asciiWords(strip(msg.Message)) {
			english[strings.ToLower(w)] = true
		}
	}
	for _, lang := range languages(t) {
		if lang == "en" {
			continue
		}
		allowed, ok := loanwords[lang]
		if !ok {
			t.Errorf("%s: no loanword list: add one, even an empty one", lang)
		}
		m, err := Read(filepath.Join(locales, lang))
		if err != nil {
			t.Fatal(err)
		}
		for key, msg := range m {
			if key == "langtag" {
				continue
			}
			text := msg.Message
			for _, name := range englishNames[lang] {
				text = strings.ReplaceAll(text, name, " ")
			}
			var left []string
			for _, w := range asciiWords(strip(text)) {
				lw := strings.ToLower(w)
				if english[lw] && !slices.Contains(allowed, lw) && !slices.Contains(left, w) {
					left = append(left, w)
				}
			}
			if len(left) > 0 {
				t.Errorf("%s: %s has English %q in %q", lang, key, left, msg.Message)
			}
		}
	}
}

// strip removes what is verbatim everywhere: the names above, placeholders
// ($POS$), email addresses and code points (U+200B).
func strip(s string) string {
	for _, v := range verbatim {
		s = strings.ReplaceAll(s, v, " ")
	}
	fields := strings.Fields(s)
	for i, f := range fields {
		if strings.Contains(f, "$") || strings.Contains(f, "@") || strings.Contains(f, "U+") {
			fields[i] = " "
		}
	}
	return strings.Join(fields, " ")
}

// asciiWords are the words of s, runs of letters, that are written in
// ASCII letters only ("Réinitialiser" or "トークン" cannot be English),
// and two letters or more: "A–Z", or the "s" of "Salesforces", say nothing.
func asciiWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) > 1 && !strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf }) {
			out = append(out, w)
		}
	}
	return out
}

func TestAsciiWords(t *testing.T) {
	got := asciiWords(strip("Réinitialiser le Token ($POS$) de support@salesforce.com : トークン Salesforce-Kennwort"))
	if want := []string{"le", "Token", "de", "Kennwort"}; !slices.Equal(got, want) {
		t.Errorf("asciiWords %q, want %q", got, want)
	}
}
