package credential

import (
	"strconv"
	"strings"
)

// This file classifies characters by hand instead of with package unicode's
// category tables, which would weigh on the WASM binary; the sets are the
// few that matter for a pasted token.

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// isAlnum reports whether r may be in a token: the token is "a case-sensitive
// alphanumeric code", and every one seen is ASCII.
func isAlnum(r rune) bool {
	return isDigit(r) || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
}

// isSpace reports whether r has Unicode's White_Space property: what mail
// clients and web pages put between words, the no-break spaces included.
func isSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// isLineBreak reports whether r ends a line of pasted text.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\v', '\f', '\r', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// invisible lists, in order, the ranges of characters that draw nothing on
// their own besides the controls: format characters (zero-width spaces and
// joiners, direction marks, the byte order mark, soft hyphen), combining
// marks, fillers, variation selectors, tags, private use and noncharacters.
// Copying from mail and chat apps brings some of them along.
var invisible = [...]struct{ lo, hi rune }{
	{0x00AD, 0x00AD},
	{0x0300, 0x036F},
	{0x061C, 0x061C},
	{0x115F, 0x1160},
	{0x17B4, 0x17B5},
	{0x180B, 0x180F},
	{0x1AB0, 0x1AFF},
	{0x1DC0, 0x1DFF},
	{0x200B, 0x200F},
	{0x202A, 0x202E},
	{0x2060, 0x206F},
	{0x20D0, 0x20FF},
	{0x3164, 0x3164},
	{0xE000, 0xF8FF},
	{0xFE00, 0xFE0F},
	{0xFE20, 0xFE2F},
	{0xFEFF, 0xFEFF},
	{0xFFA0, 0xFFA0},
	{0xFFF0, 0xFFFB},
	{0xFFFE, 0xFFFF},
	{0x1BCA0, 0x1BCA3},
	{0x1D173, 0x1D17A},
	{0xE0000, 0xE0FFF},
	{0xF0000, 0x10FFFF},
}

// isInvisible reports whether r shows nothing in the field, so that a
// message can only name it by its code point.
func isInvisible(r rune) bool {
	if r < 0x20 || 0x7F <= r && r <= 0x9F {
		return true
	}
	for _, g := range invisible {
		if r < g.lo {
			return false
		}
		if r <= g.hi {
			return true
		}
	}
	return false
}

// isBlank reports whether r may be dropped from either end of a pasted
// value: no token or code contains it, and the user cannot see it.
func isBlank(r rune) bool { return isSpace(r) || isInvisible(r) }

// trimBlank removes white space and invisible characters around s.
func trimBlank(s string) string { return strings.TrimFunc(s, isBlank) }

// codePoint writes r as Unicode charts do, such as U+200B.
func codePoint(r rune) string {
	h := strconv.FormatUint(uint64(r), 16)
	b := make([]byte, 0, 2+len(h)+3)
	b = append(b, "U+"...)
	for i := len(h); i < 4; i++ {
		b = append(b, '0')
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if 'a' <= c && c <= 'f' {
			c -= 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

// charKeys are the messages for a character that does not belong, one per
// way the user sees it.
type charKeys struct {
	space     string // white space: the message says "a space"
	plain     string // visible ASCII: shown as itself
	lookalike string // visible non-ASCII: shown with its code point, because it may pass for a letter or digit
	invisible string // shown by its code point alone
}

// badChar describes r, found at the 1-based position pos (in characters) of
// the field's value. Arguments are symbols and numbers, never words, so
// every language's message can use them.
func badChar(k charKeys, r rune, pos int) Problem {
	at := strconv.Itoa(pos)
	switch {
	case isSpace(r):
		return refuse(FieldToken, k.space, at)
	case isInvisible(r):
		return refuse(FieldToken, k.invisible, codePoint(r), at)
	case r < 0x80:
		return refuse(FieldToken, k.plain, string(r), at)
	}
	return refuse(FieldToken, k.lookalike, string(r), codePoint(r), at)
}
