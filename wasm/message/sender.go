package message

// Sender is who sent a request, as the browser recorded it (the
// runtime.MessageSender), not as the request claims.
type Sender struct {
	Tab       int    // -1 when not from a tab
	Frame     int    // 0 for the top frame
	URL       string // the sending document's URL as the browser saw it
	Extension bool   // an extension page (popup, options)
	// Incognito: the tab is in an incognito (private) window. The
	// extension keeps nothing from it: no tab state, no closed hint.
	Incognito bool
}

// TabState is what the service worker knows of a tab's top document.
type TabState struct {
	URL   string
	State string // the hint state decided, "" for none
	// From is when the state holds, in Unix milliseconds: a state that
	// rests on something being absent ("missing") holds only once the
	// page has had time to render it, as its hint waits too.
	From int64
}
