package soap

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// element returns the content of the first element whose local name is
// local (any namespace prefix), from its start tag to the matching end
// tag, raw (entities not yet decoded). A self-closing element has empty
// content. It reports false when there is no such element or it is not
// closed. Comments, processing instructions and CDATA sections are
// skipped over when looking for tags, so that a name inside them does
// not count.
func element(doc, local string) (string, bool) {
	for i := 0; i < len(doc); {
		j := strings.IndexByte(doc[i:], '<')
		if j < 0 {
			return "", false
		}
		i += j
		if skip := special(doc[i:]); skip > 0 {
			i += skip
			continue
		}
		name, end, selfClosing, ok := startTag(doc[i:])
		if !ok {
			i++
			continue
		}
		i += end
		if localName(name) != local {
			continue
		}
		if selfClosing {
			return "", true
		}
		content, found := untilEnd(doc[i:], local)
		return content, found
	}
	return "", false
}

// special is the length of the comment, processing instruction, CDATA
// section or declaration that s starts with, or 0. An unclosed one runs
// to the end.
func special(s string) int {
	for _, p := range [...][2]string{{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"}, {"<!", ">"}} {
		if strings.HasPrefix(s, p[0]) {
			if k := strings.Index(s[len(p[0]):], p[1]); k >= 0 {
				return len(p[0]) + k + len(p[1])
			}
			return len(s)
		}
	}
	return 0
}

// startTag reads "<name ...>" or "<name .../>" at the start of s: the
// name, the length of the tag, whether it closes itself. End tags are not
// start tags.
func startTag(s string) (name string, n int, selfClosing, ok bool) {
	if len(s) < 2 || s[1] == '/' {
		return "", 0, false, false
	}
	k := 1
	for k < len(s) && !isSpace(s[k]) && s[k] != '>' && s[k] != '/' {
		k++
	}
	if k == 1 {
		return "", 0, false, false
	}
	name = s[1:k]
	// Attribute values may hold '>', so quotes are followed.
	var quote byte
	for ; k < len(s); k++ {
		c := s[k]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return name, k + 1, s[k-1] == '/', true
		}
	}
	return "", 0, false, false
}

// untilEnd returns s up to the end tag of local that closes the element
// whose content s starts, counting nested elements of the same name.
func untilEnd(s, local string) (string, bool) {
	depth := 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return "", false
		}
		i += j
		if skip := special(s[i:]); skip > 0 {
			i += skip
			continue
		}
		if strings.HasPrefix(s[i:], "</") {
			k := strings.IndexByte(s[i:], '>')
			if k < 0 {
				return "", false
			}
			if localName(strings.TrimSpace(s[i+2:i+k])) == local {
				if depth == 0 {
					return s[:i], true
				}
				depth--
			}
			i += k + 1
			continue
		}
		name, n, selfClosing, ok := startTag(s[i:])
		if !ok {
			i++
			continue
		}
		if localName(name) == local && !selfClosing {
			depth++
		}
		i += n
	}
	return "", false
}

func localName(name string) string {
	if i := strings.LastIndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// Text returns the character data of the first element named local,
// entities decoded, CDATA unwrapped, inner tags dropped and surrounding
// white space trimmed.
func Text(doc, local string) (string, bool) {
	raw, ok := element(doc, local)
	if !ok {
		return "", false
	}
	return strings.TrimSpace(chardata(raw)), true
}

// chardata turns raw element content into text.
func chardata(raw string) string {
	var b strings.Builder
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case strings.HasPrefix(raw[i:], "<![CDATA["):
			rest := raw[i+len("<![CDATA["):]
			k := strings.Index(rest, "]]>")
			if k < 0 {
				b.WriteString(rest)
				return b.String()
			}
			b.WriteString(rest[:k])
			i += len("<![CDATA[") + k + len("]]>")
		case c == '<':
			if skip := special(raw[i:]); skip > 0 {
				i += skip
				continue
			}
			k := strings.IndexByte(raw[i:], '>')
			if k < 0 {
				return b.String()
			}
			i += k + 1
		case c == '&':
			r, n := entity(raw[i:])
			b.WriteString(r)
			i += n
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

// entity decodes the reference s starts with; an unknown or broken one is
// kept as written.
func entity(s string) (string, int) {
	k := strings.IndexByte(s, ';')
	if k < 0 || k > 12 {
		return "&", 1
	}
	name := s[1:k]
	switch name {
	case "lt":
		return "<", k + 1
	case "gt":
		return ">", k + 1
	case "amp":
		return "&", k + 1
	case "quot":
		return `"`, k + 1
	case "apos":
		return "'", k + 1
	}
	if strings.HasPrefix(name, "#") {
		num, base := name[1:], 10
		if strings.HasPrefix(num, "x") || strings.HasPrefix(num, "X") {
			num, base = num[1:], 16
		}
		if n, err := strconv.ParseUint(num, base, 32); err == nil && num != "" && utf8.ValidRune(rune(n)) {
			return string(rune(n)), k + 1
		}
	}
	return "&", 1
}
