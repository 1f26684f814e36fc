//go:build js && wasm

package popup

import (
	"strconv"
	"strings"
	"syscall/js"
	"time"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/credential"
	"tokenhelper/wasm/diagnose"
	"tokenhelper/wasm/endpoint"
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/soap"
)

// failureWait is how long the test button rests after a failed test:
// each failure counts toward the user's lockout, and Chromium holds back
// requests to a URL after a few quick HTTP 500s (facts §11).
const failureWait = 30 * time.Second

// loginTest is the one-shot SOAP login() test. The password + token is
// read from the assembler's fields on the click, put into the one
// request, and dropped: never kept in a field, never sent to the worker.
type loginTest struct {
	l      *login
	button el
	busy   bool // a test or the wait after a failure is under way (Go on WebAssembly runs one goroutine at a time)
	ep     message.Endpoints
	// forbidden: the administrator's policy turns the test off
	// (loginTestAllowed false), as last applied; checked again at the click.
	forbidden bool
}

func newLoginTest(l *login) *loginTest {
	t := &loginTest{l: l, button: query(`button[data-action="test-login"]`)}
	t.button.on("click", func(js.Value) { t.click() })
	return t
}

// show enables the test on a tab of an org, for that org's login URL.
func (t *loginTest) show(e message.Endpoints) {
	t.ep = e
	note := query("#test-note")
	if e.SOAPURL == "" {
		note.text(t.l.cat.Text("testNoOrg"))
		t.button.disabled(true)
		return
	}
	note.text(locale.T("testNote", e.LoginURL).In(t.l.cat))
	t.button.disabled(t.busy || t.forbidden)
}

// allow applies the policy: a forbidden test has no usable button; an
// allowed one is usable again unless a test or its wait is under way.
func (t *loginTest) allow(ok bool) {
	t.forbidden = !ok
	t.button.hidden(!ok)
	t.button.disabled(!ok || t.busy || t.ep.SOAPURL == "")
}

// click checks the fields on the JS goroutine and starts the one request.
func (t *loginTest) click() {
	if t.busy || t.forbidden || t.ep.SOAPURL == "" {
		return
	}
	cat := t.l.cat
	problem := query("#test-problem")
	problem.clear()
	username := strings.TrimSpace(t.l.username.value())
	if username == "" {
		problem.para(cat.Text("testNeedUsername"), "")
		t.l.username.attr("aria-invalid", "true")
		t.l.username.focus()
		return
	}
	t.l.username.drop("aria-invalid")
	mode := credential.ModeToken
	if query(`input[name="mode"][value="mfa"]`).checked() {
		mode = credential.ModeMFA
	}
	secret, problems := credential.Check(query(`input[name="password"]`).value(), query(`input[name="token"]`).value(), mode)
	if secret == "" {
		for _, p := range problems {
			if !p.Warn {
				problem.para(locale.T(p.Key, p.Args...).In(cat), "")
			}
		}
		return
	}
	t.busy = true
	t.button.disabled(true)
	result := query("#test-result")
	result.clear()
	query("#test-wait").text(cat.Text("testRunning"))
	body := soap.LoginRequest(username, secret)
	ep := t.ep
	go func() {
		// The policy is read again now (it may have come since the popup
		// opened), off the click handler: the read awaits storage.
		if !loginTestAllowed() {
			problem.para(cat.Text("policyLoginTestOff"), "")
			query("#test-wait").text("")
			t.busy = false
			t.allow(false)
			return
		}
		t.run(ep, body)
	}()
}

// run sends the login, ends a session it opened, and shows the result.
// It runs once per click: no retry, whatever the answer.
func (t *loginTest) run(ep message.Endpoints, body string) {
	cat := t.l.cat
	status, answer, err := browser.Post(ep.SOAPURL, soap.ContentType, soap.ActionLogin, body)
	box := query("#test-result").add(create("div")).attr("data-login-result", "")
	if err != nil {
		box.attr("data-code", "network").attr("data-cause", diagnose.Unknown)
		box.para(locale.T("testNetwork", err.Error()).In(cat), "")
		t.rest()
		return
	}
	l, ok := soap.ParseLogin(answer)
	switch {
	case !ok:
		box.attr("data-code", "unknown").attr("data-cause", diagnose.Unknown)
		box.para(locale.T("testBadAnswer", strconv.Itoa(status)).In(cat), "")
		t.rest()
	case l.Fault != nil:
		d := diagnose.ForFault(l.Fault.Code, l.Fault.String, t.l.status.Pages)
		box.attr("data-code", l.Fault.Code).attr("data-cause", d.Cause)
		box.para(locale.T("testFault", l.Fault.Code).In(cat), "fault")
		box.para(l.Fault.String, "faultstring")
		d.Seen = ""
		renderDiagnosis(box, cat, d)
		t.rest()
	default:
		t.success(box, ep, l.Result)
		t.done()
	}
}

// success ends the session first, then says who logged in where.
func (t *loginTest) success(box el, ep message.Endpoints, r *soap.Result) {
	cat := t.l.cat
	out := t.logout(r)
	r.SessionID = ""
	box.attr("data-code", "ok")
	if r.PasswordExpired {
		box.attr("data-cause", diagnose.PasswordExpired)
	}
	box.para(locale.T("testOK", r.UserName, r.UserFullName, r.OrgName, r.OrgID).In(cat), "ok")
	env, exp := "testProduction", "testNotExpired"
	if r.Sandbox {
		env = "testSandbox"
	}
	if r.PasswordExpired {
		exp = "testExpired"
	}
	box.para(cat.Text(env), "")
	box.para(cat.Text(exp), "")
	box.para(cat.Text("testFromHere"), "")
	box.para(out, "logout")
	renderRetirement(box.add(create("div")).attr("class", "retire"), cat)
}

// logout ends the session on the server URL's host, if that is a host of
// this same org; the session id goes nowhere else.
func (t *loginTest) logout(r *soap.Result) string {
	cat := t.l.cat
	u, ok := endpoint.LogoutURL(t.l.status.Org, t.l.status.Sandbox, r.ServerURL)
	if !ok {
		return cat.Text("testLogoutRefused")
	}
	status, answer, err := browser.Post(u, soap.ContentType, soap.ActionLogout, soap.LogoutRequest(r.SessionID))
	switch {
	case err != nil:
		return locale.T("testLogoutFailed", err.Error()).In(cat)
	case status != 200:
		reason := "HTTP " + strconv.Itoa(status)
		if f, ok := soap.ParseFault(answer); ok {
			reason = f.Code
		}
		return locale.T("testLogoutFailed", reason).In(cat)
	}
	return cat.Text("testLoggedOut")
}

// done makes the button usable again at once (after a success).
func (t *loginTest) done() {
	query("#test-wait").text("")
	t.busy = false
	t.button.disabled(t.forbidden)
}

// rest keeps the button disabled for failureWait after a failure,
// counting down, and says why.
func (t *loginTest) rest() {
	wait := query("#test-wait")
	for left := int(failureWait / time.Second); left > 0; left-- {
		wait.text(locale.T("testWait", strconv.Itoa(left)).In(t.l.cat))
		time.Sleep(time.Second)
	}
	wait.text(t.l.cat.Text("testAgain"))
	t.busy = false
	t.button.disabled(t.forbidden || t.ep.SOAPURL == "")
}
