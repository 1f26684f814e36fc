package salesforce

import "strings"

// Family is the kind of Salesforce host: which part of an org it serves.
type Family string

// Host families.
const (
	FamilyMyDomain    Family = "mydomain"    // <md>.my.salesforce.com and its partitions: Classic, login, API
	FamilyLightning   Family = "lightning"   // <md>.lightning.force.com and partitions
	FamilySetup       Family = "setup"       // <md>.my.salesforce-setup.com and partitions
	FamilyVisualforce Family = "visualforce" // *.vf.force.com, legacy *.visual.force.com, stabilised <md>--<ns>.visualforce.com, .vf.force.mil
	FamilyLogin       Family = "login"       // login.salesforce.com, test.salesforce.com
	FamilyInstance    Family = "instance"    // legacy instance hosts: na1.salesforce.com, cs18.salesforce.com, eu40...
	FamilyOther       Family = "other"       // any other Salesforce host (cloudforce, file.force.com, builder.salesforce-experience.com, ...)
)

// Host is a parsed Salesforce host name.
type Host struct {
	Name      string // lower-case host, no port, without a proxy suffix
	Family    Family
	MyDomain  string // My Domain name, e.g. "acme" or "acme-dev-ed"; "" if the host carries none
	Sandbox   string // sandbox name ("uat" in acme--uat.sandbox.my.salesforce.com, also legacy acme--uat.cs18.my.salesforce.com); "" if none
	Partition string // "", "sandbox", "scratch", "develop", "patch", "demo", "trailblaze", "free"
	Instance  string // legacy instance such as "cs18" or "na1"; "" if none
	TLD       string // "com", "mil" or "cn" (the suffix family)
	Proxy     string // ".mcas.ms" when reached through the Defender for Cloud Apps proxy, else ""
}

// proxySuffix is what Microsoft Defender for Cloud Apps appends to the host
// names it proxies (docs/salesforce-pages.md §1).
const proxySuffix = ".mcas.ms"

// ParseHost parses a host name, as found in a URL's host, and reports whether
// it is a Salesforce host. It accepts a port ("x:443"), any case and a
// trailing dot. It rejects names that merely contain a Salesforce domain
// (salesforce.com.evil.com), IP addresses, punycode labels and the bare
// service names (my.salesforce.com), which belong to no org.
//
// A name under a Salesforce domain that fits none of the known shapes is
// still a Salesforce host: it comes back as FamilyOther without an org.
func ParseHost(host string) (Host, bool) {
	name, ok := normalizeHost(host)
	if !ok {
		return Host{}, false
	}
	var h Host
	if core, found := strings.CutSuffix(name, proxySuffix); found {
		name, h.Proxy = core, proxySuffix
	}
	h.Name = name
	if isServiceName(name) || !parseService(&h) && !parseDomain(&h) {
		return Host{}, false
	}
	return h, true
}

// isServiceName reports whether name is a bare service name such as
// my.salesforce.com: the parent of org hosts, not a host of any org.
func isServiceName(name string) bool {
	for _, s := range services {
		if name == s.suffix {
			return true
		}
	}
	return false
}

// normalizeHost drops the port and a trailing dot, lower-cases the name and
// checks that it is a syntactically valid DNS name of ASCII labels.
func normalizeHost(host string) (string, bool) {
	if i := strings.LastIndexByte(host, ':'); i >= 0 {
		if !allDigits(host[i+1:]) {
			return "", false
		}
		host = host[:i]
	}
	host = asciiLower(strings.TrimSuffix(host, "."))
	if host == "" || len(host) > 253 {
		return "", false
	}
	for label := range strings.SplitSeq(host, ".") {
		if !validLabel(label) {
			return "", false
		}
	}
	return host, true
}

// validLabel accepts a lower-case LDH label. Punycode ("xn--") is refused:
// no Salesforce name uses it, and it is how lookalike names are spelled.
func validLabel(label string) bool {
	if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
		return false
	}
	if strings.HasPrefix(label, "xn--") {
		return false
	}
	for i := 0; i < len(label); i++ {
		c := label[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// parseService fills h from the service whose suffix ends h.Name. It
// reports false when no service matches; a matching name of an unknown shape
// is FamilyOther without an org.
func parseService(h *Host) bool {
	for _, s := range services {
		prefix, ok := strings.CutSuffix(h.Name, "."+s.suffix)
		if !ok {
			continue
		}
		h.TLD = s.tld
		if !parseOrgPrefix(h, s, prefix) {
			h.Family, h.MyDomain, h.Sandbox, h.Partition, h.Instance = FamilyOther, "", "", "", ""
		}
		return true
	}
	return false
}

// parseOrgPrefix reads "<org label>[.<partition or instance>]" for service s.
func parseOrgPrefix(h *Host, s service, prefix string) bool {
	org, second, two := strings.Cut(prefix, ".")
	if strings.Contains(second, ".") {
		return false
	}
	if two {
		switch {
		case s.partition && isPartition(second):
			h.Partition = second
		case s.instance && isInstance(second):
			h.Instance = second
		default:
			return false
		}
	}
	md, sbx, ok := parseOrgLabel(org, s.namespace, h.Instance != "")
	if !ok {
		return false
	}
	h.Family, h.MyDomain, h.Sandbox = s.family, md, sbx
	return true
}

// parseOrgLabel splits "<md>[--<sbx>]" or, for Visualforce, "<md>[--<sbx>]--<ns>".
// A legacy Visualforce label may be the namespace alone ("c").
func parseOrgLabel(label string, namespace, legacy bool) (md, sbx string, ok bool) {
	parts := strings.Split(label, "--")
	for _, p := range parts {
		if p == "" || p[0] == '-' || p[len(p)-1] == '-' {
			return "", "", false
		}
	}
	if namespace {
		if len(parts) == 1 {
			return "", "", legacy
		}
		parts = parts[:len(parts)-1]
	}
	switch {
	case len(parts) > 2 || isPartition(parts[0]):
		return "", "", false
	case len(parts) == 2:
		return parts[0], parts[1], true
	}
	return parts[0], "", true
}

// parseDomain fills h for a name under a Salesforce domain that matched no
// service: the login hosts, legacy instance hosts and everything else.
func parseDomain(h *Host) bool {
	for _, d := range domains {
		prefix, ok := strings.CutSuffix(h.Name, "."+d.name)
		if !ok {
			continue
		}
		h.TLD, h.Family = d.tld, FamilyOther
		if d.name == "salesforce.com" {
			switch {
			case prefix == "login" || prefix == "test":
				h.Family = FamilyLogin
			case isInstance(prefix):
				h.Family, h.Instance = FamilyInstance, prefix
			}
		}
		return true
	}
	return false
}
