//go:build !js

package browsers

import (
	"strings"
	"testing"
)

func TestSalesforceSuffixes(t *testing.T) {
	got := SalesforceSuffixes()
	for _, want := range []string{".salesforce.com", ".force.com", ".salesforce-setup.com", ".force.com.mcas.ms"} {
		found := false
		for _, s := range got {
			found = found || s == want
		}
		if !found {
			t.Errorf("suffixes %q lack %q", got, want)
		}
	}
	for _, s := range got {
		if !strings.HasPrefix(s, ".") || strings.ContainsAny(s, "*/:") {
			t.Errorf("suffix %q is not a bare host suffix", s)
		}
	}
}
