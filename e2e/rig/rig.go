//go:build !js

// Package rig starts what the end-to-end tests and the demo need: the
// demo org (a local HTTPS server with Salesforce-like pages), and Debian's
// Chromium with the built, unpacked extension loaded, its Salesforce host
// names mapped to that server.
package rig

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/browsers"
	"tokenhelper/e2e/demoorg"
)

// Options configure a Rig.
type Options struct {
	Extension string   // the unpacked extension folder; "" for none (a baseline browser)
	Headless  bool     // headless=new, or a window on the display
	Lang      string   // the browser's UI language, e.g. "de"; "" for the default
	Flags     []string // extra command-line flags, "name=value" or "name"
}

// Rig is a running demo org and browser.
type Rig struct {
	Org    *demoorg.Server
	Port   string          // the demo org's port: page URLs need it
	Ctx    context.Context // the browser's first tab; derive tabs from it
	ExtID  string          // the extension's id, "" without one
	cancel []context.CancelFunc
	dir    string
}

// Start starts the demo org and the browser.
func Start(o Options) (*Rig, error) {
	bin, err := browsers.Chromium()
	if err != nil {
		return nil, err
	}
	r := &Rig{Org: demoorg.New()}
	addr, err := r.Org.Start("127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	_, r.Port, _ = net.SplitHostPort(addr)
	if r.dir, err = os.MkdirTemp("", "tokenhelper-profile-"); err != nil {
		r.Close()
		return nil, err
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), r.allocatorOptions(bin, o)...)
	r.cancel = append(r.cancel, cancel)
	ctx, cancel := chromedp.NewContext(actx)
	r.cancel = append(r.cancel, cancel)
	r.Ctx = ctx
	if err := chromedp.Do(ctx); err != nil {
		r.Close()
		return nil, fmt.Errorf("start chromium: %w", err)
	}
	if o.Extension != "" {
		if r.ExtID, err = r.extensionID(); err != nil {
			r.Close()
			return nil, err
		}
	}
	return r, nil
}

func (r *Rig) allocatorOptions(bin string, o Options) []chromedp.ExecAllocatorOption {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.UserDataDir(r.dir),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.WindowSize(1280, 800),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-features", "Translate,MediaRouter,OptimizationHints"),
		chromedp.Flag("ignore-certificate-errors", true),
		chromedp.Flag("host-resolver-rules", hostRules(r.Port)),
		chromedp.Flag("password-store", "basic"),
		chromedp.Flag("use-mock-keychain", true),
	}
	if o.Headless {
		opts = append(opts, chromedp.Flag("headless", "new"), chromedp.Flag("hide-scrollbars", true))
	}
	if o.Extension != "" {
		abs, _ := filepath.Abs(o.Extension)
		opts = append(opts, chromedp.Flag("load-extension", abs), chromedp.Flag("disable-extensions-except", abs))
	} else {
		opts = append(opts, chromedp.Flag("disable-extensions", true))
	}
	if o.Lang != "" {
		// On Linux, --lang picks the extension's catalogue
		// (chrome.i18n.getMessage), headless too; LANGUAGE sets Chromium's
		// own locale (chrome.i18n.getUILanguage, navigator.languages), which
		// needs the locale files of Debian's chromium-l10n and is en-US
		// without them.
		opts = append(opts, chromedp.Flag("lang", o.Lang), chromedp.Env("LANGUAGE="+o.Lang))
	}
	for _, f := range o.Flags {
		name, value, ok := strings.Cut(f, "=")
		if ok {
			opts = append(opts, chromedp.Flag(name, value))
		} else {
			opts = append(opts, chromedp.Flag(name, true))
		}
	}
	return opts
}

// hostRules sends every Salesforce host family to the demo org, port
// included, so that pages use Salesforce's own URLs (port 443) and the
// links the extension builds from them work in the demo too.
func hostRules(port string) string {
	var rules []string
	for _, s := range browsers.SalesforceSuffixes() {
		rules = append(rules, "MAP *"+s+" 127.0.0.1:"+port)
	}
	return strings.Join(rules, ", ")
}

// extensionID waits for the extension's service worker and reads the id
// from its URL.
func (r *Rig) extensionID() (string, error) {
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		infos, err := chromedp.Targets(r.Ctx)
		if err != nil {
			return "", err
		}
		for _, t := range infos {
			if t.Type == "service_worker" && strings.HasPrefix(t.URL, "chrome-extension://") {
				return strings.Split(strings.TrimPrefix(t.URL, "chrome-extension://"), "/")[0], nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return "", errors.New("the extension's service worker did not start: was it built (make)?")
}

// URL is a demo-org page: host such as "acme.lightning.force.com", path
// with its query. The browser maps the host to the demo org.
func (r *Rig) URL(host, path string) string {
	return "https://" + host + path
}

// ExtURL is a page of the extension.
func (r *Rig) ExtURL(path string) string {
	return "chrome-extension://" + r.ExtID + "/" + strings.TrimPrefix(path, "/")
}

// NewTab opens a tab in the browser.
func (r *Rig) NewTab() (context.Context, context.CancelFunc, error) {
	ctx, cancel := NewContext(r.Ctx)
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		return nil, nil, err
	}
	return ctx, cancel, nil
}

// Frame attaches to the cross-site iframe (its own target) whose URL
// contains part, waiting for it to appear.
func (r *Rig) Frame(part string, wait time.Duration) (context.Context, context.CancelFunc, error) {
	deadline := time.Now().Add(wait)
	for {
		infos, err := chromedp.Targets(r.Ctx)
		if err != nil {
			return nil, nil, err
		}
		for _, t := range infos {
			if t.Type == "iframe" && strings.Contains(t.URL, part) {
				ctx, cancel := NewContext(r.Ctx, chromedp.WithTargetID(t.TargetID))
				return ctx, cancel, nil
			}
		}
		if time.Now().After(deadline) {
			return nil, nil, fmt.Errorf("no iframe target with %q", part)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// Close stops the browser and the demo org.
func (r *Rig) Close() {
	for i := len(r.cancel) - 1; i >= 0; i-- {
		r.cancel[i]()
	}
	if r.Org != nil {
		r.Org.Close()
	}
	if r.dir != "" {
		os.RemoveAll(r.dir)
	}
}

// Built is for a browser-test package's TestMain: the built extension
// folder that the variable env names. Without one the package does not
// run: it is skipped (exit code 0) on a developer's machine, and fails
// (exit code 1) under CI=true, where the browser tests must run.
func Built(pkg, env, example string) (dir string, exit int, ok bool) {
	if dir = os.Getenv(env); dir != "" {
		return dir, 0, true
	}
	if os.Getenv("CI") == "true" {
		println(pkg + ": CI=true but " + env + " is not set: run make test")
		return "", 1, false
	}
	println(pkg + ": skipped; make test runs it (" + env + "=" + example + ")")
	return "", 0, false
}
