//go:build !js

package demoorg

import (
	"context"
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"tokenhelper/e2e/browsers"
)

// TestChromiumRendersPages loads a few pages in headless Chromium and checks the DOM that the fixture scripts render: the late nav
// tree, the selected node, the iframe, under both CSPs.
func TestChromiumRendersPages(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	bin, err := browsers.Chromium()
	if err != nil {
		// Under CI the browser tests must run, as rig.Built says.
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	s := New()
	addr, err := s.Start("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, p, _ := net.SplitHostPort(addr)

	cases := []struct {
		url        string
		want, deny []string
	}{
		{"https://acme.lightning.force.com:" + p + "/lightning/settings/personal/ResetApiToken/home",
			[]string{`auraLoadingBox--hidden`, `class="onesetupNavTreeNode tree-node leaf slds-is-selected" role="treeitem" aria-level="2" aria-selected="true" data-placement="leaf" aria-label="Reset My Security Token"`, `<iframe name="vfFrameId_`,
				`src="https://acme.my.salesforce.com:` + p + `/_ui/system/security/ResetApiTokenEdit?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&amp;setupid=ResetApiToken&amp;isdtp=p1&amp;sfdcIFrameOrigin=https://acme.lightning.force.com:` + p + `&amp;sfdcIFrameHost=web&amp;nonce=`},
			nil},
		{"https://strict.lightning.force.com:" + p + "/lightning/settings/personal/ResetApiToken/home",
			[]string{`href="/lightning/settings/personal/ResetApiToken/home"`, `<iframe name="vfFrameId_`}, []string{"data-node-id"}},
		{"https://locked.lightning.force.com:" + p + "/lightning/settings/personal/PersonalInformation/home",
			[]string{`href="/lightning/settings/personal/ChangePassword/home"`, `href="/lightning/settings/personal/LoginHistory/home"`, `<iframe name="vfFrameId_`}, []string{`/lightning/settings/personal/ResetApiToken/home"`}},
		{"https://muster.lightning.force.com:" + p + "/lightning/setup/SetupOneHome/home",
			[]string{`data-node-id="EnhancedProfiles"`, `aria-level="1" aria-selected="true" data-node-id="SetupOneHome"`, `Setup-Startseite`}, []string{"vfFrameId"}},
		{"https://shade.lightning.force.com:" + p + "/lightning/settings/personal/ResetApiToken/home",
			[]string{`<one-setup-nav-tree class="oneSetupNavTreeHost">`, `<iframe name="vfFrameId_`}, []string{`aria-label="Reset My Security Token"`}}, // the tree is in the shadow root
	}
	for _, c := range cases {
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		cmd := exec.CommandContext(ctx, bin, "--headless=new", "--no-sandbox", "--disable-gpu",
			"--ignore-certificate-errors", "--no-first-run", "--user-data-dir="+t.TempDir(),
			"--host-resolver-rules="+hostRules(),
			"--virtual-time-budget=5000", "--dump-dom", c.url)
		out, err := cmd.Output()
		cancel()
		if err != nil {
			t.Errorf("%s: chromium: %v", c.url, err)
			continue
		}
		dom, _, _ := strings.Cut(string(out), "<template")
		mustContain(t, c.url, dom, c.want...)
		mustNotContain(t, c.url, dom, c.deny...)
	}
	if v := s.Violations(); len(v) != 0 {
		t.Errorf("violations: %v", v)
	}
}

// hostRules sends every Salesforce host family to the demo org.
func hostRules() string {
	var rules []string
	for _, s := range browsers.SalesforceSuffixes() {
		rules = append(rules, "MAP *"+s+" 127.0.0.1")
	}
	return strings.Join(rules, ", ")
}
