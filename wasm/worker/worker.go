// Package worker is the service worker's logic: it answers the content
// scripts and the popup. It is pure; the browser's storage and badge come
// in through small interfaces, so it runs and tests on the host.
package worker

import (
	"time"

	"tokenhelper/wasm/guide"
	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/salesforce"
)

// Memory keeps what the worker must remember across its restarts.
type Memory interface {
	// Closed reports whether the user closed the hint of state for org.
	Closed(org, state string) bool
	// Close remembers that the user closed it.
	Close(org, state string)
	// SetTab records the state decided for a tab's top document.
	SetTab(tab int, s message.TabState)
	// Tab returns what was recorded for tab.
	Tab(tab int) message.TabState
	// ForgetTab drops what was recorded for a tab that closed.
	ForgetTab(tab int)
	// Settings are the user's options as stored.
	Settings() message.Settings
}

// Badge shows a tab's state on the toolbar icon.
type Badge interface {
	// Show shows state after delay, unless another Show for the tab
	// comes first.
	Show(tab int, state string, delay time.Duration)
}

// Worker answers requests.
type Worker struct {
	Catalog locale.Catalog
	Memory  Memory
	Badge   Badge
	Now     func() time.Time // the clock; time.Now when nil
	Policy  Policy           // the administrator's; none when nil

	handoffs handoffs // tokens on their way to a popped-out window
}

func (w *Worker) now() time.Time {
	if w.Now == nil {
		return time.Now()
	}
	return w.Now()
}

// Handle answers one request. The result is a message value: Answer,
// Status or Reply. A request that did not come from an extension page
// comes from a page's content script, and is checked first.
func (w *Worker) Handle(req message.Request, from message.Sender) any {
	if !from.Extension {
		var err error
		if req, err = validate(req, from); err != nil {
			return message.Reply{Error: err.Error()}
		}
	}
	switch req.Kind {
	case message.KindPage, message.KindFacts:
		return w.page(req, from)
	case message.KindClose:
		return w.close(req, from)
	case message.KindStatus:
		return w.status(req)
	case message.KindForget:
		w.Memory.ForgetTab(req.Tab)
		return message.Reply{OK: true}
	case message.KindHandOff, message.KindTakeOff:
		return w.handoff(req, from)
	}
	return message.Reply{Error: "unknown request " + req.Kind}
}

func (w *Worker) page(req message.Request, from message.Sender) message.Answer {
	p, ok := salesforce.Classify(req.URL)
	if !ok {
		return w.answer(guide.Decision{Highlight: message.Ref{Rule: -1}}, p, req, from)
	}
	var facts guide.Facts
	if req.Kind == message.KindFacts {
		facts = guide.Facts{Matches: req.Matches, Query: req.Query}
		if facts.Matches == nil {
			facts.Matches = []message.Match{}
		}
	}
	return w.answer(guide.Decide(p, req.Top, facts), p, req, from)
}

// answer renders a decision, drops a hint the user closed, and records
// the tab's state for the popup and the badge.
func (w *Worker) answer(d guide.Decision, p salesforce.Page, req message.Request, from message.Sender) message.Answer {
	state := d.State
	if state != "" && (w.Settings().HintsOff || w.Memory.Closed(OrgKey(p.Host), state)) {
		state = ""
	}
	a := message.Answer{Watch: d.Watch, Input: d.Input, Highlight: d.Highlight, Delay: d.Delay}
	if a.Watch == nil {
		a.Watch = []string{}
	}
	if state != "" {
		a.Hint = w.render(state, guide.HintFor(state, p))
	}
	if req.Top && from.Tab >= 0 && !from.Extension {
		if from.Incognito {
			// Nothing of an incognito tab is kept; its badge is not stored.
			w.Badge.Show(from.Tab, d.State, time.Duration(d.Delay)*time.Millisecond)
		} else {
			w.record(from.Tab, req.URL, d)
		}
	}
	return a
}

// record keeps the top document's state: the decided state even if its
// hint was closed, since the popup and badge still tell it.
func (w *Worker) record(tab int, url string, d guide.Decision) {
	prev := w.Memory.Tab(tab)
	delay := time.Duration(d.Delay) * time.Millisecond
	if prev.URL == url && prev.State == d.State {
		return
	}
	w.Memory.SetTab(tab, message.TabState{URL: url, State: d.State, From: w.now().Add(delay).UnixMilli()})
	w.Badge.Show(tab, d.State, delay)
}

func (w *Worker) render(state string, h guide.Hint) message.Hint {
	c := w.Catalog
	out := message.Hint{
		State: state,
		Title: h.Title.In(c),
		Close: c.Text("hintClose"),
		Label: c.Text("hintLabel"),
		Lines: texts(c, h.Lines),
		Steps: texts(c, h.Steps),
		Links: []message.Link{},

		Lang:     c.Text("langTag"),
		ShowMe:   c.Text("hintShowMe"),
		More:     c.Text("hintMore"),
		Less:     c.Text("hintLess"),
		Minimize: c.Text("hintMinimize"),
		Restore:  c.Text("hintRestore"),
	}
	for _, l := range h.Links {
		out.Links = append(out.Links, message.Link{Text: l.Text.In(c), Href: l.Href})
	}
	return out
}

func texts(c locale.Catalog, ts []locale.Text) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, t.In(c))
	}
	return out
}

// close remembers a hint the user closed, except in an incognito tab: the
// hint closes on that page, and nothing of the visit is kept.
func (w *Worker) close(req message.Request, from message.Sender) message.Reply {
	p, ok := salesforce.Classify(req.URL)
	if !ok || req.State == "" {
		return message.Reply{Error: "not a Salesforce page"}
	}
	if from.Incognito {
		return message.Reply{OK: true}
	}
	w.Memory.Close(OrgKey(p.Host), req.State)
	return message.Reply{OK: true}
}

// OrgKey names an org for remembered choices: the same org seen on its
// Lightning, My Domain or Setup host has one key.
func OrgKey(h salesforce.Host) string {
	if k := h.LightningHost(); k != "" {
		return k
	}
	return h.Name
}
