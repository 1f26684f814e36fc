package credential

import (
	"strings"
	"unicode/utf8"
)

// tokenWords are the words for "token" in the labels of Salesforce's email
// and its translations. Matching a word instead of the whole English label
// ("Security token (case-sensitive)") finds the line in other languages too:
// "Sicherheitstoken", "jeton de sécurité", "セキュリティトークン".
// ASCII words match in any case; the others as written.
var (
	asciiTokenWords = [...]string{"token", "jeton"}
	tokenWords      = [...]string{"トークン", "令牌", "权杖", "權杖", "토큰", "токен", "Токен", "ТОКЕН", "โทเค็น"}
)

// mentionsToken reports whether the label of a "label: value" line is about
// the token.
func mentionsToken(label string) bool {
	for _, w := range asciiTokenWords {
		if containsFold(label, w) {
			return true
		}
	}
	for _, w := range tokenWords {
		if strings.Contains(label, w) {
			return true
		}
	}
	return false
}

// isEmailLabel reports whether label is, in English, the one of the token
// line, rather than a sentence that mentions the token.
func isEmailLabel(label string) bool {
	return containsFold(label, "case-sensitive") || containsFold(label, "case sensitive")
}

// containsFold reports whether s contains the lower-case ASCII word w,
// ignoring ASCII case. It stands in for strings.Contains(strings.ToLower(s), w),
// which would need package unicode's case tables.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if hasPrefixFold(s[i:], w) {
			return true
		}
	}
	return false
}

func hasPrefixFold(s, w string) bool {
	for i := 0; i < len(w); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// isColon reports whether r ends a label: the ASCII colon, or the full-width
// one of Chinese and Japanese text.
func isColon(r rune) bool { return r == ':' || r == '：' }

// cutTokenLabel finds, in one line, the first colon whose label (the text
// since the previous colon) mentions the token, and returns that label and
// the trimmed text after the colon. Starting the label at the previous colon
// finds the token in a line that a mail client has run together, such as
// "Username: jane@acme.com Security token (case-sensitive): …".
func cutTokenLabel(line string) (label, value string, ok bool) {
	start := 0
	for i, r := range line {
		if !isColon(r) {
			continue
		}
		end := i + utf8.RuneLen(r)
		if strings.HasPrefix(line[end:], "//") {
			continue // a URL's scheme, as in "reset your token at https://…"
		}
		if mentionsToken(line[start:i]) {
			return line[start:i], trimBlank(line[end:]), true
		}
		start = end
	}
	return "", "", false
}

// isLabelled reports whether line reads as "label: value", such as the
// "Username: jane@acme.com" line pasted instead of the token line. A colon
// counts only with a label before it and white space after it (or the
// full-width colon, used without spaces), because a bare token with a stray
// colon is better reported as that character.
func isLabelled(line string) bool {
	for i, r := range line {
		if i == 0 {
			continue
		}
		if r == '：' {
			return true
		}
		if r == ':' {
			next, _ := utf8.DecodeRuneInString(line[i+1:])
			if isSpace(next) {
				return true
			}
		}
	}
	return false
}

// isTokenish reports whether a value looks enough like a token to pick its
// line among others in an email: one word, mostly letters and digits,
// longer than the words of the email around it ("Salesforce",
// "jane@acme.com"). It is loose on purpose (a stray period, a look-alike
// letter), so that the chosen value is then refused with a precise reason.
func isTokenish(v string) bool {
	n, alnum := 0, 0
	for _, r := range v {
		if isSpace(r) || isColon(r) {
			return false
		}
		n++
		if isAlnum(r) {
			alnum++
		}
	}
	return 16 <= n && n <= 64 && alnum*4 >= n*3
}
