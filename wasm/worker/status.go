package worker

import (
	"tokenhelper/wasm/endpoint"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/salesforce"
)

// status tells the popup about a tab: its org, and the state last decided
// for it while it still shows the same URL.
func (w *Worker) status(req message.Request) message.Status {
	p, ok := salesforce.Classify(req.URL)
	if !ok {
		return message.Status{}
	}
	s := message.Status{
		Salesforce: true,
		Org:        p.Host.MyDomain,
		Sandbox:    p.Host.Sandbox,
		Env:        p.Host.Env(),
		UI:         string(p.UI),
		Page:       string(p.Kind),
		ResetURL:   salesforce.ResetURL(p.Host, p.UI),
		Key:        OrgKey(p.Host),
	}
	if e, ok := endpoint.For(p.Host); ok {
		s.Endpoints = e
		s.Pages = endpoint.Pages(p.Host, salesforce.ResetURL(p.Host, salesforce.UILightning))
	}
	if t := w.Memory.Tab(req.Tab); t.URL == req.URL {
		if now := w.now().UnixMilli(); now >= t.From {
			s.State = t.State
		} else {
			s.Pending = t.From - now
		}
	}
	return s
}
