//go:build !js

// Command demo shows the extension on the bundled demo org: in a browser
// window where a display exists, otherwise headless, with a screenshot of
// each page written to -out and its path printed.
//
//	go run ./e2e/cmd/demo -ext dist/chromium -out dist/demo
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"tokenhelper/e2e/rig"
)

// page is one stop of the tour.
type page struct {
	name, host, path string
	wait             string // a JS expression that is truthy once the extension has acted
}

var tour = []page{
	{"1-lightning-reset-link", "acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home", `document.querySelector('[data-token-helper="hint"]')`},
	{"2-lightning-reset-page", "acme.lightning.force.com", "/lightning/settings/personal/ResetApiToken/home", `document.querySelector('[data-token-helper="hint"]')`},
	{"3-missing", "locked.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home", `document.querySelector('[data-token-helper="hint"][data-state="missing"]')`},
	{"4-setup-home", "acme.lightning.force.com", "/lightning/setup/SetupOneHome/home", `document.querySelector('[data-token-helper="hint"]')`},
	{"5-classic-reset-page", "acme.my.salesforce.com", "/_ui/system/security/ResetApiTokenEdit?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&setupid=ResetApiToken", `document.querySelector('[data-token-helper="hint"]')`},
	{"6-german", "muster.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home", `document.querySelector('[data-token-helper="highlight"]')`},
	{"9-lightning-open-section", "acme.lightning.force.com", "/lightning/settings/personal/EmailSettings/home?th_collapse=absent", `document.querySelector('[data-token-helper="hint"][data-state="open-section"]')`},
	{"9b-classic-open-section", "acme.my.salesforce.com", "/ui/setup/Setup?setupid=PersonalInfo&th_collapse=absent", `document.querySelector('[data-token-helper="hint"][data-state="open-section"]')`},
}

func main() {
	ext := flag.String("ext", "dist/chromium", "the built extension")
	out := flag.String("out", "dist/demo", "where headless screenshots go")
	window := flag.Bool("window", os.Getenv("DISPLAY") != "", "show a browser window (default: when a display exists)")
	flag.Parse()
	if err := run(*ext, *out, *window); err != nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		os.Exit(1)
	}
}

func run(ext, out string, window bool) error {
	r, err := rig.Start(rig.Options{Extension: ext, Headless: !window})
	if err != nil {
		return err
	}
	defer r.Close()
	fmt.Println("demo org at", r.URL("acme.lightning.force.com", "/demo"))
	if window {
		return showWindow(r)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, p := range tour {
		path, err := shoot(r, p, out)
		if err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
		fmt.Println("screenshot:", path)
	}
	path, err := shootPopup(r, out)
	if err != nil {
		return fmt.Errorf("popup: %w", err)
	}
	fmt.Println("screenshot:", path)
	if v := r.Org.Violations(); len(v) > 0 {
		return fmt.Errorf("forbidden requests: %q", v)
	}
	return nil
}

func shoot(r *rig.Rig, p page, out string) (string, error) {
	ctx, cancel, err := r.NewTab()
	if err != nil {
		return "", err
	}
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(r.URL(p.host, p.path))); err != nil {
		return "", err
	}
	if _, err := rig.Wait[bool](ctx, "!!("+p.wait+")", 15*time.Second); err != nil {
		return "", err
	}
	time.Sleep(300 * time.Millisecond) // let the late tree and frame settle for the picture
	return save(ctx, filepath.Join(out, p.name+".png"))
}

// shootPopup opens the popup as a page, pointed at a tab on the demo org.
func shootPopup(r *rig.Rig, out string) (string, error) {
	sf, cancel, err := r.NewTab()
	if err != nil {
		return "", err
	}
	defer cancel()
	if err := chromedp.Do(sf, chromedp.Navigate(r.URL("acme.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home"))); err != nil {
		return "", err
	}
	if _, err := rig.Wait[bool](sf, `!!document.querySelector('[data-token-helper="highlight"]')`, 15*time.Second); err != nil {
		return "", err
	}
	ctx, cancel2, err := r.NewTab()
	if err != nil {
		return "", err
	}
	defer cancel2()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(460, 640), chromedp.Navigate(r.ExtURL("popup.html"))); err != nil {
		return "", err
	}
	id, err := chromedp.Run(ctx, chromedp.Evaluate[int](`chrome.tabs.query({url: 'https://acme.lightning.force.com/*'}).then(ts => ts[0].id)`, chromedp.EvalAwaitPromise))
	if err != nil {
		return "", err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(r.ExtURL("popup.html?tab="+strconv.Itoa(id)))); err != nil {
		return "", err
	}
	if _, err := rig.Wait[bool](ctx, `document.querySelector('#tab-status').dataset.state !== 'loading'`, 10*time.Second); err != nil {
		return "", err
	}
	if _, err := save(ctx, filepath.Join(out, "7-popup.png")); err != nil {
		return "", err
	}
	dark := emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, dark); err != nil {
		return "", err
	}
	return save(ctx, filepath.Join(out, "8-popup-dark.png"))
}

func save(ctx context.Context, path string) (string, error) {
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		return "", err
	}
	return path, os.WriteFile(path, png, 0o644)
}

// showWindow opens the tour in tabs of a visible browser and waits.
func showWindow(r *rig.Rig) error {
	for _, p := range tour {
		ctx, _, err := r.NewTab()
		if err != nil {
			return err
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(r.URL(p.host, p.path))); err != nil {
			return err
		}
	}
	fmt.Println("the demo org is open in the browser window; press Ctrl-C to stop")
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	<-stop
	return nil
}
