package salesforce

// Page paths, from docs/salesforce-pages.md §2.
const (
	lightningResetPath = "/lightning/settings/personal/ResetApiToken/home"
	classicResetPath   = "/_ui/system/security/ResetApiTokenEdit?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&setupid=ResetApiToken"
)

// ResetURL is this org's Reset My Security Token page for the given UI:
//
//	Lightning: https://<LightningHost>/lightning/settings/personal/ResetApiToken/home
//	Classic:   https://<MyDomainHost>/_ui/system/security/ResetApiTokenEdit?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&setupid=ResetApiToken
//
// On a login or legacy instance host, which names no org, it is the Classic
// page on that same host, the only choice that needs no org; Salesforce's
// redirects and login prompt take it from there. It is "" for other hosts
// without an org, for an unknown UI, and for any URL that [Dangerous] would
// flag (a My Domain may be spelled like the confirm page). The page it names
// only shows the reset button; nothing here ever presses it.
func ResetURL(h Host, ui UI) string {
	var u string
	switch {
	case h.Family == FamilyLogin || h.Family == FamilyInstance:
		if ui == UILightning || ui == UIClassic {
			u = "https://" + h.Name + h.Proxy + classicResetPath
		}
	case ui == UILightning && h.LightningHost() != "":
		u = "https://" + h.LightningHost() + lightningResetPath
	case ui == UIClassic && h.MyDomainHost() != "":
		u = "https://" + h.MyDomainHost() + classicResetPath
	}
	if Dangerous(u) {
		return ""
	}
	return u
}

// SetupURL is an admin Setup page of this org on its Lightning host:
// https://<LightningHost>/lightning/setup/<id>/home, for ids such as
// "EnhancedProfiles", "SecuritySession", "NetworkAccess", "ManageUsers",
// "CompanyProfileInfo" or "PermSets". The Lightning host, not the Setup
// domain, is used because it exists in every org and redirects to the Setup
// domain where there is one. It is "" when the org is unknown, when id is not
// a plain word of letters, digits and underscores, or when the URL is
// [Dangerous].
func SetupURL(h Host, id string) string {
	lh := h.LightningHost()
	if lh == "" || !validSetupID(id) {
		return ""
	}
	u := "https://" + lh + "/lightning/setup/" + id + "/home"
	if Dangerous(u) {
		return ""
	}
	return u
}

// validSetupID keeps ids to the shape of Setup node names, so that no
// caller-supplied text can add path segments, a query or escapes.
func validSetupID(id string) bool {
	if id == "" || len(id) > 80 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
