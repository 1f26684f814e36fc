package salesforce

import "testing"

// pageTests are the URL forms of docs/salesforce-pages.md §2 and §4.1, on the hosts that
// serve them, and pages that must stay KindOther.
var pageTests = []struct {
	url    string
	kind   Kind
	ui     UI
	framed bool
}{
	// Lightning personal settings, on the Lightning host and the Setup domain.
	{"https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home", KindResetPage, UILightning, false},
	{"https://acme.my.salesforce-setup.com/lightning/settings/personal/ResetApiToken/home", KindResetPage, UILightning, false},
	{"https://acme--uat.sandbox.lightning.force.com/lightning/settings/personal/ResetApiToken/home", KindResetPage, UILightning, false},
	{"https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken", KindResetPage, UILightning, false},
	{"https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/", KindResetPage, UILightning, false},
	{"https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home/", KindResetPage, UILightning, false},
	{"https://acme.lightning.force.com/lightning/settings/personal/resetapitoken/home", KindResetPage, UILightning, false},
	{"https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home?url=%2F_ui%2Fsystem%2Fsecurity%2FResetApiTokenEdit%3Fsetupid%3DResetApiToken", KindResetPage, UILightning, false},
	{"https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home?url=%2F_ui%2Fsystem%2Fsecurity%2FResetApiTokenConfirm%3FretURL%3D%252Fui%252Fsetup%252FSetup%253Fsetupid%253DPersonalInfo%26setupid%3DResetApiToken", KindResetDone, UILightning, false},
	{"https://acme.my.salesforce-setup.com/lightning/settings/personal/ResetApiToken/home?url=%252F_ui%252Fsystem%252Fsecurity%252FResetApiTokenConfirm", KindResetDone, UILightning, false},
	{"https://acme.lightning.force.com/lightning/settings/personal/ChangePassword/home", KindChangePassword, UILightning, false},
	{"https://acme.lightning.force.com/lightning/settings/personal/PersonalInformation/home", KindPersonalSettings, UILightning, false},
	{"https://acme.my.salesforce-setup.com/lightning/settings/personal/PersonalInformation/home", KindPersonalSettings, UILightning, false},
	{"https://acme.lightning.force.com/lightning/settings/personal/AdvancedUserDetails/home", KindPersonalSettings, UILightning, false},
	{"https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/edit", KindOther, UILightning, false},
	{"https://acme.lightning.force.com/lightning/settings/personal/", KindOther, UILightning, false},

	// Lightning Setup.
	{"https://acme.lightning.force.com/lightning/setup/SetupOneHome/home", KindSetupHome, UILightning, false},
	{"https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome/home", KindSetupHome, UILightning, false},
	{"https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome", KindSetupHome, UILightning, false},
	{"https://acme.lightning.force.com/one/one.app#/setup/SetupOneHome/home", KindSetupHome, UILightning, false},
	{"https://acme.lightning.force.com/one/one.app#/setup/ManageUsers/home", KindSetup, UILightning, false},
	{"https://acme.my.salesforce-setup.com/lightning/setup/EnhancedProfiles/home", KindSetup, UILightning, false},
	{"https://acme.my.salesforce-setup.com/lightning/setup/ObjectManager/Account/FieldsAndRelationships/view", KindSetup, UILightning, false},
	{"https://acme.my.salesforce-setup.com/lightning/setup/PersonalInfo/page?address=%2F_ui%2Fsystem%2Fsecurity%2FResetApiTokenEdit", KindSetup, UILightning, false},
	{"https://acme.lightning.force.com/lightning/setup/", KindOther, UILightning, false},

	// Classic, top level and framed in Lightning.
	{"https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&setupid=ResetApiToken", KindResetEdit, UIClassic, false},
	{"https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit?setupid=ResetApiToken&isdtp=p1&sfdcIFrameOrigin=https://acme.lightning.force.com&sfdcIFrameHost=web&nonce=n&ltn_app_id=a&clc=1", KindResetEdit, UIClassic, true},
	{"https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit?sfdcIFrameOrigin=https%3A%2F%2Facme.lightning.force.com", KindResetEdit, UIClassic, true},
	{"https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit?isdtp=p1", KindResetEdit, UIClassic, true},
	{"https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit?isdtp=vw", KindResetEdit, UIClassic, false},
	{"https://acme.my.salesforce.com/_ui/system/security/resetapitokenedit/", KindResetEdit, UIClassic, false},
	{"https://acme.my.salesforce.com/ui/setup/Setup?setupid=ResetApiToken", KindResetEdit, UIClassic, false},
	{"https://acme.my.salesforce.com/ui/setup/Setup?setupid=resetapitoken", KindResetEdit, UIClassic, false},
	{"https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenConfirm?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&setupid=ResetApiToken", KindResetDone, UIClassic, false},
	{"https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenConfirm?setupid=ResetApiToken&isdtp=p1&sfdcIFrameOrigin=https://acme.lightning.force.com", KindResetDone, UIClassic, true},
	{"https://acme.my.salesforce.com/_ui/system/security/ChangePassword?setupid=ChangePassword", KindChangePassword, UIClassic, false},
	{"https://acme.my.salesforce.com/ui/setup/Setup?setupid=PersonalInfo", KindClassicPersonal, UIClassic, false},
	{"https://acme.my.salesforce.com/ui/setup/Setup?setupid=PersonalSetup", KindClassicPersonal, UIClassic, false},
	{"https://acme.my.salesforce.com/ui/setup/Setup?setupid=LoginHistory", KindClassicPersonal, UIClassic, false},
	{"https://acme.my.salesforce.com/setup/personalInformationSetup.apexp", KindClassicPersonal, UIClassic, false},
	{"https://acme.my.salesforce.com/setup/personalInformationSetup.apexp?setupid=PersonalInformation&isdtp=p1", KindClassicPersonal, UIClassic, true},
	{"https://acme.my.salesforce.com/ui/setup/Setup?setupid=Users", KindOther, UIClassic, false},
	{"https://acme.my.salesforce.com/ui/setup/Setup", KindOther, UIClassic, false},
	{"https://acme.my.salesforce.com/setup/forcecomHomepage.apexp?setupid=ForceCom", KindOther, UIClassic, false},

	// Other hosts and schemes.
	{"https://acme--uat.cs18.my.salesforce.com/_ui/system/security/ResetApiTokenEdit", KindResetEdit, UIClassic, false},
	{"https://login.salesforce.com/_ui/system/security/ResetApiTokenEdit?setupid=ResetApiToken", KindResetEdit, UIClassic, false},
	{"https://na1.salesforce.com/ui/setup/Setup?setupid=PersonalInfo", KindClassicPersonal, UIClassic, false},
	{"https://acme.lightning.force.com.mcas.ms/lightning/settings/personal/ResetApiToken/home", KindResetPage, UILightning, false},
	{"https://acme.lightning.crmforce.mil/lightning/settings/personal/ResetApiToken/home", KindResetPage, UILightning, false},
	{"https://acme.lightning.sfcrmapps.cn/lightning/setup/SetupOneHome/home", KindSetupHome, UILightning, false},
	{"http://acme.my.salesforce.com:443/_ui/system/security/ResetApiTokenEdit", KindResetEdit, UIClassic, false},
	{"HTTPS://ACME.MY.SALESFORCE.COM/_UI/SYSTEM/SECURITY/RESETAPITOKENEDIT", KindResetEdit, UIClassic, false},

	// Records, lists, home: never of interest.
	{"https://acme.lightning.force.com/lightning/r/Account/001xx000003DGb2AAG/view", KindOther, UILightning, false},
	{"https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent", KindOther, UILightning, false},
	{"https://acme.lightning.force.com/lightning/page/home", KindOther, UILightning, false},
	{"https://acme.lightning.force.com/lightning/n/MyTab", KindOther, UILightning, false},
	{"https://acme.lightning.force.com/one/one.app#/sObject/001xx000003DGb2AAG/view", KindOther, UILightning, false},
	{"https://acme.lightning.force.com/one/one.app?x=1#/setup/SetupOneHome/home", KindOther, UILightning, false},
	{"https://acme.lightning.force.com/one/one.app?#/setup/SetupOneHome/home", KindOther, UILightning, false},
	{"https://acme.lightning.force.com/one/one.app/#/setup/SetupOneHome/home", KindOther, UILightning, false},
	{"https://acme.my.salesforce.com/001xx000003DGb2", KindOther, UIClassic, false},
	{"https://acme.my.salesforce.com/home/home.jsp", KindOther, UIClassic, false},
	{"https://acme.my.salesforce.com/", KindOther, UIClassic, false},
	{"https://acme.my.salesforce.com", KindOther, UIClassic, false},
	{"https://acme--c.vf.force.com/apex/MyPage", KindOther, UIClassic, false},
	{"https://acme.lightning.force.com/lightning/r/Case/500xx000000bXYZ/view?ws=%2Flightning%2Fr%2FAccount%2F001xx000003DGb2AAG%2Fview", KindOther, UILightning, false},
}

// notPages are URLs Classify must refuse.
var notPages = []string{
	"",
	"/lightning/settings/personal/ResetApiToken/home",
	"acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home",
	"//acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home",
	"ftp://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit",
	"javascript:alert(1)//acme.my.salesforce.com",
	"chrome-extension://abc/acme.my.salesforce.com",
	"https://salesforce.com.evil.com/lightning/settings/personal/ResetApiToken/home",
	"https://evilsalesforce.com/lightning/settings/personal/ResetApiToken/home",
	"https://my.salesforce.com/_ui/system/security/ResetApiTokenEdit",
	"https://acme.my.salesforce.com@evil.com/_ui/system/security/ResetApiTokenEdit",
	"https://user@acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit",
	"https://evil.com\\@acme.my.salesforce.com/",
	"https://evil.com\\.acme.my.salesforce.com/",
	"https://127.0.0.1/lightning/setup/SetupOneHome/home",
	"https:acme.my.salesforce.com/ui/setup/Setup?setupid=ResetApiToken",
	"https://acme.my.salesforce.com\t/x",
}

func TestClassify(t *testing.T) {
	for _, tt := range pageTests {
		p, ok := Classify(tt.url)
		if !ok {
			t.Errorf("Classify(%q) failed", tt.url)
			continue
		}
		if p.Kind != tt.kind || p.UI != tt.ui || p.Framed != tt.framed {
			t.Errorf("Classify(%q) = %s/%s/framed=%v, want %s/%s/framed=%v", tt.url, p.Kind, p.UI, p.Framed, tt.kind, tt.ui, tt.framed)
		}
	}
	for _, u := range notPages {
		if p, ok := Classify(u); ok {
			t.Errorf("Classify(%q) = %+v, true; want false", u, p)
		}
	}
}

func TestClassifyHost(t *testing.T) {
	p, _ := Classify("https://acme--uat.sandbox.my.salesforce-setup.com.mcas.ms:443/lightning/setup/SetupOneHome/home")
	want := Host{Name: "acme--uat.sandbox.my.salesforce-setup.com", Family: FamilySetup, MyDomain: "acme", Sandbox: "uat", Partition: "sandbox", TLD: "com", Proxy: ".mcas.ms"}
	if p.Host != want {
		t.Errorf("Host = %+v, want %+v", p.Host, want)
	}
}
