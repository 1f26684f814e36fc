//go:build !js

package demoorg

import (
	"net/http"
	"strings"
	"testing"
)

// The hostile switches reach the shell's config; th_hostile also lifts the
// nonce so that an inline payload could run; the other pages keep theirs.
func TestHostileOptions(t *testing.T) {
	s := New()
	u := lightningURL("acme", "/lightning/settings/personal/PersonalInformation/home")
	r := get(t, s, u+"?th_hostile=1&th_nodes=20000&th_frames=50&th_throw=100")
	c, _ := shellConfigOf(t, r.Body)
	if !c.Hostile || c.Nodes != 20000 || c.Frames != 50 || c.ThrowEvery != 100 {
		t.Errorf("config %+v", c)
	}
	if csp := r.Header.Get("Content-Security-Policy"); csp != hostileCSP {
		t.Errorf("hostile CSP %q", csp)
	}
	r = do(t, s, http.MethodGet, u, nil, &http.Cookie{Name: "th_nodes", Value: "999999"}, &http.Cookie{Name: "th_frames", Value: "-3"}, &http.Cookie{Name: "th_throw", Value: "1"})
	c, nonce := shellConfigOf(t, r.Body)
	if c.Hostile || c.Nodes != maxNodes || c.Frames != 0 || c.ThrowEvery != 10 {
		t.Errorf("clamped config %+v", c)
	}
	if csp := r.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "'nonce-"+nonce+"'") {
		t.Errorf("CSP without th_hostile %q", csp)
	}
	if v := s.Violations(); len(v) != 0 {
		t.Errorf("violations: %v", v)
	}
}
