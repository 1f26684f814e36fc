package worker

import (
	"testing"

	"tokenhelper/wasm/message"
)

// The popup gets the org's login settings and pages from the tab's one
// classification, whichever of the org's hosts the tab is on.
func TestStatusEndpoints(t *testing.T) {
	w, _, _ := newWorker(t)
	for _, c := range []struct{ url, login, domain string }{
		{"https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome/home", "https://acme.my.salesforce.com", "acme.my"},
		{"https://acme--uat.sandbox.lightning.force.com/lightning/page/home", "https://acme--uat.sandbox.my.salesforce.com", "acme--uat.sandbox.my"},
		{"https://acme.my.salesforce.com/home/home.jsp", "https://acme.my.salesforce.com", "acme.my"},
		{"https://login.salesforce.com/", "", ""},
		{"https://example.com/", "", ""},
	} {
		s := w.Handle(message.Request{Kind: message.KindStatus, Tab: 9, URL: c.url}, popup).(message.Status)
		if s.Endpoints.LoginURL != c.login || s.Endpoints.Domain != c.domain {
			t.Errorf("%s: endpoints %+v", c.url, s.Endpoints)
		}
		if (s.Pages.LoginHistory != "") != (c.login != "") {
			t.Errorf("%s: pages %+v", c.url, s.Pages)
		}
	}
}
