package credential

import "unicode/utf8"

// How Extract found the value.
const (
	HowBare  = "bare"  // the whole input, trimmed
	HowLine  = "line"  // the value of one "label: value" line
	HowEmail = "email" // a line of a text of several lines
)

// miss says why extract found no value.
type miss int

const (
	missNone  miss = iota
	missEmpty      // nothing but white space
	missLine       // a text, or a labelled line, without the token line
	missValue      // the token line, with nothing after its colon
)

// extraction is what extract saw: Extract's result and, when the value is
// empty, why.
type extraction struct {
	value string
	how   string
	miss  miss
}

// Extract finds the token (or code) in what the user pasted into the token field: the bare token, a token with whitespace
// around it, the email line `Security token (case-sensitive): XXXX`, or the whole pasted email (any line endings, quoted-printable
// soft breaks are not needed). Also handle a line of the same shape in another language (a line with a colon whose label mentions
// "token"/"Token"/"トークン"/"jeton" and whose value looks like a token). Returns what it found and how ("bare", "line", "email").
//
// The value is not validated: a "bare" value is the whole input without the
// white space and invisible characters around it, whatever it holds. When
// the value is "", how says what the input looked like: "" for an empty
// input, "line" for a labelled line that is not the token line or has no
// token after its colon, "email" for several lines without the token line.
func Extract(input string) (value string, how string) {
	e := extract(input)
	return e.value, e.how
}

func extract(input string) extraction {
	s := trimBlank(input)
	if s == "" {
		return extraction{miss: missEmpty}
	}
	lines := splitLines(s)
	if len(lines) == 1 {
		return fromLine(s)
	}
	return fromEmail(lines)
}

// fromLine reads a single line: the token line, another labelled line, or
// the token itself.
func fromLine(s string) extraction {
	if _, v, ok := cutTokenLabel(s); ok {
		if v == "" {
			return extraction{how: HowLine, miss: missValue}
		}
		return extraction{value: v, how: HowLine}
	}
	if isLabelled(s) {
		return extraction{how: HowLine, miss: missLine}
	}
	return extraction{value: s, how: HowBare}
}

// fromEmail finds the token line among lines. An email mentions the token
// in several places ("Your security token has been reset: …"), so each
// line with a token label is ranked by rank, and the first of the best wins.
func fromEmail(lines []string) extraction {
	best, top := extraction{how: HowEmail, miss: missLine}, rankNone
	for i, line := range lines {
		label, v, ok := cutTokenLabel(line)
		if !ok {
			continue
		}
		if v == "" {
			// A narrow mail window may wrap the token onto the next line.
			if next := nextLine(lines, i); isTokenish(next) {
				v = next
			}
		}
		if r := rank(label, v); r > top {
			best, top = extraction{value: v, how: HowEmail}, r
		}
	}
	if top == rankEmpty {
		best.miss = missValue
	}
	return best
}

// Ranks of a token line in an email, worst first.
const (
	rankNone     = iota // a sentence about the token
	rankEmpty           // a label with nothing after it
	rankEnglish         // the English label, whatever its value, so that a damaged token is reported as such
	rankTokenish        // a label about the token, then something like a token
	rankBest            // the English label, then something like a token
)

func rank(label, v string) int {
	english := isEmailLabel(label)
	switch {
	case isTokenish(v) && english:
		return rankBest
	case isTokenish(v):
		return rankTokenish
	case v != "" && english:
		return rankEnglish
	case v == "":
		return rankEmpty
	}
	return rankNone
}

// nextLine returns the first non-blank line after lines[i], trimmed.
func nextLine(lines []string, i int) string {
	for _, l := range lines[i+1:] {
		if l = trimBlank(l); l != "" {
			return l
		}
	}
	return ""
}

// splitLines splits s at every kind of line ending: LF, CRLF, a lone CR (as
// some mail clients copy), and the Unicode line and paragraph separators.
func splitLines(s string) []string {
	var lines []string
	start := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isLineBreak(r) {
			i += w
			continue
		}
		lines = append(lines, s[start:i])
		if r == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			w++
		}
		i += w
		start = i
	}
	return append(lines, s[start:])
}
