package message

// Hint states, as the test contract names them (the hint's data-state):
// what the worker decided for a document, which the badge and the popup
// then tell. Defined here once, for the logic and the glue alike.
const (
	StateResetLink    = "reset-link"     // the entry is there and highlighted
	StateResetPage    = "reset-page"     // on the reset page, before the click
	StateResetDone    = "reset-done"     // after a reset: the confirmation page
	StateGoToSettings = "go-to-settings" // on Lightning Setup: where the option lives
	StateMissing      = "missing"        // the tree rendered without the entry
	StateOpenSection  = "open-section"   // My Personal Information is collapsed: open it
)
