package salesforce

import (
	"strings"
	"testing"
)

// passes is the content script's test: location.href.toLowerCase() includes
// one of the substrings.
func passes(rawURL string) bool {
	href := strings.ToLower(rawURL)
	for _, s := range Prefilter() {
		if strings.Contains(href, s) {
			return true
		}
	}
	return false
}

// TestPrefilter checks both directions on the page table: every page of
// interest passes, and records, lists and home pages do not.
func TestPrefilter(t *testing.T) {
	for _, tt := range pageTests {
		if tt.kind != KindOther && !passes(tt.url) {
			t.Errorf("%s (%s) does not pass the prefilter", tt.url, tt.kind)
		}
	}
	for _, u := range []string{
		"https://acme.lightning.force.com/lightning/r/Account/001xx000003DGb2AAG/view",
		"https://acme.lightning.force.com/lightning/r/Contact/003xx000004TmiQAAS/related/Cases/view",
		"https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent",
		"https://acme.lightning.force.com/lightning/o/Opportunity/home",
		"https://acme.lightning.force.com/lightning/page/home",
		"https://acme.lightning.force.com/lightning/page/chatter",
		"https://acme.lightning.force.com/lightning/n/MyTab",
		"https://acme.lightning.force.com/lightning/app/06mxx0000000001",
		"https://acme.lightning.force.com/one/one.app#/sObject/001xx000003DGb2AAG/view",
		"https://acme.lightning.force.com/lightning/r/Case/500xx000000bXYZ/view?ws=%2Flightning%2Fr%2FAccount%2F001xx000003DGb2AAG%2Fview",
		"https://acme.my.salesforce.com/001xx000003DGb2",
		"https://acme.my.salesforce.com/001/o",
		"https://acme.my.salesforce.com/home/home.jsp",
		"https://acme.my.salesforce.com/",
		"https://acme.my.salesforce.com/apex/MyPage",
		"https://acme--c.vf.force.com/apex/MyPage?sfdcIFrameOrigin=https://acme.lightning.force.com",
		"https://acme.my.salesforce.com/servlet/servlet.FileDownload?file=015xx0000000001",
	} {
		if passes(u) {
			t.Errorf("%s passes the prefilter", u)
		}
		if p, ok := Classify(u); ok && p.Kind != KindOther {
			t.Errorf("Classify(%s) = %s", u, p.Kind)
		}
	}
}

func TestPrefilterCopy(t *testing.T) {
	a := Prefilter()
	a[0] = "x"
	if Prefilter()[0] == "x" {
		t.Error("Prefilter returns shared state")
	}
	for _, s := range Prefilter() {
		if s != strings.ToLower(s) || s == "" {
			t.Errorf("prefilter %q is not a lower-case substring", s)
		}
	}
}
