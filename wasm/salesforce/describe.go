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
