//go:build !js

package rig

// Budgets: what users must not feel, each defined here once. make bench
// judges its medians against them, on a quiet machine. The tests of make
// test, which run on any machine and under load, only catch a gross
// regression: Gross times a budget.
const (
	BudgetHighlightAwake   = 50.0  // ms: the reset entry inserted -> highlighted, worker running
	BudgetHighlightAsleep  = 600.0 // ms: the same, worker stopped (it starts, and Go with it)
	BudgetPopupInteractive = 250.0 // ms: the popup's navigation -> its form works
	// On one hostile page's renderer main threads over the first
	// TraceWindow, in ms of CPU time (which load does not inflate as it
	// does wall time): the extension's total, and its longest call.
	// Four times the worst measured (20,000 nodes: 65 ms, 40 ms), and two
	// long tasks' worth for one call.
	BudgetExtensionCPU = 250.0
	BudgetCallCPU      = 100.0
	// The store archive (Chromium build), in MB: what a user downloads.
	BudgetStoreZip = 0.8
	// The extension's contexts left running 5 s after a clipboard clear:
	// the service worker only, until it idles out.
	BudgetContextsAfterClear = 1.0
	// ms of main-thread script time the content script adds to a page
	// where it has nothing to do.
	BudgetPageScript = 1.0

	Gross = 10
)
