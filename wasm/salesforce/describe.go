package salesforce

import "strings"

// Env is the kind of org the host belongs to, as far as its name tells:
// "production", "sandbox", "scratch", "developer", "patch", "demo",
// "trailblaze" or "free".
//
// The partition label decides when there is one. Legacy names have none, so
// a sandbox name, a "-dev-ed" My Domain, test.salesforce.com and csNN
// instances (the sandbox instances; old scratch orgs lived there too) stand
// in for it. Everything else, including hosts that name no org, is
// "production".
func (h Host) Env() string {
	switch {
	case h.Partition == "develop":
		return "developer"
	case h.Partition != "":
		return h.Partition
	case h.Sandbox != "",
		h.Family == FamilyLogin && strings.HasPrefix(h.Name, "test."),
		strings.HasPrefix(h.Instance, "cs"):
		return "sandbox"
	case strings.HasSuffix(h.MyDomain, "-dev-ed"):
		return "developer"
	}
	return "production"
}

// Label is a short display name for the org: "acme", "acme (sandbox uat)",
// "acme (scratch)", "acme-dev-ed (developer)". Hosts that name no org show
// their host name.
func (h Host) Label() string {
	if h.MyDomain == "" {
		return h.Name
	}
	if h.Sandbox != "" {
		return h.MyDomain + " (sandbox " + h.Sandbox + ")"
	}
	if env := h.Env(); env != "production" {
		return h.MyDomain + " (" + env + ")"
	}
	return h.MyDomain
}
