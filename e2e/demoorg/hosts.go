//go:build !js

package demoorg

import (
	"net"
	"strings"
)

// org is one fake Salesforce org, named by its My Domain label.
type org struct {
	Name     string // My Domain label as in the host: "acme", "acme--uat"
	Sandbox  bool   // hosts carry ".sandbox."
	Lang     string // "en", "de", "ja"
	HasReset bool   // the profile may reset its token (no Login IP Ranges)
	Shadow   bool   // the Lightning nav tree lives in an open shadow root
	Strict   bool   // strict CSP: no 'unsafe-eval', no chrome-extension:
	Edition  string
	Note     string // what this org is for (demo index)
	User     user
	AppID    string // ltn_app_id of the iframes
	OrgID    string
}

type user struct {
	Name, First, Last, Alias, Email, Username, Company, Title, TimeZone, Locale string
}

var orgs = []*org{
	{Name: "acme", Lang: "en", HasReset: true, Edition: "Developer Edition",
		Note:  "English production org; the option is there.",
		User:  user{Name: "Alex Admin", First: "Alex", Last: "Admin", Alias: "aadmin", Email: "alex.admin@acme.example", Username: "alex.admin@acme.example", Company: "Acme Corporation", Title: "Salesforce Administrator", TimeZone: "(GMT+00:00) Greenwich Mean Time (GMT)", Locale: "English (United States)"},
		AppID: "06m5j000001AcmeAAA", OrgID: "00D5j000000AcmeEAC"},
	{Name: "acme--uat", Sandbox: true, Lang: "en", HasReset: true, Edition: "Developer Edition",
		Note:  "Sandbox of acme (hosts with .sandbox.); same pages.",
		User:  user{Name: "Alex Admin", First: "Alex", Last: "Admin", Alias: "aadmin", Email: "alex.admin@acme.example.invalid", Username: "alex.admin@acme.example.uat", Company: "Acme Corporation", Title: "Salesforce Administrator", TimeZone: "(GMT+00:00) Greenwich Mean Time (GMT)", Locale: "English (United States)"},
		AppID: "06m5j000001UatxAAA", OrgID: "00D8E000000UatxUAC"},
	{Name: "locked", Lang: "en", HasReset: false, Edition: "Developer Edition",
		Note:  "Profile with Login IP Ranges: no Reset My Security Token entry; ResetApiTokenEdit shows Insufficient Privileges.",
		User:  user{Name: "Lee Locked", First: "Lee", Last: "Locked", Alias: "llock", Email: "lee.locked@locked.example", Username: "lee.locked@locked.example", Company: "Locked Industries", Title: "Sales Representative", TimeZone: "(GMT-05:00) Eastern Standard Time (America/New_York)", Locale: "English (United States)"},
		AppID: "06m5j000001LockAAA", OrgID: "00D5j000000LockEAC"},
	{Name: "muster", Lang: "de", HasReset: true, Edition: "Developer Edition",
		Note:  "German UI (html lang=de).",
		User:  user{Name: "Max Mustermann", First: "Max", Last: "Mustermann", Alias: "mmust", Email: "max.mustermann@muster.example", Username: "max.mustermann@muster.example", Company: "Muster GmbH", Title: "Vertriebsleiter", TimeZone: "(GMT+01:00) Mitteleuropäische Zeit (Europe/Berlin)", Locale: "Deutsch (Deutschland)"},
		AppID: "06m5j000001MustAAA", OrgID: "00D5j000000MustEAC"},
	{Name: "yamato", Lang: "ja", HasReset: true, Edition: "Developer Edition",
		Note:  "Japanese UI (html lang=ja).",
		User:  user{Name: "山田 太郎", First: "太郎", Last: "山田", Alias: "tyama", Email: "taro.yamada@yamato.example", Username: "taro.yamada@yamato.example", Company: "大和商事株式会社", Title: "営業部長", TimeZone: "(GMT+09:00) 日本標準時 (Asia/Tokyo)", Locale: "日本語 (日本)"},
		AppID: "06m5j000001YamaAAA", OrgID: "00D5j000000YamaEAC"},
	{Name: "brasil", Lang: "pt-BR", HasReset: true, Edition: "Developer Edition",
		Note:  "Portuguese (Brazil) labels (html lang=pt-BR); the rest in English.",
		User:  user{Name: "Bruno Brasil", First: "Bruno", Last: "Brasil", Alias: "bbras", Email: "bruno.brasil@brasil.example", Username: "bruno.brasil@brasil.example", Company: "Brasil Ltda", Title: "Gerente de Vendas", TimeZone: "(GMT-03:00) Horário Padrão de Brasília (America/Sao_Paulo)", Locale: "Português (Brasil)"},
		AppID: "06m5j000001BrasAAA", OrgID: "00D5j000000BrasEAC"},
	{Name: "sicher", Lang: "de-x-alt", HasReset: true, Edition: "Developer Edition",
		Note:  "German UI with the other spelling: \"Sicherheitstoken\" (not \"Sicherheits-Token\").",
		User:  user{Name: "Sina Sicher", First: "Sina", Last: "Sicher", Alias: "ssich", Email: "sina.sicher@sicher.example", Username: "sina.sicher@sicher.example", Company: "Sicher AG", Title: "IT-Leiterin", TimeZone: "(GMT+01:00) Mitteleuropäische Zeit (Europe/Berlin)", Locale: "Deutsch (Deutschland)"},
		AppID: "06m5j000001SichAAA", OrgID: "00D5j000000SichEAC"},
	{Name: "shade", Lang: "en", HasReset: true, Shadow: true, Edition: "Developer Edition",
		Note:  "Like acme, but the Lightning nav tree is rendered inside an open shadow root (native shadow DOM).",
		User:  user{Name: "Sam Shade", First: "Sam", Last: "Shade", Alias: "sshad", Email: "sam.shade@shade.example", Username: "sam.shade@shade.example", Company: "Shade Ltd", Title: "Operations Manager", TimeZone: "(GMT+00:00) Greenwich Mean Time (GMT)", Locale: "English (United Kingdom)"},
		AppID: "06m5j000001ShadAAA", OrgID: "00D5j000000ShadEAC"},
	{Name: "strict", Lang: "en", HasReset: true, Strict: true, Edition: "Developer Edition",
		Note:  "Like acme, but every page sends script-src 'self' 'nonce-…' (no 'unsafe-eval', no 'wasm-unsafe-eval', no chrome-extension:).",
		User:  user{Name: "Sid Strict", First: "Sid", Last: "Strict", Alias: "sstri", Email: "sid.strict@strict.example", Username: "sid.strict@strict.example", Company: "Strict Systems", Title: "Security Officer", TimeZone: "(GMT+00:00) Greenwich Mean Time (GMT)", Locale: "English (United States)"},
		AppID: "06m5j000001StriAAA", OrgID: "00D5j000000StriEAC"},
}

func orgByName(name string) *org {
	for _, o := range orgs {
		if o.Name == name {
			return o
		}
	}
	return nil
}

type hostKind int

const (
	kindLightning hostKind = iota + 1 // <md>.lightning.force.com
	kindMyDomain                      // <md>.my.salesforce.com
	kindSetup                         // <md>.my.salesforce-setup.com
)

func (k hostKind) String() string {
	switch k {
	case kindLightning:
		return "lightning"
	case kindMyDomain:
		return "mydomain"
	case kindSetup:
		return "setup"
	}
	return "unknown"
}

var kindSuffix = map[hostKind]string{
	kindLightning: ".lightning.force.com",
	kindMyDomain:  ".my.salesforce.com",
	kindSetup:     ".my.salesforce-setup.com",
}

// mcasSuffix is appended to every host behind the Defender for Cloud Apps
// proxy (x.lightning.force.com.mcas.ms).
const mcasSuffix = ".mcas.ms"

// site is a recognised request host.
type site struct {
	Org    *org
	Kind   hostKind
	Port   string // "" when none was given
	Suffix string // mcasSuffix or ""
}

// splitHostPort splits a Host header; the port may be missing.
func splitHostPort(hostport string) (host, port string) {
	if h, p, err := net.SplitHostPort(hostport); err == nil {
		return strings.TrimSuffix(strings.ToLower(h), "."), p
	}
	return strings.TrimSuffix(strings.ToLower(hostport), "."), ""
}

// parseSite recognises the hosts of the demo orgs.
func parseSite(hostport string) (site, bool) {
	host, port := splitHostPort(hostport)
	suffix := ""
	if h, ok := strings.CutSuffix(host, mcasSuffix); ok {
		host, suffix = h, mcasSuffix
	}
	for _, k := range []hostKind{kindLightning, kindMyDomain, kindSetup} {
		suf := kindSuffix[k]
		if !strings.HasSuffix(host, suf) {
			continue
		}
		label := strings.TrimSuffix(host, suf)
		sandbox := false
		if l, ok := strings.CutSuffix(label, ".sandbox"); ok {
			label, sandbox = l, true
		}
		if label == "" || strings.Contains(label, ".") {
			return site{}, false
		}
		o := orgByName(label)
		if o == nil || o.Sandbox != sandbox {
			return site{}, false
		}
		return site{Org: o, Kind: k, Port: port, Suffix: suffix}, true
	}
	return site{}, false
}

// hostFor is the host name (no port) of the org for one kind of host.
func hostFor(o *org, k hostKind) string {
	h := o.Name
	if o.Sandbox {
		h += ".sandbox"
	}
	return h + kindSuffix[k]
}

// originFor is "https://host[:port]" of the org for one kind of host.
func originFor(o *org, k hostKind, port string) string {
	h := "https://" + hostFor(o, k)
	if port != "" && port != "443" {
		h += ":" + port
	}
	return h
}

func (s site) host() string { return hostFor(s.Org, s.Kind) + s.Suffix }

func (s site) origin(k hostKind) string {
	h := "https://" + hostFor(s.Org, k) + s.Suffix
	if s.Port != "" && s.Port != "443" {
		h += ":" + s.Port
	}
	return h
}

func (s site) lightningOrigin() string { return s.origin(kindLightning) }
func (s site) myDomainOrigin() string  { return s.origin(kindMyDomain) }
func (s site) setupOrigin() string     { return s.origin(kindSetup) }
