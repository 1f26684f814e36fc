//go:build !js

package e2e

import (
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// A popup opened while the page still renders comes to say what the page
// shows once it has: the locked org's tree arrives 2 s late, without the
// entry, and the popup, which first said only "org", says "missing".
func TestPopupFollowsALatePage(t *testing.T) {
	u := shared.URL("locked.lightning.force.com", "/lightning/settings/personal/PersonalInformation/home?th_delay=2000")
	p := openPopup(t, u)
	if s := eval[string](t, p, `document.querySelector('#tab-status').dataset.state`); s != "org" {
		t.Logf("the popup opened on %q: the page was quicker than the test", s)
	}
	poll[bool](t, p, `document.querySelector('#tab-status').dataset.state === 'missing' && document.querySelector('#open-reset').hidden`, 10*time.Second)
}

// The pop-out window stays open while the user works in the tab: its
// "Open Reset My Security Token" loads the reset page in the tab, the
// window stays, and it says the tab is there.
func TestPopOutFollowsTheTab(t *testing.T) {
	w := openPopup(t, shared.URL("acme.lightning.force.com", "/lightning/page/home"))
	id := strconv.Itoa(eval[int](t, w, `+new URLSearchParams(location.search).get('tab')`))
	if err := chromedp.Do(w, chromedp.EmulateViewport(460, 680), chromedp.Navigate(shared.ExtURL("popup.html?view=window&tab="+id))); err != nil {
		t.Fatal(err)
	}
	poll[bool](t, w, `document.querySelector('#tab-status').dataset.state === 'org' && !document.querySelector('#open-reset').hidden`, 5*time.Second)
	click(t, w, `#open-reset`)
	poll[bool](t, w, `document.querySelector('#tab-status').dataset.state === 'here' && !document.querySelector('#tab-detail').hidden && document.querySelector('#open-reset').hidden`, 10*time.Second)
	if p := eval[string](t, w, `chrome.tabs.get(`+id+`).then(x => new URL(x.url).pathname)`); p != "/lightning/settings/personal/ResetApiToken/home" {
		t.Errorf("the tab shows %s, want the reset page", p)
	}
	screenshot(t, w, "popup-window-follows")
	checkViolations(t, shared)
}
