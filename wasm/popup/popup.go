//go:build js && wasm

// Package popup renders the toolbar popup with dom/v2: the active tab's
// status and the credential assembler. It translates between the page and
// the pure packages (tabview, credential); it decides nothing itself.
package popup

import (
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"tokenhelper/wasm/browser"
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/page"
	"tokenhelper/wasm/tabview"
)

// ui holds the popup's elements.
type ui struct {
	cat       locale.Catalog
	tabStatus *dom.BasicHTMLElement
	tabDetail *dom.BasicHTMLElement
	openReset *dom.BasicHTMLElement
	resetURL  string
	tab       browser.Tab
	asm       *assembler
	report    *report
	login     *login
}

// Run wires the popup. The HTML shell is already on screen; Go fills in
// the tab's status and makes the form work.
func Run() {
	u := &ui{
		cat:       browser.I18n{},
		tabStatus: page.Query("#tab-status"),
		tabDetail: page.Query("#tab-detail"),
		openReset: page.Query("#open-reset"),
	}
	u.asm = newAssembler(u.cat)
	u.asm.wire()
	u.report = newReport(u.cat)
	u.report.wire()
	u.wirePopOut()
	page.On(u.openReset.BasicNode, "click", func(*dom.BasicEvent) { go u.open() })
	page.Root().SetAttribute("data-ready", "true")
	// The moment the form works, for the performance suite.
	js.Global().Get("performance").Call("mark", "token-helper-interactive")
	// The login sections are closed at first: they are wired after.
	u.login = newLogin(u.cat)
	go u.showTab()
}

// showTab asks the worker what it knows of the active tab.
func (u *ui) showTab() {
	tab, err := activeTab()
	if err != nil {
		tab = browser.Tab{ID: -1}
	}
	u.tab = tab
	s, err := status(tab)
	if err != nil {
		u.tabStatus.SetTextContent(locale.T("popupWorkerFailed", err.Error()).In(u.cat))
		u.tabStatus.SetAttribute("data-state", "error")
		return
	}
	// Read before anything changes on screen, so that what a policy
	// forbids never shows, not even for a moment.
	policy := current()
	u.showStatus(s)
	if tab.ID >= 0 && s.Key != "" {
		u.follow(s)
	}
	if tab.Incognito {
		// Nothing of an incognito tab is kept: no token to remember.
		s.Key = ""
	}
	u.asm.setOrg(s.Key, policy.RememberTokenAllowed)
	u.watchPolicy(policy)
	u.report.show(tab.ID, s.Salesforce)
	u.login.show(s)
}

// status asks the worker what it knows of tab; nothing for a tab whose
// URL the extension may not see (not Salesforce).
func status(tab browser.Tab) (message.Status, error) {
	var s message.Status
	if tab.URL == "" {
		return s, nil
	}
	err := browser.Send(message.Request{Kind: message.KindStatus, Tab: tab.ID, URL: tab.URL}, &s)
	return s, err
}

// showStatus shows what the worker knows of the tab: the summary, the
// detail, and the button to the reset page where it helps. The summary
// is a polite live region: it changes only when what it says does.
func (u *ui) showStatus(s message.Status) {
	v := tabview.Describe(s)
	summary := v.Summary.In(u.cat)
	if u.tabStatus.TextContent() != summary || u.tabStatus.GetAttribute("data-state") != v.State {
		u.tabStatus.SetTextContent(summary)
		u.tabStatus.SetAttribute("data-state", v.State)
	}
	if v.Detail.Key != "" {
		u.tabDetail.SetTextContent(v.Detail.In(u.cat))
		u.tabDetail.RemoveAttribute("hidden")
	} else {
		u.tabDetail.SetAttribute("hidden", "")
	}
	u.resetURL = s.ResetURL
	if v.Open {
		u.openReset.RemoveAttribute("hidden")
	} else {
		u.openReset.SetAttribute("hidden", "")
	}
}

// activeTab is the tab the popup was opened on. A test may name it with
// ?tab=<id> when it opens the popup as a page of its own.
func activeTab() (browser.Tab, error) {
	q := js.Global().Get("URLSearchParams").New(js.Global().Get("location").Get("search"))
	if id := q.Call("get", "tab"); id.Type() == js.TypeString {
		return browser.TabByID(js.Global().Call("parseInt", id).Int())
	}
	return browser.ActiveTab()
}

// open loads this org's reset page in the tab the popup belongs to.
func (u *ui) open() {
	if u.resetURL == "" {
		return
	}
	err := browser.Navigate(u.tab.ID, u.resetURL)
	if err != nil {
		u.tabDetail.SetTextContent(locale.T("popupOpenFailed", err.Error()).In(u.cat))
		u.tabDetail.RemoveAttribute("hidden")
		return
	}
	// The toolbar popup has done its job; the pop-out window stays, for
	// the token the user is about to receive, and follows the tab.
	if !inWindow() {
		js.Global().Call("close")
	}
}
