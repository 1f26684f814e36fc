package salesforce

// A service is the fixed tail of an org's host name: "lightning.force.com" in
// acme--uat.sandbox.lightning.force.com. What comes before it is the org
// label (My Domain, sandbox and, for Visualforce, a namespace) and maybe one
// partition or legacy instance label.
type service struct {
	suffix string
	family Family
	tld    string

	// namespace: the org label ends in "--<namespace>" (Visualforce).
	namespace bool
	// partition: a partition label such as "sandbox" may follow the org label.
	partition bool
	// instance: a legacy instance label such as "cs18" may follow the org
	// label. A Visualforce label without a My Domain ("c.na1.visual.force.com")
	// is only recognised together with an instance, as it was only ever used so.
	instance bool
}

// services lists the org-scoped host names, from docs/salesforce-pages.md §1.
//
// China and .mil are not in that table's mapping rules; their pairs come from
// the Salesforce CLI library (forcedotcom/sfdx-core, test/unit/util/sfdcUrlTest.ts,
// "official test cases from domains team"): <md>.my.salesforce.mil maps to
// <md>.lightning.crmforce.mil, and <md>.my.sfcrmproducts.cn to
// <md>.lightning.sfcrmapps.cn. The other spellings (lightning.force.mil,
// my.sfcrmapps.cn, lightning.sfcrmproducts.cn) are seen in public extension
// code; they are accepted but never produced.
//
// cloudforce.com is the legacy instanceless My Domain spelling
// (<md>.cloudforce.com, <md>--<sbx>.cloudforce.com, same sfdx-core test), and
// visualforce.com the stabilised Visualforce spelling
// (<md>--<ns>.visualforce.com); both keep their org so that the org's other
// hosts can be named.
var services = []service{
	{suffix: "my.salesforce.com", family: FamilyMyDomain, tld: "com", partition: true, instance: true},
	{suffix: "lightning.force.com", family: FamilyLightning, tld: "com", partition: true},
	{suffix: "my.salesforce-setup.com", family: FamilySetup, tld: "com", partition: true},
	{suffix: "vf.force.com", family: FamilyVisualforce, tld: "com", namespace: true, partition: true},
	{suffix: "visual.force.com", family: FamilyVisualforce, tld: "com", namespace: true, instance: true},
	{suffix: "visualforce.com", family: FamilyVisualforce, tld: "com", namespace: true},
	{suffix: "file.force.com", family: FamilyOther, tld: "com", partition: true},
	{suffix: "builder.salesforce-experience.com", family: FamilyOther, tld: "com", partition: true},
	{suffix: "cloudforce.com", family: FamilyOther, tld: "com"},

	{suffix: "my.salesforce.mil", family: FamilyMyDomain, tld: "mil", partition: true},
	{suffix: "lightning.crmforce.mil", family: FamilyLightning, tld: "mil", partition: true},
	{suffix: "lightning.force.mil", family: FamilyLightning, tld: "mil", partition: true},
	{suffix: "vf.force.mil", family: FamilyVisualforce, tld: "mil", namespace: true, partition: true},

	{suffix: "my.sfcrmproducts.cn", family: FamilyMyDomain, tld: "cn", partition: true},
	{suffix: "my.sfcrmapps.cn", family: FamilyMyDomain, tld: "cn", partition: true},
	{suffix: "lightning.sfcrmapps.cn", family: FamilyLightning, tld: "cn", partition: true},
	{suffix: "lightning.sfcrmproducts.cn", family: FamilyLightning, tld: "cn", partition: true},
}

// domains lists the registered domains whose every sub-domain is a Salesforce
// host (docs/salesforce-pages.md §1, the Gov Cloud, China and other families and SIR's cookie domains). A host
// under one of them that fits no service is FamilyOther, FamilyLogin or
// FamilyInstance.
var domains = []struct{ name, tld string }{
	{"salesforce.com", "com"},
	{"force.com", "com"},
	{"salesforce-setup.com", "com"},
	{"cloudforce.com", "com"},
	{"visualforce.com", "com"},
	{"salesforce-experience.com", "com"},
	{"salesforce.mil", "mil"},
	{"force.mil", "mil"},
	{"cloudforce.mil", "mil"},
	{"visualforce.mil", "mil"},
	{"crmforce.mil", "mil"},
	{"sfcrmapps.cn", "cn"},
	{"sfcrmproducts.cn", "cn"},
}

// Canonical suffixes, the ones this package produces for an org.
var (
	myDomainSuffix  = map[string]string{"com": "my.salesforce.com", "mil": "my.salesforce.mil", "cn": "my.sfcrmproducts.cn"}
	lightningSuffix = map[string]string{"com": "lightning.force.com", "mil": "lightning.crmforce.mil", "cn": "lightning.sfcrmapps.cn"}
)

// partitions are the labels that enhanced domains put between the org label
// and the service (docs/salesforce-pages.md §1).
var partitions = []string{"sandbox", "scratch", "develop", "patch", "demo", "trailblaze", "free"}

func isPartition(label string) bool {
	for _, p := range partitions {
		if label == p {
			return true
		}
	}
	return false
}

// isInstance reports whether label looks like a legacy instance name: two or
// three letters, one to three digits and an optional "s" (na1, cs18, eu40,
// um1, usa2s). Only the shape is checked; the list of instances changes.
func isInstance(label string) bool {
	i := 0
	for i < len(label) && 'a' <= label[i] && label[i] <= 'z' {
		i++
	}
	if i < 2 || i > 3 {
		return false
	}
	j := i
	for j < len(label) && '0' <= label[j] && label[j] <= '9' {
		j++
	}
	if j == i || j-i > 3 {
		return false
	}
	return label[j:] == "" || label[j:] == "s"
}
