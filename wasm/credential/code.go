package credential

import "strconv"

// codeDigits is the length of an authenticator code (TOTP, RFC 6238, as
// Salesforce Authenticator and the others show it).
const codeDigits = 6

var codeChars = charKeys{
	space:     keyCodeSpace,
	plain:     keyCodeChar,
	lookalike: keyCodeLookalike,
	invisible: keyCodeInvisible,
}

// checkCode validates the token field in ModeMFA and returns the code's
// digits alone.
func checkCode(input string) (string, []Problem) {
	v := trimBlank(input)
	if v == "" {
		return "", []Problem{refuse(FieldToken, keyCodeEmpty)}
	}
	if holdsToken(v) {
		return "", []Problem{refuse(FieldToken, keyCodeIsToken)}
	}
	digits, p, bad := codeOf(v)
	if bad {
		return "", []Problem{p}
	}
	count := strconv.Itoa(len(digits))
	switch {
	case len(digits) < codeDigits:
		return "", []Problem{refuse(FieldToken, keyCodeShort, count)}
	case len(digits) > codeDigits:
		return "", []Problem{refuse(FieldToken, keyCodeLong, count)}
	}
	return digits, nil
}

// codeOf returns the digits of v, dropping one separator after the third:
// apps show the code as "123 456", and some copy it that way. Any other
// character is a Problem.
func codeOf(v string) (digits string, p Problem, bad bool) {
	b := make([]byte, 0, codeDigits)
	pos := 0
	for _, r := range v {
		pos++
		switch {
		case isDigit(r):
			b = append(b, byte(r))
		case pos == codeDigits/2+1 && isSeparator(r):
			// The fourth character, so after three digits: skip it.
		default:
			return "", badChar(codeChars, r, pos), true
		}
	}
	return string(b), Problem{}, false
}

// isSeparator reports whether r may split a code in two: a space or a
// hyphen, in the forms that apps and keyboards produce.
func isSeparator(r rune) bool {
	switch r {
	case ' ', 0xA0, 0x2007, 0x2009, 0x202F, '-', 0x2010, 0x2011, 0x2012, 0x2013, 0x2212:
		return true
	}
	return false
}

// isCode reports whether v is a whole authenticator code, so that one
// pasted as a token is recognised.
func isCode(v string) bool {
	digits, _, bad := codeOf(v)
	return !bad && len(digits) == codeDigits
}

// holdsToken reports whether v is a security token, or the line or email
// that carries one: what a user pastes who has not noticed the code mode.
// A long word with letters in it is taken for a token too, even a damaged
// one: it is no code.
func holdsToken(v string) bool {
	e := extract(v)
	if e.value == "" {
		return false
	}
	return e.how != HowBare || isTokenish(e.value) && hasLetter(e.value)
}

func hasLetter(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := rune(v[i]); isAlnum(c) && !isDigit(c) {
			return true
		}
	}
	return false
}
