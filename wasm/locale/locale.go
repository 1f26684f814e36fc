// Package locale gives the extension's user-visible text: message keys of
// the browser's _locales catalogue, with their placeholder arguments.
//
// In the extension the browser resolves keys (chrome.i18n.getMessage); on
// the host, Messages does the same from the catalogue's JSON files, so
// tests see the text a user would.
package locale

import "strings"

// Catalog turns a message key and its arguments into text.
type Catalog interface {
	Text(key string, args ...string) string
}

// Text is a message key with its arguments, resolved later by a Catalog.
// Sub are arguments that are themselves messages: they are resolved and
// follow Args.
type Text struct {
	Key  string
	Args []string
	Sub  []Text
}

// T makes a Text.
func T(key string, args ...string) Text { return Text{Key: key, Args: args} }

// In resolves t in c.
func (t Text) In(c Catalog) string {
	args := t.Args
	if len(t.Sub) > 0 {
		args = append(append([]string{}, t.Args...), texts(c, t.Sub)...)
	}
	return c.Text(t.Key, args...)
}

func texts(c Catalog, ts []Text) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.In(c)
	}
	return out
}

// With returns t with sub-messages appended to its arguments.
func (t Text) With(sub ...Text) Text {
	t.Sub = append(append([]Text{}, t.Sub...), sub...)
	return t
}

// Message is one entry of a messages.json file.
type Message struct {
	Message      string                 `json:"message"`
	Description  string                 `json:"description,omitempty"`
	Placeholders map[string]Placeholder `json:"placeholders,omitempty"`
}

// Placeholder names a substitution: Content is "$1".."$9" or literal text.
type Placeholder struct {
	Content string `json:"content"`
	Example string `json:"example,omitempty"`
}

// Messages is a catalogue read from messages.json files, keyed by the
// lower-cased message name as browsers look them up.
type Messages map[string]Message

// Text resolves key as chrome.i18n.getMessage does: named placeholders
// ($NAME$) through their content, then $1..$9 from args. A missing key
// gives "", as in the browser.
func (m Messages) Text(key string, args ...string) string {
	msg, ok := m[strings.ToLower(key)]
	if !ok {
		return ""
	}
	named := map[string]string{}
	for name, p := range msg.Placeholders {
		named[strings.ToLower(name)] = p.Content
	}
	return substitute(expand(msg.Message, named), args)
}

// expand replaces $name$ with the placeholder's content.
func expand(s string, named map[string]string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '$')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i:]
		if j := strings.IndexByte(s[1:], '$'); j > 0 {
			if c, ok := named[strings.ToLower(s[1:j+1])]; ok {
				b.WriteString(c)
				s = s[j+2:]
				continue
			}
		}
		b.WriteByte('$')
		s = s[1:]
	}
}

// substitute replaces $1..$9 with args and $$ with $.
func substitute(s string, args []string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '$' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		c := s[i+1]
		switch {
		case c == '$':
			b.WriteByte('$')
			i++
		case c >= '1' && c <= '9':
			if n := int(c - '1'); n < len(args) {
				b.WriteString(args[n])
			}
			i++
		default:
			b.WriteByte('$')
		}
	}
	return b.String()
}
