package salesforce

// Setup ids of the admin pages that decide whether a password+token
// login works (facts §5, §8, §11). UserInterfaceUI holds "Enable SOAP API
// login()"; its id is inferred from the Setup tree's naming, not verified
// in an org.
const (
	SetupSessionSettings = "SecuritySession"
	SetupProfiles        = "EnhancedProfiles"
	SetupUserInterface   = "UserInterfaceUI"
	SetupLoginHistory    = "OrgLoginHistory"
)

// PersonalLoginHistory is the personal-settings id of the user's own
// Login History, which every user may read.
const PersonalLoginHistory = "LoginHistory"

// PersonalURL is a personal-settings page of this org on its Lightning
// host: https://<LightningHost>/lightning/settings/personal/<id>/home.
// Same rules as [SetupURL]: "" without an org, for an id that is not a
// plain word, and for a [Dangerous] URL.
func PersonalURL(h Host, id string) string {
	lh := h.LightningHost()
	if lh == "" || !validSetupID(id) {
		return ""
	}
	u := "https://" + lh + "/lightning/settings/personal/" + id + "/home"
	if Dangerous(u) {
		return ""
	}
	return u
}
