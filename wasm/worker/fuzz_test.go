package worker

import (
	"net/url"
	"strconv"
	"strings"
	"testing"

	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/salesforce"
)

// FuzzHandle sends the worker what a hostile page, or a compromised
// renderer, could: any kind, URL, frame and matches. The URL is one of
// fuzzPages with tail added, or tail alone past the list, so that most
// inputs reach the decisions of a real page. spec holds the matches, one a
// line, their fields separated by tabs in the order of matchFields; extra
// adds copies of the last one, to cross the limits. sent is the browser's
// record of the sender's URL: "" for the request's own URL (what a
// browser reports), a path for the same origin after a pushState the
// record has not caught up with, anything else as it is.
func FuzzHandle(f *testing.F) {
	w, _, _ := newWorker(f)
	texts := catalogTexts(catalog(f))
	resetLink := "0\t0\ta\t\t/lightning/settings/personal/ResetApiToken/home\tResetApiToken"
	sibling := "1\t0\ta\t\t/lightning/settings/personal/PersonalInformation/home\tPersonalInformation\t\t\t\t\ttrue"
	button := "2\t0\tinput\t\t\t\tReset Security Token\tReset Security Token\tsubmit\tsave"
	cancel := "2\t1\tinput\t\t\t\t\tCancel\tsubmit\tcancel"
	const raw = 255 // tail is the whole URL
	for _, s := range []struct {
		kind     string
		page     uint8
		tail     string
		top, ext bool
		spec     string
		extra    uint16
		sent     string
		query    string
		state    string
	}{
		{"page", 0, "", true, false, "", 0, "", "", ""},
		{"page", 0, "", true, false, "", 0, "/lightning/page/home", "", ""},
		{"facts", 0, "", true, false, resetLink, 0, "https://globex.lightning.force.com/lightning/settings/personal/PersonalInformation/home", "", ""},
		{"facts", 0, "", true, false, resetLink, 0, "https://acme.lightning.force.com.evil.example/", "", ""},
		{"close", 0, "", true, false, "", 0, "https://evil.example/", "", message.StateResetLink},
		{"facts", 1, "", false, false, button, 0, "https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home", "", ""},
		{"facts", 0, "", true, false, resetLink + "\n" + sibling, 0, "", "", ""},
		{"facts", 0, "", true, false, sibling, 0, "", "", ""},
		{"facts", 0, "?x=1#y", true, false, sibling, 0, "", "token", ""},
		{"facts", 0, "", true, false, resetLink, 600, "", "", ""},
		{"facts", 1, "", false, false, button + "\n" + cancel, 0, "", "", ""},
		{"facts", 1, "&isdtp=p1", true, false, cancel, 0, "", "", ""},
		{"facts", 2, "", true, false, "", 0, "", "reset", ""},
		{"facts", 3, "", true, false, "0\t0\ta\tResetApiToken_font\t/_ui/system/security/ResetApiTokenEdit?setupid=ResetApiToken", 0, "", "", ""},
		{"facts", 0, "", true, false, "0\t0\ta\t\t/_ui/system/security/ResetApiTokenConfirm?x=ResetApiTokenEdit", 0, "", "", ""},
		{"facts", 0, "", true, false, "0\t0\ta\t\tjavascript:alert(1)//ResetApiTokenEdit\t\t<img src=x onerror=alert(1)>", 0, "javascript:alert(1)", "", ""},
		{"facts", 0, "", true, false, "0\t0\ta\t\t/\\evil.example/ResetApiTokenEdit\tResetApiToken\n" + resetLink, 0, "", "", ""}, // refused: two matches at 0, 0
		{"facts", 0, "", true, false, "0\t0\ta\t\t/\\evil.example/ResetApiTokenEdit\tResetApiToken\n0\t1\ta\t\t/lightning/settings/personal/ResetApiToken/home\tResetApiToken", 0, "", "", ""},
		{"facts", 4, "", true, false, "", 0, "", "", ""},
		{"facts", 5, "", true, false, sibling, 0, "", "", ""},
		{"facts", 6, "", true, false, button, 0, "", "", ""},
		{"facts", 7, "?url=%2F_ui%2Fsystem%2Fsecurity%2FResetApiTokenConfirm", true, false, resetLink, 0, "", "", ""},
		{"close", 0, "", true, false, "", 0, "", "", message.StateResetLink},
		{"status", 0, "", true, true, "", 0, "", "", ""},
		{"status", raw, "https://example.com/", true, true, "", 0, "", "", ""},
		{"clear", raw, "", false, true, "", 0, "", "", ""},
		{"password", 0, "", true, false, "", 0, "", "", ""},
		{"page", raw, "http://acme.lightning.force.com/lightning/page/home", true, false, "", 0, "", "", ""},
	} {
		f.Add(s.kind, s.page, s.tail, s.top, s.ext, s.spec, s.extra, s.sent, s.query, s.state)
	}
	f.Fuzz(func(t *testing.T, kind string, page uint8, tail string, top, ext bool, spec string, extra uint16, sent, query, state string) {
		req := message.Request{
			Kind: kind, URL: fuzzURL(page, tail), Top: top,
			Matches: parseMatches(spec, int(extra)), Query: query, State: state,
		}
		from := message.Sender{Tab: 1, Extension: ext, URL: senderURL(req.URL, sent)}
		if !top {
			from.Frame = 2
		}
		switch a := w.Handle(req, from).(type) {
		case message.Answer:
			if req.Kind != message.KindPage && req.Kind != message.KindFacts {
				t.Fatalf("%q request answered %+v", req.Kind, a)
			}
			checkAnswer(t, texts, req, ext, a)
		case message.Reply:
			if !a.OK && a.Error == "" {
				t.Fatalf("a refusal without a reason: %+v", a)
			}
		case message.Status:
			if req.Kind != message.KindStatus {
				t.Fatalf("%q request answered with a status", req.Kind)
			}
			if a.ResetURL != "" {
				p, _ := salesforce.Classify(req.URL)
				checkLink(t, a.ResetURL, p.Host)
			}
		default:
			t.Fatalf("answer of type %T", a)
		}
		if why := insane(req, from); why != "" && !ext {
			if r, ok := w.Handle(req, from).(message.Reply); !ok || r.Error == "" {
				t.Fatalf("%s, yet the request was accepted", why)
			}
		}
	})
}

// senderURL is the browser's record of the sender, as FuzzHandle's sent
// describes it.
func senderURL(reqURL, sent string) string {
	switch {
	case sent == "":
		return reqURL
	case strings.HasPrefix(sent, "/"):
		u, err := url.Parse(reqURL)
		if err != nil {
			return sent
		}
		return u.Scheme + "://" + u.Host + sent
	}
	return sent
}

// otherOrigin reports whether net/url, rather than the worker's own
// reading, finds two origins in the URLs: an empty record of the sender,
// or another scheme or host. URLs it cannot parse prove nothing.
func otherOrigin(a, b string) bool {
	if b == "" {
		return true
	}
	ua, errA := url.Parse(a)
	ub, errB := url.Parse(b)
	if errA != nil || errB != nil {
		return false
	}
	return !strings.EqualFold(ua.Scheme, ub.Scheme) || !strings.EqualFold(ua.Host, ub.Host)
}

// fuzzPages are the pages FuzzHandle starts from.
var fuzzPages = []string{
	personal,
	classicReset,
	"https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/home",
	"https://acme.my.salesforce.com/ui/setup/Setup?setupid=PersonalInfo",
	"https://acme--uat.sandbox.lightning.force.com/lightning/setup/SetupOneHome/home",
	"https://locked.lightning.force.com.mcas.ms/lightning/settings/personal/PersonalInformation/home",
	"https://login.salesforce.com/_ui/system/security/ResetApiTokenEdit",
	"https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home",
	"https://acme.lightning.force.com/lightning/page/home",
}

func fuzzURL(page uint8, tail string) string {
	if int(page) >= len(fuzzPages) {
		return tail
	}
	return fuzzPages[page] + tail
}

// matchFields is the order of the tab-separated fields in a spec line;
// "-" marks a field the content script no longer sends (tag, type), kept
// so that the corpus keeps its meaning.
var matchFields = []string{"rule", "index", "-", "id", "href", "nodeId", "title", "value", "-", "name", "expanded"}

func parseMatches(spec string, extra int) []message.Match {
	var ms []message.Match
	for line := range strings.Lines(spec) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		f = append(f, make([]string, len(matchFields))...)
		rule, _ := strconv.Atoi(f[0])
		index, _ := strconv.Atoi(f[1])
		ms = append(ms, message.Match{
			Rule: rule, Index: index, ID: f[3], Href: f[4], NodeID: f[5],
			Title: f[6], Value: f[7], Name: f[9], Expanded: f[10],
		})
	}
	for i := 0; i < extra && len(ms) > 0; i++ {
		m := ms[len(ms)-1]
		m.Index++
		ms = append(ms, m)
	}
	return ms
}

// insane says why a page request must be refused whatever else it holds,
// stated apart from the validation code.
func insane(req message.Request, from message.Sender) string {
	switch {
	case otherOrigin(req.URL, from.URL):
		return "a request for " + strconv.Quote(req.URL) + " from " + strconv.Quote(from.URL)
	case req.Kind != message.KindPage && req.Kind != message.KindFacts && req.Kind != message.KindClose:
		return "unknown kind " + strconv.Quote(req.Kind)
	case len(req.URL) > maxURL:
		return "a URL of " + strconv.Itoa(len(req.URL)) + " bytes"
	case !strings.HasPrefix(strings.ToLower(req.URL), "https:"):
		return "a URL that is not https"
	case len(req.Matches) > maxMatches:
		return strconv.Itoa(len(req.Matches)) + " matches"
	case len(req.Query) > maxText:
		return "a query of " + strconv.Itoa(len(req.Query)) + " bytes"
	}
	seen := map[message.Ref]bool{}
	for _, m := range req.Matches {
		ref := message.Ref{Rule: m.Rule, Index: m.Index}
		if seen[ref] {
			return "two matches at rule " + strconv.Itoa(m.Rule) + ", index " + strconv.Itoa(m.Index)
		}
		seen[ref] = true
		if m.Rule < 0 || m.Index < 0 || m.Rule > 2 || m.Index >= len(req.Matches) {
			return "a match at rule " + strconv.Itoa(m.Rule) + ", index " + strconv.Itoa(m.Index)
		}
		if len(m.Href) > maxText || len(m.Title) > maxText || len(m.Value) > maxText || len(m.NodeID) > maxText {
			return "an attribute longer than 2 KB"
		}
	}
	return ""
}

// checkAnswer holds for every answer, whoever asked:
//   - the highlight is -1 or names a selector of the plan and a match the
//     request reported, one that does not lead to the confirm page, nor,
//     on a page's request, out of the org;
//   - every link is https, on a Salesforce host of the page's own org,
//     and not dangerous;
//   - every text of the hint is a message of the catalogue as it stands,
//     without arguments: nothing of the request gets in.
func checkAnswer(t *testing.T, texts map[string]bool, req message.Request, ext bool, a message.Answer) {
	t.Helper()
	if h := a.Highlight; h.Rule != -1 {
		if h.Rule < 0 || h.Rule >= len(a.Watch) {
			t.Fatalf("highlight %+v outside the %d selectors watched", h, len(a.Watch))
		}
		m, ok := find(req.Matches, h)
		if !ok || salesforce.Dangerous(m.Href) {
			t.Fatalf("highlight %+v: reported %v, href %q", h, ok, m.Href)
		}
		if !ext && m.Href != "" && !inOrg(pageHost(req.URL), m.Href) {
			t.Fatalf("highlight %+v of %q, which leaves the org of %q", h, m.Href, req.URL)
		}
	}
	if a.Hint.State == "" {
		return
	}
	p, ok := salesforce.Classify(req.URL)
	if !ok {
		t.Fatalf("a hint %q on %q, which is not Salesforce", a.Hint.State, req.URL)
	}
	for _, l := range a.Hint.Links {
		checkLink(t, l.Href, p.Host)
	}
	h := a.Hint
	all := append(append([]string{h.Title, h.Close, h.Label}, h.Lines...), h.Steps...)
	for _, l := range h.Links {
		all = append(all, l.Text)
	}
	for _, s := range all {
		if !texts[s] {
			t.Fatalf("hint text %q is not a message of the catalogue", s)
		}
	}
}

func pageHost(rawURL string) salesforce.Host {
	p, _ := salesforce.Classify(rawURL)
	return p.Host
}

func find(ms []message.Match, r message.Ref) (message.Match, bool) {
	for _, m := range ms {
		if m.Rule == r.Rule && m.Index == r.Index {
			return m, true
		}
	}
	return message.Match{}, false
}

func checkLink(t *testing.T, href string, page salesforce.Host) {
	t.Helper()
	u, err := url.Parse(href)
	if err != nil || u.Scheme != "https" || u.User != nil {
		t.Fatalf("link %q is not a plain https URL", href)
	}
	h, ok := salesforce.ParseHost(u.Host)
	if !ok || OrgKey(h) != OrgKey(page) {
		t.Fatalf("link %q leaves the org of %q", href, page.Name)
	}
	if salesforce.Dangerous(href) {
		t.Fatalf("link %q is dangerous", href)
	}
}

// catalogTexts is every message of the catalogue without arguments.
func catalogTexts(m locale.Messages) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		out[m.Text(k)] = true
	}
	return out
}
