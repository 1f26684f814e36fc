//go:build !js

package demoorg

// DemoLink is one page of the demo index.
type DemoLink struct {
	Org   string
	Group string // "Lightning", "Setup", "Classic", "Other", "Hostile", "Variants"
	Label string
	URL   string
	Note  string // what the org is for
}

// DemoLinks lists every demo page of every org, with the given port ("" or
// "443" for none). The hosts must resolve to the server (for Chromium:
// --host-resolver-rules="MAP *.salesforce.com 127.0.0.1, MAP *.force.com 127.0.0.1, MAP *.salesforce-setup.com 127.0.0.1").
func DemoLinks(port string) []DemoLink {
	var out []DemoLink
	for _, o := range orgs {
		lo := originFor(o, kindLightning, port)
		mo := originFor(o, kindMyDomain, port)
		so := originFor(o, kindSetup, port)
		add := func(group, label, u string) {
			out = append(out, DemoLink{Org: o.Name, Group: group, Label: label, URL: u, Note: o.Note})
		}
		add("Lightning", "Reset My Security Token (personal settings)", lo+"/lightning/settings/personal/ResetApiToken/home")
		add("Lightning", "Reset My Security Token, tree rendered at once (th_delay=0)", lo+"/lightning/settings/personal/ResetApiToken/home?th_delay=0")
		for _, sec := range personalTree {
			for _, n := range sec.Nodes {
				for _, c := range n.Children {
					if c.ID == "ResetApiToken" {
						continue
					}
					add("Lightning", tr("en", "item."+c.ID), lo+"/lightning/settings/personal/"+c.ID+"/home")
				}
			}
		}
		add("Lightning", "Reset My Security Token on the Setup domain", so+"/lightning/settings/personal/ResetApiToken/home")
		add("Setup", "Setup Home via the Lightning host (302 to the Setup domain)", lo+"/lightning/setup/SetupOneHome/home")
		add("Setup", "Setup Home", so+"/lightning/setup/SetupOneHome/home")
		add("Setup", "Users", so+"/lightning/setup/ManageUsers/home")
		add("Setup", "Profiles", so+"/lightning/setup/EnhancedProfiles/home")
		add("Setup", "Session Settings", so+"/lightning/setup/SecuritySession/home")
		add("Setup", "Network Access", so+"/lightning/setup/NetworkAccess/home")
		add("Classic", "ResetApiTokenEdit (standalone)", mo+resetEditURL)
		add("Classic", "Personal Information (/ui/setup/Setup?setupid=PersonalInfo)", mo+"/ui/setup/Setup?setupid=PersonalInfo")
		add("Classic", "Personal Information (personalInformationSetup.apexp)", mo+"/setup/personalInformationSetup.apexp?setupid=PersonalInfo")
		add("Classic", "Change My Password", mo+"/_ui/system/security/ChangePassword?setupid=ChangePassword")
		add("Classic", "Login History", mo+"/setup/personalLoginHistory.apexp?setupid=LoginHistory")
		add("Classic", "Classic Home", mo+"/home/home.jsp")
		add("Other", "Lightning Home", lo+"/lightning/page/home")
		add("Other", "Account record", lo+"/lightning/r/Account/001000000000001AAA/view")
		add("Other", "Account list", lo+"/lightning/o/Account/list")
		if o.Name == "acme" {
			personal := lo + "/lightning/settings/personal/PersonalInformation/home"
			add("Hostile", "Payloads in titles, texts and Quick Find; decoy entries (th_hostile=1)", personal+"?th_hostile=1")
			add("Hostile", "A tree of 20,000 more nodes (th_nodes=20000)", personal+"?th_nodes=20000")
			add("Hostile", "The tree re-created every 50 ms (th_churn=50)", personal+"?th_churn=50")
			add("Hostile", "50 more cross-origin My Domain frames (th_frames=50)", personal+"?th_frames=50")
			add("Hostile", "The page throws its own errors every 100 ms (th_throw=100)", personal+"?th_throw=100")

			// The variants of variants.go.
			email := lo + "/lightning/settings/personal/EmailSettings/home"
			reset := lo + "/lightning/settings/personal/ResetApiToken/home"
			add("Variants", "My Personal Information closed, its leaves not in the DOM (th_collapse=absent)", email+"?th_collapse=absent")
			add("Variants", "My Personal Information closed, its leaves hidden (th_collapse=hidden)", email+"?th_collapse=hidden")
			add("Variants", "Classic My Settings, the Personal folder closed (th_collapse=absent)", mo+"/ui/setup/Setup?setupid=PersonalInfo&th_collapse=absent")
			add("Variants", "With data-node-id in the personal settings (th_nodeids=1)", personal+"?th_nodeids=1")
			add("Variants", "The aloha frame in an open shadow root (th_aloha=shadow)", reset+"?th_aloha=shadow")
			add("Variants", "The reset frame from the Lightning host itself (th_framehost=self)", reset+"?th_framehost=self")
			add("Variants", "The reset frame from the Setup host itself (th_framehost=self)", so+"/lightning/settings/personal/ResetApiToken/home?th_framehost=self")
			add("Variants", "clc=0, sfdcIFrameOrigin percent-encoded (th_clc=0, th_encorigin=1)", reset+"?th_clc=0&th_encorigin=1")
			add("Variants", "The reset form posts to ResetApiTokenEdit, button name=save (th_form=edit, th_btnname=1)", reset+"?th_form=edit&th_btnname=1")
			add("Variants", "A secret everywhere the page report must not look (th_secret=Sesame4711)", reset+"?th_secret=Sesame4711")
		}
	}
	return out
}

// DemoURLs is DemoLinks as plain URLs.
func DemoURLs(port string) []string {
	var out []string
	for _, l := range DemoLinks(port) {
		out = append(out, l.URL)
	}
	return out
}
