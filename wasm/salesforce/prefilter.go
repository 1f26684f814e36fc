package salesforce

// prefilter holds the substrings of which a lower-cased URL must contain one
// for any page Classify recognises. Each is either a path prefix Classify
// requires or a word its matched path or query must contain, so the content
// script's cheap test never drops a page this package would classify.
// Record pages, lists and home pages contain none of them.
var prefilter = []string{
	"/lightning/settings/personal/",       // Lightning personal settings, also on the setup domain
	"/lightning/setup/",                   // Lightning Setup
	"/one/one.app#/setup/",                // old Lightning Setup links
	"resetapitoken",                       // Classic ResetApiTokenEdit and ResetApiTokenConfirm
	"/_ui/system/security/changepassword", // Classic Change My Password
	"setupid=",                            // Classic /ui/setup/Setup?setupid=...
	"personalinformationsetup",            // Classic /setup/personalInformationSetup.apexp
}

// Prefilter returns the lower-case substrings that a URL must contain (one
// of them) for the extension to look at the page at all. The content script
// checks them with String.prototype.includes on
// location.href.toLowerCase(), before paying for a message to the service
// worker. The slice is a fresh copy.
func Prefilter() []string {
	return append([]string(nil), prefilter...)
}
