package salesforce

import (
	"net/url"
	"testing"
)

// FuzzAuthority checks authority against net/url, which it replaces:
// every URL that net/url reads with a Salesforce host, authority reads
// with the same host; and what authority accepts, net/url reads the same
// way once the rest of the URL (where net/url is stricter than browsers,
// e.g. about stray "%") is left out.
func FuzzAuthority(f *testing.F) {
	for _, tt := range pageTests {
		f.Add(tt.url)
	}
	for _, s := range []string{
		"https://acme.my.salesforce.com", "HTTPS://ACME.lightning.force.com/x", "https://u:p@acme.my.salesforce.com/",
		"https://acme.my.salesforce.com:443/x?y#z", "https:acme.my.salesforce.com", "ftp://acme.my.salesforce.com/",
		"https://acme.my.salesforce.com\\@evil.com/", "https://acme.my.salesforce.com%2f/", "//acme.my.salesforce.com/",
		"https://acme.my.salesforce.com/\x00", "https://[::1]/", "https://acme.my.salesforce.com#/x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		host, ok := authority(s)
		_, sfMine := ParseHost(host)
		u, err := url.Parse(s)
		theirs := err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.User == nil && u.Opaque == "" && u.Host != ""
		_, sfTheirs := ParseHost(hostOf(u, theirs))
		switch {
		case theirs && sfTheirs && !(ok && sfMine):
			t.Fatalf("authority(%q) refuses what net/url reads as host %q", s, u.Host)
		case theirs && sfTheirs && host != u.Host:
			t.Fatalf("authority(%q) = %q, net/url says %q", s, host, u.Host)
		case ok && sfMine:
			v, err := url.Parse("https://" + host + "/")
			if err != nil || v.Host != host || v.User != nil {
				t.Fatalf("authority(%q) = %q, which net/url reads as %+v (%v)", s, host, v, err)
			}
		}
	})
}

func hostOf(u *url.URL, ok bool) string {
	if !ok {
		return ""
	}
	return u.Host
}
