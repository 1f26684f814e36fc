//go:build !js

package demoorg

import (
	"encoding/json"
	"encoding/pem"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tokenhelper/wasm/soap"
)

// jsforceDir is where the Makefile installs jsforce (make jsforce).
const jsforceDir = "../../build/.tools/node_modules"

// TestJSForceContract logs in and out with jsforce, a real client from
// npm, against the demo org's SOAP endpoint: the demo must answer as
// Salesforce does to code that nobody here wrote. Node reaches the demo at
// 127.0.0.1:<port>, where the username names the org, and trusts the
// demo's certificate through NODE_EXTRA_CA_CERTS.
func TestJSForceContract(t *testing.T) {
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(jsforceDir, "jsforce", "package.json"))
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but node or jsforce is missing (make jsforce installs it): %v", err)
		}
		t.Skipf("node or jsforce missing (make jsforce): %v", err)
	}
	s := New()
	addr, err := s.Start("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ca := filepath.Join(t.TempDir(), "demo.pem")
	if err := os.WriteFile(ca, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: s.Certificate().Raw}), 0o600); err != nil {
		t.Fatal(err)
	}
	modules, _ := filepath.Abs(jsforceDir)
	run := func(username, password string) map[string]any {
		t.Helper()
		cmd := exec.Command(node, "testdata/jsforce-login.js", "https://"+addr, username)
		cmd.Env = append(os.Environ(), "NODE_PATH="+modules, "NODE_EXTRA_CA_CERTS="+ca, "JSFORCE_PASSWORD="+password)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("jsforce: %v\n%s", err, out)
		}
		var v map[string]any
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		if err := json.Unmarshal([]byte(lines[len(lines)-1]), &v); err != nil {
			t.Fatalf("jsforce printed %q", out)
		}
		return v
	}

	got := run("alex.admin@acme.example", DemoPassword+DemoToken)
	if got["ok"] != true || got["orgId"] != "00D5j000000AcmeEAC" || got["loggedOut"] != true || got["instanceUrl"] != "https://"+addr {
		t.Errorf("login: %v", got)
	}
	calls := s.SOAPCalls()
	if len(calls) != 2 || calls[0].Op != "login" || calls[0].Action != `""` || calls[1].Op != "logout" || calls[1].Status != 200 {
		t.Errorf("calls %+v", calls)
	}
	if s.Sessions() != 0 {
		t.Errorf("jsforce's logout left %d sessions", s.Sessions())
	}
	if calls[0].Path != soap.Path {
		t.Errorf("path %s", calls[0].Path)
	}
	// jsforce shows the fault string as Salesforce wrote it.
	for _, c := range []struct {
		user, password string
		f              soapFault
	}{
		{"alex.admin@acme.example", DemoPassword, faultNeedsToken},
		{"alex.admin@acme.example", "wrong", faultInvalidLogin},
		{"soap.disabled@acme.example", DemoPassword + DemoToken, faultUsers["soap.disabled"]},
		{"api.disabled@acme.example", DemoPassword + DemoToken, faultUsers["api.disabled"]},
	} {
		got := run(c.user, c.password)
		if got["ok"] != false || got["error"] != c.f.Text {
			t.Errorf("%s: %v, want %q", c.f.Code, got, c.f.Text)
		}
	}
}
