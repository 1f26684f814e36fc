// Package guide decides what the extension does on a Salesforce page: what
// the content script should watch, which element to highlight and which
// hint to show. It is pure: the content script's reports come in as
// message values, and decisions go out as message values and message keys.
//
// Detection is language-neutral: it goes by link targets, data-node-id,
// element ids and page paths, never by English labels alone.
package guide
