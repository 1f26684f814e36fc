//go:build !js

package firefox

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"tokenhelper/e2e/demoorg"
)

// The login test from Firefox's popup: one SOAP login() to the tab's org,
// then logout(), without cookies, as in Chromium. Firefox's event page,
// host permissions and fetch are not Chromium's, so it is tested here too.
func TestLoginTest(t *testing.T) {
	const home = "https://acme.lightning.force.com/lightning/page/home"
	inChrome(t, func() {
		do[any](t, `const w = Services.wm.getMostRecentWindow('navigator:browser');
		w.gBrowser.addTab(arguments[0], {triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal()});`, home)
	})
	openExtPage(t, "popup.html")
	poll[bool](t, `return document.documentElement.dataset.ready === 'true'`, 10*time.Second)
	id := poll[int](t, `return browser.tabs.query({url: `+strconv.Quote(home)+`}).then(ts => ts.length ? ts[0].id : 0)`, 10*time.Second)
	defer do[any](t, `return browser.tabs.remove(arguments[0])`, id)
	openExtPage(t, "popup.html?tab="+strconv.Itoa(id))
	poll[bool](t, `return document.documentElement.dataset.ready === 'true' && document.querySelector('#tab-status').dataset.state !== 'loading'`, 10*time.Second)
	poll[bool](t, `const b = document.querySelector('button[data-action="test-login"]'); return document.documentElement.dataset.ready === 'true' && !!b && !b.disabled`, 10*time.Second)
	if got := do[string](t, `return document.querySelector('[data-endpoint="login-url"]').textContent`); got != "https://acme.my.salesforce.com" {
		t.Errorf("login URL %q", got)
	}
	do[any](t, `const set = (sel, v) => { const e = document.querySelector(sel); e.value = v; };
	set('input[name="username"]', arguments[0]);
	set('input[name="password"]', arguments[1]);
	set('input[name="token"]', arguments[2]);
	document.querySelector('details#login-test').open = true;`, "alex.admin@acme.example", demoorg.DemoPassword, demoorg.DemoToken)
	ff.Org.ResetSOAP()
	if err := ff.M.click(`button[data-action="test-login"]`); err != nil {
		t.Fatal(err)
	}
	code := poll[string](t, `const r = document.querySelector('[data-login-result]'); return r && r.dataset.code`, 10*time.Second)
	text := do[string](t, `return document.querySelector('[data-login-result]').textContent`)
	if code != "ok" {
		t.Fatalf("result %s: %s", code, text)
	}
	poll[bool](t, `return document.querySelector('[data-login-result]').textContent.includes('logout()')`, 5*time.Second)
	calls := ff.Org.SOAPCalls()
	if len(calls) != 2 || calls[0].Op != "login" || calls[0].Cookie || calls[1].Op != "logout" || calls[1].Status != 200 {
		t.Errorf("calls %+v", calls)
	}
	if ff.Org.Sessions() != 0 {
		t.Errorf("%d sessions left open", ff.Org.Sessions())
	}
	if !strings.Contains(text, "Acme Corporation") {
		t.Errorf("result %s", text)
	}
}
