package salesforce

// HostPatterns returns the extension match patterns of the Salesforce host
// families the extension works on: its host permissions and the frames its
// content script runs in. Nothing wider: the manifest test refuses more.
func HostPatterns() []string {
	return []string{
		"https://*.salesforce.com/*",
		"https://*.force.com/*",
		"https://*.salesforce-setup.com/*",
		"https://*.cloudforce.com/*",
		"https://*.salesforce.mil/*",
		"https://*.force.mil/*",
		"https://*.crmforce.mil/*",
		"https://*.cloudforce.mil/*",
		"https://*.sfcrmapps.cn/*",
		"https://*.sfcrmproducts.cn/*",
		"https://*.salesforce.com.mcas.ms/*",
		"https://*.force.com.mcas.ms/*",
		"https://*.salesforce-setup.com.mcas.ms/*",
	}
}
