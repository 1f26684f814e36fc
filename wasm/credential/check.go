package credential

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Token lengths. Salesforce documents no length; every leaked token seen
// had 25 characters and blogs say 24, so lengths near those are taken with
// a warning and anything further off is refused.
const (
	tokenMin     = 20
	tokenMax     = 30
	tokenUsedMin = 24
	tokenUsedMax = 25
)

var tokenChars = charKeys{
	space:     keyTokenSpace,
	plain:     keyTokenChar,
	lookalike: keyTokenLookalike,
	invisible: keyTokenInvisible,
}

// checkTokenField validates the token field in ModeToken.
func checkTokenField(input string) (string, []Problem) {
	e := extract(input)
	switch e.miss {
	case missEmpty:
		return "", []Problem{refuse(FieldToken, keyTokenEmpty)}
	case missLine:
		return "", []Problem{refuse(FieldToken, keyTokenNoLine)}
	case missValue:
		return "", []Problem{refuse(FieldToken, keyTokenLineEmpty)}
	}
	return checkToken(e.value)
}

// checkToken validates an extracted token, one reason at a time, the most
// telling first.
func checkToken(v string) (string, []Problem) {
	if isCode(v) {
		return "", []Problem{refuse(FieldToken, keyTokenIsCode)}
	}
	if isWrapped(v) {
		return "", []Problem{refuse(FieldToken, keyTokenQuotes)}
	}
	if p, bad := checkTokenChars(v); bad {
		return "", []Problem{p}
	}
	// Only ASCII is left, so bytes are characters.
	n := len(v)
	size := strconv.Itoa(n)
	switch {
	case n >= 2*tokenMin && n <= 2*tokenMax && n%2 == 0 && v[:n/2] == v[n/2:]:
		return "", []Problem{refuse(FieldToken, keyTokenTwice)}
	case n < tokenMin:
		return "", []Problem{refuse(FieldToken, keyTokenShort, size)}
	case n > tokenMax:
		return "", []Problem{refuse(FieldToken, keyTokenLong, size)}
	case n < tokenUsedMin || n > tokenUsedMax:
		return v, []Problem{warn(FieldToken, keyTokenLength, size)}
	}
	return v, nil
}

// checkTokenChars finds the first character that cannot be in a token. A
// stray punctuation mark at the very end, as when the token is copied with
// the end of a sentence, gets a message of its own.
func checkTokenChars(v string) (Problem, bool) {
	pos := 0
	for i, r := range v {
		pos++
		if isAlnum(r) {
			continue
		}
		if _, w := utf8.DecodeRuneInString(v[i:]); i+w == len(v) && isTrailing(r) {
			return refuse(FieldToken, keyTokenTrailing, string(r)), true
		}
		return badChar(tokenChars, r, pos), true
	}
	return Problem{}, false
}

// isTrailing reports whether r is punctuation that ends a sentence or a
// quotation, in ASCII or in full-width forms.
func isTrailing(r rune) bool {
	switch {
	case '!' <= r && r <= '/', ':' <= r && r <= '@', '[' <= r && r <= '`', '{' <= r && r <= '~':
		return true
	}
	return strings.ContainsRune("”’»›」』。、，．）", r)
}

// Quotes and brackets a token may be pasted in.
const (
	openers = "\"'`“”‘’„‚«»‹›「『（([{<"
	closers = "\"'`“”‘’«»‹›」』）)]}>"
)

// isWrapped reports whether v is wrapped in quotes or brackets, as when
// copied from a chat message or a document.
func isWrapped(v string) bool {
	first, n := utf8.DecodeRuneInString(v)
	last, m := utf8.DecodeLastRuneInString(v)
	return n+m <= len(v) && strings.ContainsRune(openers, first) && strings.ContainsRune(closers, last)
}

// isToken reports whether v is a token as accepted: 20 to 30 ASCII letters
// and digits.
func isToken(v string) bool {
	if len(v) < tokenMin || len(v) > tokenMax {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isAlnum(rune(v[i])) {
			return false
		}
	}
	return true
}
