//go:build !js

package firefox

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"tokenhelper/e2e/browsers"
	"tokenhelper/e2e/demoorg"
)

// addonID is the gecko id in the Firefox manifest (build/manifest.go).
const addonID = "token-helper@tokenhelper.dev"

// browser is headless Firefox ESR with the built extension installed as a
// temporary add-on, a fresh profile, and the demo org behind the proxy.
type browser struct {
	Org  *demoorg.Server
	M    *marionette
	UUID string // the extension's host in moz-extension:// URLs

	proxy *proxy
	cmd   *exec.Cmd
	out   *tail
	dir   string
	exit  chan struct{}
}

// startBrowser starts the demo org, the proxy and Firefox, and installs
// the unpacked extension in ext. env adds to Firefox's environment (a
// HOME of its own, for the policy test).
func startBrowser(ext string, env ...string) (b *browser, err error) {
	bin, err := browsers.Firefox()
	if err != nil {
		return nil, err
	}
	if ext, err = filepath.Abs(ext); err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(ext, "manifest.json")); err != nil {
		return nil, fmt.Errorf("no built extension in %s: run make", ext)
	}
	b = &browser{Org: demoorg.New(), UUID: newUUID(), exit: make(chan struct{})}
	defer func() {
		if err != nil {
			b.Close()
		}
	}()
	addr, err := b.Org.Start("127.0.0.1:0")
	if err != nil {
		return b, err
	}
	if b.proxy, err = startProxy(addr); err != nil {
		return b, err
	}
	if b.dir, err = os.MkdirTemp("", "tokenhelper-firefox-"); err != nil {
		return b, err
	}
	if err := os.WriteFile(filepath.Join(b.dir, "user.js"), []byte(userJS(b.proxy.Port(), b.UUID)), 0o644); err != nil {
		return b, err
	}
	b.out = &tail{}
	// System access lets Marionette run scripts with the browser's own
	// privileges: the tests read the clipboard and open extension pages so.
	b.cmd = exec.Command(bin, "--headless", "--marionette", "--remote-allow-system-access", "--no-remote", "--profile", b.dir, "about:blank")
	b.cmd.Env = append(append(os.Environ(), "MOZ_HEADLESS=1", "MOZ_CRASHREPORTER_DISABLE=1"), env...)
	b.cmd.Stdout, b.cmd.Stderr = b.out, b.out
	// Its own process group, so that Close ends the content processes too.
	b.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := b.cmd.Start(); err != nil {
		return b, err
	}
	go func() {
		b.cmd.Wait()
		close(b.exit)
	}()
	port, err := b.marionettePort(30 * time.Second)
	if err != nil {
		return b, err
	}
	if b.M, err = dialMarionette(net.JoinHostPort("127.0.0.1", port)); err != nil {
		return b, err
	}
	if err := b.M.newSession(); err != nil {
		return b, err
	}
	id, err := b.M.installTemporary(ext)
	if err != nil {
		return b, err
	}
	if id != addonID {
		return b, fmt.Errorf("installed add-on %q, want %q", id, addonID)
	}
	return b, nil
}

// userJS is the profile's preferences: Marionette on a port of its
// choosing (written to MarionetteActivePort), every connection through
// the proxy, and the extension's moz-extension:// host fixed in advance.
func userJS(proxyPort int, uuid string) string {
	uuids, _ := json.Marshal(map[string]string{addonID: uuid})
	prefs := []struct {
		name  string
		value any
	}{
		{"marionette.port", 0},
		{"network.proxy.type", 1},
		{"network.proxy.http", "127.0.0.1"},
		{"network.proxy.http_port", proxyPort},
		{"network.proxy.ssl", "127.0.0.1"},
		{"network.proxy.ssl_port", proxyPort},
		{"network.proxy.no_proxies_on", ""},
		{"network.proxy.allow_hijacking_localhost", true},
		{"network.dns.disablePrefetch", true},
		{"extensions.webextensions.uuids", string(uuids)},
		{"browser.shell.checkDefaultBrowser", false},
		{"browser.startup.homepage_override.mstone", "ignore"},
		{"datareporting.policy.dataSubmissionEnabled", false},
		{"toolkit.telemetry.reportingpolicy.firstRun", false},
		{"app.update.disabledForTesting", true},
	}
	var b strings.Builder
	for _, p := range prefs {
		v, _ := json.Marshal(p.value)
		fmt.Fprintf(&b, "user_pref(%q, %s);\n", p.name, v)
	}
	return b.String()
}

// marionettePort waits for Firefox to write the port it listens on.
func (b *browser) marionettePort(wait time.Duration) (string, error) {
	deadline := time.Now().Add(wait)
	for time.Now().Before(deadline) {
		data, err := os.ReadFile(filepath.Join(b.dir, "MarionetteActivePort"))
		if p := strings.TrimSpace(string(data)); err == nil && p != "" {
			if _, err := strconv.Atoi(p); err == nil {
				return p, nil
			}
		}
		select {
		case <-b.exit:
			return "", fmt.Errorf("firefox exited: %s", b.out)
		case <-time.After(50 * time.Millisecond):
		}
	}
	return "", fmt.Errorf("firefox did not start marionette in %v: %s", wait, b.out)
}

// ExtURL is a page of the extension.
func (b *browser) ExtURL(path string) string {
	return "moz-extension://" + b.UUID + "/" + strings.TrimPrefix(path, "/")
}

// Close quits Firefox (killing it if it lingers) and stops the servers.
func (b *browser) Close() {
	if b.M != nil {
		b.M.call("Marionette:Quit", map[string]any{"flags": []string{"eForceQuit"}}, nil, 5*time.Second)
		b.M.Close()
	}
	if b.cmd != nil && b.cmd.Process != nil {
		select {
		case <-b.exit:
		case <-time.After(10 * time.Second):
			syscall.Kill(-b.cmd.Process.Pid, syscall.SIGKILL)
			<-b.exit
		}
	}
	if b.proxy != nil {
		b.proxy.Close()
	}
	b.Org.Close()
	if b.dir != "" {
		os.RemoveAll(b.dir)
	}
}

func newUUID() string {
	var u [16]byte
	rand.Read(u[:])
	u[6] = u[6]&0x0f | 0x40 // version 4
	u[8] = u[8]&0x3f | 0x80 // RFC 4122 variant
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// tail keeps the last 8 KB of Firefox's output, for error messages.
type tail struct {
	mu  sync.Mutex
	buf []byte
}

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if n := len(t.buf) - 8<<10; n > 0 {
		t.buf = t.buf[n:]
	}
	return len(p), nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(bytes.TrimSpace(t.buf))
}
