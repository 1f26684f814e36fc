// Package message defines the values that cross between the extension's
// contexts: the content script, the service worker, the popup and the
// offscreen document.
//
// The structs are plain: string, bool, int, slices and nested structs, with
// `js` tags, because github.com/norunners/vert converts them to and from JS
// objects and panics on named non-struct types, arrays and non-string map
// keys. Nothing here imports syscall/js, so every package that speaks these
// messages builds and tests on the host.
package message

// Request kinds, the "kind" field of a Request.
const (
	KindPage   = "page"   // content script: a document to consider
	KindFacts  = "facts"  // content script: what the plan's selectors matched
	KindClose  = "close"  // content script: the user closed the hint
	KindStatus = "status" // popup: the state of a tab
	KindClear  = "clear"  // popup: clear the clipboard later if it still holds a value

	KindForget = "forget" // listen.js, on tabs.onRemoved: forget what was kept of a closed tab

	// The popup's pop-out: the token the popup held goes, once, from the
	// popup through the worker's memory to the window it opens.
	KindHandOff = "hand-off" // popup: keep Token for the window named Handoff
	KindTakeOff = "take-off" // that window: the token kept for Handoff, once
)

// Request is every message sent to the service worker.
type Request struct {
	Kind string `js:"kind"`
	To   string `js:"to"`  // "" for the service worker, ToOffscreen for the offscreen document
	URL  string `js:"url"` // the document's location.href
	Top  bool   `js:"top"` // the document is the tab's top frame

	// Facts, for KindFacts.
	Matches []Match `js:"matches"`
	Query   string  `js:"query"` // value of the plan's Input element, trimmed

	// State, for KindClose: the hint state the user closed.
	State string `js:"state"`

	// Tab, for KindStatus: the tab the popup describes.
	Tab int `js:"tab"` // and for KindForget: the tab that closed
	// Seconds and Seal, for KindClear: when to clear, and a salted digest
	// of what was written (package clipboard), never the value itself.
	Seconds int    `js:"seconds"`
	Seal    string `js:"seal"`
	// Check, set by the service worker for the offscreen document (which
	// has no permissions API): compare before clearing.
	Check bool `js:"check"`

	// Handoff and Token, for KindHandOff and KindTakeOff: a random name
	// of the window being opened, and the token field's text (never the
	// password).
	Handoff string `js:"handoff"`
	Token   string `js:"token"`
}

// ToOffscreen addresses a request to the offscreen document.
const ToOffscreen = "offscreen"

// Match is one element that one of the plan's selectors found, described by
// a few attributes: never its HTML, never its text content.
type Match struct {
	Rule     int    `js:"rule"`  // index into Answer.Watch
	Index    int    `js:"index"` // index among that selector's matches
	ID       string `js:"id"`
	Href     string `js:"href"` // the href attribute as written
	NodeID   string `js:"nodeId"`
	Title    string `js:"title"`
	Value    string `js:"value"`
	Name     string `js:"name"`
	Expanded string `js:"expanded"` // aria-expanded of the closest tree node
}

// Answer is the service worker's reply to a page or facts request: what to
// watch, and what to show.
type Answer struct {
	// Watch lists CSS selectors to query; empty means there is nothing to
	// do on this document.
	Watch []string `js:"watch"`
	// Input is a selector of a text input whose value is reported as Query.
	Input string `js:"input"`
	// Highlight is the element to mark; Rule -1 marks nothing.
	Highlight Ref `js:"highlight"`
	// Hint to show; State "" shows none.
	Hint Hint `js:"hint"`
	// Delay in milliseconds before the hint is shown, so that a state that
	// depends on something being absent waits for late rendering.
	Delay int `js:"delay"`
}

// Ref names one element of a Request's matches.
type Ref struct {
	Rule  int `js:"rule"`
	Index int `js:"index"`
}

// Hint is a rendered hint: every string is final text, set with textContent.
type Hint struct {
	State string   `js:"state"`
	Title string   `js:"title"`
	Lines []string `js:"lines"` // paragraphs
	Steps []string `js:"steps"` // a list, e.g. causes or clients to update
	Links []Link   `js:"links"`
	Close string   `js:"close"` // the close button's label
	Label string   `js:"label"` // the panel's accessible name

	// The language of these texts (a BCP 47 tag, the hint's lang), and
	// the labels of the hint's own controls.
	Lang     string `js:"lang"`
	ShowMe   string `js:"showMe"`   // focuses the highlighted element
	More     string `js:"more"`     // shows the rest of the text
	Less     string `js:"less"`     // back to the compact hint
	Minimize string `js:"minimize"` // shrinks the hint to a button
	Restore  string `js:"restore"`  // that button's name
}

// Link is an anchor in a hint or the popup.
type Link struct {
	Text string `js:"text"`
	Href string `js:"href"`
}

// Status is the service worker's reply to KindStatus: what the popup shows
// about a tab.
type Status struct {
	Salesforce bool   `js:"salesforce"`
	Org        string `js:"org"`     // My Domain name
	Sandbox    string `js:"sandbox"` // sandbox name, "" for production
	Env        string `js:"env"`     // "production", "sandbox", "scratch", "developer", ...
	UI         string `js:"ui"`      // "lightning", "classic" or ""
	Page       string `js:"page"`    // the page kind
	State      string `js:"state"`   // the hint state last decided for the tab
	// Pending is how many ms remain until a state recorded for the tab
	// holds (one that rests on something being absent waits for the page
	// to render): the popup asks again then. 0 when nothing waits.
	Pending  int64  `js:"pending"`
	ResetURL string `js:"resetUrl"`
	// Key names the org for what the popup remembers (the opt-in token):
	// the same on the org's Lightning, My Domain and Setup hosts.
	Key string `js:"key"`
	// Endpoints and Pages: where the org's clients log in, and the org's
	// pages that explain a failed login; zero where the tab names no org.
	Endpoints Endpoints `js:"endpoints"`
	Pages     OrgPages  `js:"pages"`
}

// Endpoints are an org's login settings for clients (package endpoint).
type Endpoints struct {
	LoginURL string `js:"loginUrl"` // https://<md>.my.salesforce.com, or the sandbox's
	Host     string `js:"host"`     // the login URL's host
	Domain   string `js:"domain"`   // simple_salesforce's domain: "<md>.my"; "" outside salesforce.com
	SOAPURL  string `js:"soapUrl"`  // the partner SOAP endpoint
	Sandbox  bool   `js:"sandbox"`
}

// OrgPages are an org's pages that a diagnosis of a failed login links
// to (package diagnose); "" where unknown.
type OrgPages struct {
	ResetToken      string `js:"resetToken"`
	LoginHistory    string `js:"loginHistory"` // the user's own
	SessionSettings string `js:"sessionSettings"`
	Profiles        string `js:"profiles"`
	UserInterface   string `js:"userInterface"` // where SOAP login() is enabled
}

// Reply is a generic acknowledgement.
type Reply struct {
	OK    bool   `js:"ok"`
	Error string `js:"error"`
}

// Handed is the worker's reply to KindTakeOff: the token handed to the
// window, "" when there is none (taken already, or expired).
type Handed struct {
	Token string `js:"token"`
}
