package credential

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func addSeeds(f *testing.F, add func(input string)) {
	for _, c := range checkCases {
		add(c.input)
	}
	for _, s := range []string{
		"", ":", "：", "a:", "Token:", "token: \n", "\r", "\r\n\r\n", "\xff", "\xc3", "\u2028", "\"\"", "“”", "'",
		"123 456", "123-", "-123456", "Security token (case-sensitive):\n\n", "x\rSecurity token (case-sensitive):\r" + tok,
	} {
		add(s)
	}
}

func FuzzExtract(f *testing.F) {
	addSeeds(f, func(s string) { f.Add(s) })
	f.Fuzz(func(t *testing.T, input string) {
		value, how := Extract(input)
		switch how {
		case "":
			if value != "" || trimBlank(input) != "" {
				t.Fatalf("Extract(%q) = %q, %q", input, value, how)
			}
		case HowBare, HowLine, HowEmail:
		default:
			t.Fatalf("Extract(%q): how %q", input, how)
		}
		if value == "" {
			return
		}
		if !strings.Contains(input, value) {
			t.Fatalf("Extract(%q) = %q, not part of the input", input, value)
		}
		if value != trimBlank(value) {
			t.Fatalf("Extract(%q) = %q, not trimmed", input, value)
		}
		if how == HowBare && value != trimBlank(input) {
			t.Fatalf("Extract(%q) = %q, bare but not the whole input", input, value)
		}
		if strings.ContainsFunc(value, isLineBreak) {
			t.Fatalf("Extract(%q) = %q, several lines", input, value)
		}
	})
}

func FuzzCheck(f *testing.F) {
	m := readMessages(f)
	for _, c := range checkCases {
		f.Add(c.password, c.input, c.mode == ModeMFA)
	}
	addSeeds(f, func(s string) {
		f.Add(pw, s, false)
		f.Add(pw, s, true)
		f.Add(s, tok, false)
	})
	f.Fuzz(func(t *testing.T, password, input string, mfa bool) {
		mode := ModeToken
		if mfa {
			mode = ModeMFA
		}
		joined, problems := Check(password, input, mode)
		for _, p := range problems {
			if p.Field != FieldPassword && p.Field != FieldToken {
				t.Fatalf("problem with field %q: %+v", p.Field, p)
			}
			checkArgs(t, m, p)
		}
		if arg, ok := leaks(problems, password); ok {
			t.Fatalf("Check(%q, %q, %d): argument %q shows the password", password, input, mode, arg)
		}
		if hasError(problems) != (joined == "") {
			t.Fatalf("Check(%q, %q, %d) = %q with problems %+v", password, input, mode, joined, problems)
		}
		if joined == "" {
			return
		}
		second, ok := strings.CutPrefix(joined, password)
		if !ok || !isSecondPart(second, mode) {
			t.Fatalf("Check(%q, %q, %d) = %q: not the password and a token", password, input, mode, joined)
		}
		if got, _ := Token(input, mode); got != second {
			t.Fatalf("Check(%q, %q, %d) joined %q, Token gave %q", password, input, mode, joined, got)
		}
		if !utf8.ValidString(second) {
			t.Fatalf("invalid UTF-8 in %q", second)
		}
	})
}

// isSecondPart reports whether s is what may follow the password: a token of
// 20 to 30 ASCII letters and digits, or 6 digits.
func isSecondPart(s string, mode Mode) bool {
	if mode == ModeMFA {
		return len(s) == 6 && strings.Trim(s, "0123456789") == ""
	}
	return isToken(s)
}
