package salesforce

import "strings"

// confirmPage is the lower-case name of the page whose mere loading resets
// the security token and mails a new one (docs/salesforce-pages.md §4.4).
const confirmPage = "resetapitokenconfirm"

// maxUnescape bounds how many layers of percent-encoding Dangerous peels.
// Salesforce nests a URL in a parameter of another (url=, retURL=), so two
// or three layers occur; a string still changing after this many is treated
// as dangerous rather than decoded further.
const maxUnescape = 8

// Dangerous reports whether s names the token reset confirm page
// (ResetApiTokenConfirm) in any case, percent-encoded any number of times up
// to maxUnescape. A GET of that page resets the user's token, so nothing may
// request, prefetch, frame or link to a URL for which Dangerous is true.
//
// Case is folded the way a case-insensitive server comparison might fold it,
// so the few non-ASCII letters whose case mapping is an ASCII letter (the
// Kelvin sign, long s, dotted and dotless i) count as that letter.
func Dangerous(s string) bool {
	for range maxUnescape {
		if strings.Contains(foldLetters(s), confirmPage) {
			return true
		}
		u := unescapeLoose(s)
		if u == s {
			return false
		}
		s = u
	}
	return true
}

// foldLetters lower-cases ASCII letters and maps to ASCII the non-ASCII
// letters that case-map to one.
func foldLetters(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		case r == '\u212a': // KELVIN SIGN, lower-cases to k
			return 'k'
		case r == '\u017f': // LATIN SMALL LETTER LONG S, upper-cases to S
			return 's'
		case r == '\u0130', r == '\u0131': // dotted capital I, dotless small i
			return 'i'
		}
		return r
	}, s)
}

// unescapeLoose decodes every valid %XX and leaves everything else as is,
// unlike url.PathUnescape, which gives up on the first malformed escape and
// so would let "%zz" hide an encoded name behind it.
func unescapeLoose(s string) string {
	if strings.IndexByte(s, '%') < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			hi, ok1 := unhex(s[i+1])
			lo, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				b = append(b, hi<<4|lo)
				i += 2
				continue
			}
		}
		b = append(b, s[i])
	}
	return string(b)
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
