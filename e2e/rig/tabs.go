//go:build !js

package rig

import (
	"context"
	"strconv"
	"testing"
	"time"
)

// TabIDs lists the browser's tabs now, as a JS array of their ids, for
// NewTabID: evaluate it in an extension page before opening a tab.
const TabIDs = `chrome.tabs.query({}).then(ts => JSON.stringify(ts.map(x => x.id)))`

// NewTabID is the id of the tab showing url that was not among before
// (TabIDs, taken by the extension page ext before the tab opened): a tab
// of an earlier test may show the same address, and tab ids are never
// reused within a browser's run.
func NewTabID(t testing.TB, ext context.Context, before, url string) int {
	t.Helper()
	return Poll[int](t, ext, `chrome.tabs.query({url: `+strconv.Quote(url)+`}).then(ts => ts.filter(x => !`+before+`.includes(x.id))).then(ts => ts.length === 1 ? ts[0].id : 0)`, 10*time.Second)
}
