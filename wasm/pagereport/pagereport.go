// Package pagereport turns what the documents of a tab said about their
// structure into the text of the popup's page report, for the user to read
// and paste into a bug report. It keeps only structure: tags, ids,
// classes, a few structural attributes, and targets as host family and
// path. It cuts any query string or fragment that came through, and puts
// "<org>" in place of the org's name in Salesforce host names.
package pagereport

import (
	"strconv"
	"strings"

	"tokenhelper/wasm/message"
	"tokenhelper/wasm/salesforce"
)

// maxField bounds any one value in the report.
const maxField = 200

// Format returns the report of a tab's documents: the top document
// first, then its frames in the order they answered.
func Format(parts []message.ReportPart) string {
	var b strings.Builder
	b.WriteString("Security Token Helper page report: structure only, no page text.\n")
	n := 0
	for _, top := range []bool{true, false} {
		for _, p := range parts {
			if p.Top != top {
				continue
			}
			n++
			part(&b, p, n)
		}
	}
	if n == 0 {
		b.WriteString("\nNo document of the tab answered.\n")
	}
	return b.String()
}

func part(b *strings.Builder, p message.ReportPart, n int) {
	b.WriteString("\n")
	if p.Top {
		b.WriteString("document " + strconv.Itoa(n) + " (top): ")
	} else {
		b.WriteString("document " + strconv.Itoa(n) + " (frame): ")
	}
	b.WriteString(Target(p.URL) + "\n")
	if p.Lang != "" {
		b.WriteString("  html lang=" + clean(p.Lang) + "\n")
	}
	if p.Body != "" {
		b.WriteString("  body" + classes(p.Body) + "\n")
	}
	if p.Error != "" {
		b.WriteString("  (the report failed here: " + clean(p.Error) + ")\n")
	}
	if len(p.Nodes) == 0 && p.Error == "" {
		b.WriteString("  (none of the parts detection looks at)\n")
	}
	for _, e := range p.Nodes {
		for range min(max(e.Depth, 0), 40) + 1 {
			b.WriteString("  ")
		}
		b.WriteString(element(e))
		b.WriteString("\n")
	}
	if p.Cut {
		b.WriteString("  (cut: the document holds more)\n")
	}
}

func element(e message.ReportNode) string {
	if e.Tag == "#shadow-root" {
		return "#shadow-root (open)"
	}
	s := clean(e.Tag)
	if e.ID != "" {
		s += "#" + clean(e.ID)
	}
	s += classes(e.Class)
	attrs := ""
	add := func(a string) {
		if attrs != "" {
			attrs += " "
		}
		attrs += a
	}
	for _, a := range []struct{ name, value string }{
		{"role", e.Role}, {"data-node-id", e.NodeID}, {"data-placement", e.Placement}, {"aria-level", e.Level},
		{"aria-expanded", e.Expanded}, {"type", e.Type}, {"name", e.Name},
	} {
		if a.value != "" {
			add(a.name + "=" + clean(a.value))
		}
	}
	if e.Link != "" {
		add("-> " + Target(e.Link))
	}
	if attrs != "" {
		s += " [" + attrs + "]"
	}
	if e.Shadow {
		s += " (in an open shadow root)"
	}
	return s
}

// classes is a class attribute as selector syntax: ".a.b".
func classes(c string) string {
	var s string
	for _, f := range strings.Split(clean(c), " ") {
		if f != "" {
			s += "." + f
		}
	}
	return s
}

// clean keeps a value printable, on one line and short: control
// characters become spaces (so that class lists still split), and a long
// value is cut on a character boundary.
func clean(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c < 0x20 || c == 0x7f {
			b[i] = ' '
		}
	}
	if len(b) > maxField {
		n := maxField
		for n > 0 && b[n]&0xc0 == 0x80 {
			n--
		}
		return string(b[:n]) + "…"
	}
	return string(b)
}

// Target is a link's, frame's or form's target as the report shows it:
// scheme, host with "<org>" for the org's name, and path; never a query
// string or fragment. Another scheme (javascript:, data:) shows as its
// name only.
func Target(u string) string {
	u, _, _ = strings.Cut(u, "#")
	u, _, _ = strings.Cut(u, "?")
	scheme, rest, ok := strings.Cut(u, "://")
	if !ok {
		if i := strings.IndexByte(u, ':'); i > 0 {
			return clean(u[:i+1])
		}
		return clean(u)
	}
	host, path, _ := strings.Cut(rest, "/")
	return clean(scheme + "://" + maskHost(host) + "/" + path)
}

// maskHost replaces the org's label (My Domain and sandbox name) of a
// Salesforce host with "<org>"; any other host becomes "<other host>".
func maskHost(hostport string) string {
	host, port, _ := strings.Cut(hostport, ":")
	h, ok := salesforce.ParseHost(host)
	if !ok {
		return "<other host>"
	}
	out := host
	if h.MyDomain != "" {
		if _, after, ok := strings.Cut(host, "."); ok {
			out = "<org>." + after
		}
	}
	if port != "" {
		out += ":" + port
	}
	return out
}
