package worker

import (
	"errors"
	"strings"
)

// checkSender binds the request to the browser's record of its sender:
// the document a content script describes must be the one that sent it,
// or a page could speak for another org's page (a compromised renderer
// may claim any URL). The origins must agree; the paths may not, since a
// single-page app (Lightning) moves with history.pushState, and the
// browser's record of the URL can lag behind the document's.
func checkSender(req string, from string) error {
	if from == "" {
		return errors.New("the browser did not say which document sent the request")
	}
	if !strings.EqualFold(origin(req), origin(from)) {
		return errors.New("the request describes another origin than the document that sent it")
	}
	return nil
}

// origin is the scheme and authority of an absolute URL (a browser's
// serialization, as location.href and MessageSender.url give it), or ""
// when it has none.
func origin(u string) string {
	i := strings.Index(u, "://")
	if i <= 0 {
		return ""
	}
	rest := u[i+3:]
	end := strings.IndexAny(rest, "/?#\\")
	if end < 0 {
		end = len(rest)
	}
	if end == 0 {
		return ""
	}
	return u[:i+3+end]
}
