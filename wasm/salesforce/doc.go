// Package salesforce knows the Salesforce host names and page paths that the
// extension cares about: which org a host belongs to, which of the org's
// other hosts serve Lightning, Classic and Setup, and which pages are the
// Reset My Security Token page and its neighbours.
//
// Everything here is string work on URLs; nothing fetches anything. The
// confirm page of the token reset is special: a GET of it resets the token at
// once, so [Dangerous] recognises it in every spelling and no URL built here
// ever names it.
//
// The host rules follow docs/salesforce-pages.md §1. Where the evidence
// leaves a gap, the choice is documented at the table or function that makes
// it; the gaps are the China and .mil name pairs (see services.go) and the
// environment of legacy host names (see [Host.Env]).
//
// The package avoids fmt and regexp because it is compiled to WebAssembly,
// where every imported package adds to the download.
package salesforce
