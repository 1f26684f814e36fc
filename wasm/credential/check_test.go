package credential

import (
	"reflect"
	"strings"
	"testing"
)

// tok is shaped like the tokens seen in the wild: 25 ASCII letters and digits.
const (
	tok = "aBcD3fGh1jKlMn0pQrStUvWxY"
	pw  = "Tr0ub4dor&3 horse"
)

// email is the body of the token email, as a test fixture copying a real one
// has it, with some text around it.
const email = "Hello Jane,\n\n" +
	"Your security token has been reset: you requested it from your personal settings.\n\n" +
	"Username: jane@acme.com\n" +
	"Security token (case-sensitive): " + tok + "\n\n" +
	"For security reasons, do not share this token.\n\n" +
	"Thanks,\nsalesforce.com\n"

func bad(field, key string, args ...string) Problem {
	return Problem{Field: field, Key: key, Args: args}
}

func weak(field, key string, args ...string) Problem {
	return Problem{Field: field, Key: key, Args: args, Warn: true}
}

type checkCase struct {
	name     string
	password string
	input    string
	mode     Mode
	joined   string
	problems []Problem
}

// checkCases covers every rule, and so every message key; TestMessages
// checks that against credential.json.
var checkCases = []checkCase{
	// Where the token is.
	{"bare", pw, tok, ModeToken, pw + tok, nil},
	{"spaces around", pw, "  \t" + tok + " \n", ModeToken, pw + tok, nil},
	{"invisible around", pw, "\u00a0\u200b" + tok + "\ufeff\u200e", ModeToken, pw + tok, nil},
	{"line", pw, "Security token (case-sensitive): " + tok, ModeToken, pw + tok, nil},
	{"line without space", pw, "Security token (case-sensitive):" + tok, ModeToken, pw + tok, nil},
	{"line with spaces around", pw, "  Security token (case-sensitive):\t" + tok + "  ", ModeToken, pw + tok, nil},
	{"email LF", pw, email, ModeToken, pw + tok, nil},
	{"email CRLF", pw, strings.ReplaceAll(email, "\n", "\r\n"), ModeToken, pw + tok, nil},
	{"email CR", pw, strings.ReplaceAll(email, "\n", "\r"), ModeToken, pw + tok, nil},
	{"email quoted in a reply", pw, strings.ReplaceAll(email, "\n", "\n> "), ModeToken, pw + tok, nil},
	{"email wrapped after the colon", pw, "Username: jane@acme.com\nSecurity token (case-sensitive):\n" + tok + "\n\nThanks", ModeToken, pw + tok, nil},
	{"email run together", pw, "Username: jane@acme.com Security token (case-sensitive): " + tok, ModeToken, pw + tok, nil},
	{"German line", pw, "Sicherheitstoken (Groß-/Kleinschreibung beachten): " + tok, ModeToken, pw + tok, nil},
	{"French email", pw, "Nom d'utilisateur : jane@acme.com\nJeton de sécurité (sensible à la casse) : " + tok + "\nMerci", ModeToken, pw + tok, nil},
	{"Japanese line", pw, "セキュリティトークン (大文字と小文字を区別)：" + tok, ModeToken, pw + tok, nil},
	{"Chinese email", pw, "用户名: jane@acme.com\r\n安全令牌（区分大小写）：" + tok + "\r\n", ModeToken, pw + tok, nil},

	// Lengths.
	{"24 characters", pw, tok[:24], ModeToken, pw + tok[:24], nil},
	{"22 characters", pw, tok[:22], ModeToken, pw + tok[:22], []Problem{weak(FieldToken, keyTokenLength, "22")}},
	{"28 characters", pw, tok + "Z9q", ModeToken, pw + tok + "Z9q", []Problem{weak(FieldToken, keyTokenLength, "28")}},
	{"19 characters", pw, tok[:19], ModeToken, "", []Problem{bad(FieldToken, keyTokenShort, "19")}},
	{"31 characters", pw, tok + "abcdef", ModeToken, "", []Problem{bad(FieldToken, keyTokenLong, "31")}},
	{"pasted twice", pw, tok + tok, ModeToken, "", []Problem{bad(FieldToken, keyTokenTwice)}},
	{"a line of the email as token", pw, "Thanks", ModeToken, "", []Problem{bad(FieldToken, keyTokenShort, "6")}},

	// Empty fields.
	{"empty password", "", tok, ModeToken, "", []Problem{bad(FieldPassword, keyPasswordEmpty)}},
	{"empty token", pw, "", ModeToken, "", []Problem{bad(FieldToken, keyTokenEmpty)}},
	{"blank token", pw, " \r\n\t\u200b ", ModeToken, "", []Problem{bad(FieldToken, keyTokenEmpty)}},
	{"both empty", "", "", ModeToken, "", []Problem{bad(FieldPassword, keyPasswordEmpty), bad(FieldToken, keyTokenEmpty)}},

	// Lines that are not the token line.
	{"several lines", pw, "Hello Jane,\nYour token is below.\nThanks", ModeToken, "", []Problem{bad(FieldToken, keyTokenNoLine)}},
	{"the username line", pw, "Username: jane@acme.com", ModeToken, "", []Problem{bad(FieldToken, keyTokenNoLine)}},
	{"the username line, full-width colon", pw, "ユーザー名：jane@acme.com", ModeToken, "", []Problem{bad(FieldToken, keyTokenNoLine)}},
	{"token line without token", pw, "Security token (case-sensitive):   ", ModeToken, "", []Problem{bad(FieldToken, keyTokenLineEmpty)}},
	{"email without token", pw, "Username: jane@acme.com\r\nSecurity token (case-sensitive):\r\n\r\nThanks,", ModeToken, "", []Problem{bad(FieldToken, keyTokenLineEmpty)}},

	// Characters.
	{"space inside", pw, tok[:12] + " " + tok[12:], ModeToken, "", []Problem{bad(FieldToken, keyTokenSpace, "13")}},
	{"tab inside", pw, tok[:3] + "\t" + tok[3:], ModeToken, "", []Problem{bad(FieldToken, keyTokenSpace, "4")}},
	{"no-break space inside", pw, tok[:20] + "\u00a0" + tok[20:], ModeToken, "", []Problem{bad(FieldToken, keyTokenSpace, "21")}},
	{"twice with a space", pw, tok + " " + tok, ModeToken, "", []Problem{bad(FieldToken, keyTokenSpace, "26")}},
	{"the email line with more text", pw, "Security token (case-sensitive): " + tok + " (keep it safe)", ModeToken, "", []Problem{bad(FieldToken, keyTokenSpace, "26")}},
	{"trailing period", pw, tok + ".", ModeToken, "", []Problem{bad(FieldToken, keyTokenTrailing, ".")}},
	{"trailing period in the email", pw, strings.Replace(email, tok, tok+".", 1), ModeToken, "", []Problem{bad(FieldToken, keyTokenTrailing, ".")}},
	{"trailing colon", pw, tok + ":", ModeToken, "", []Problem{bad(FieldToken, keyTokenTrailing, ":")}},
	{"trailing curly quote", pw, tok + "”", ModeToken, "", []Problem{bad(FieldToken, keyTokenTrailing, "”")}},
	{"double quotes", pw, `"` + tok + `"`, ModeToken, "", []Problem{bad(FieldToken, keyTokenQuotes)}},
	{"single quotes", pw, "'" + tok + "'", ModeToken, "", []Problem{bad(FieldToken, keyTokenQuotes)}},
	{"curly quotes", pw, "“" + tok + "”", ModeToken, "", []Problem{bad(FieldToken, keyTokenQuotes)}},
	{"angle brackets", pw, "<" + tok + ">", ModeToken, "", []Problem{bad(FieldToken, keyTokenQuotes)}},
	{"quotes in the line", pw, "Security token (case-sensitive): \"" + tok + "\"", ModeToken, "", []Problem{bad(FieldToken, keyTokenQuotes)}},
	{"leading quote", pw, "'" + tok, ModeToken, "", []Problem{bad(FieldToken, keyTokenChar, "'", "1")}},
	{"hyphen inside", pw, tok[:12] + "-" + tok[12:], ModeToken, "", []Problem{bad(FieldToken, keyTokenChar, "-", "13")}},
	{"Cyrillic a", pw, "\u0430" + tok[1:], ModeToken, "", []Problem{bad(FieldToken, keyTokenLookalike, "\u0430", "U+0430", "1")}},
	{"Greek capital omicron", pw, tok[:5] + "\u039f" + tok[6:], ModeToken, "", []Problem{bad(FieldToken, keyTokenLookalike, "\u039f", "U+039F", "6")}},
	{"full-width digit", pw, tok[:4] + "３" + tok[5:], ModeToken, "", []Problem{bad(FieldToken, keyTokenLookalike, "３", "U+FF13", "5")}},
	{"accented letter", pw, tok[:2] + "é" + tok[3:], ModeToken, "", []Problem{bad(FieldToken, keyTokenLookalike, "é", "U+00E9", "3")}},
	{"emoji", pw, tok[:24] + "🔑", ModeToken, "", []Problem{bad(FieldToken, keyTokenLookalike, "🔑", "U+1F511", "25")}},
	{"invalid UTF-8", pw, tok[:10] + "\xff" + tok[10:], ModeToken, "", []Problem{bad(FieldToken, keyTokenLookalike, "\ufffd", "U+FFFD", "11")}},
	{"zero-width space inside", pw, tok[:4] + "\u200b" + tok[4:], ModeToken, "", []Problem{bad(FieldToken, keyTokenInvisible, "U+200B", "5")}},
	{"soft hyphen inside", pw, tok[:9] + "\u00ad" + tok[9:], ModeToken, "", []Problem{bad(FieldToken, keyTokenInvisible, "U+00AD", "10")}},
	{"combining accent inside", pw, tok[:1] + "\u0301" + tok[1:], ModeToken, "", []Problem{bad(FieldToken, keyTokenInvisible, "U+0301", "2")}},
	{"NUL inside", pw, tok[:7] + "\x00" + tok[7:], ModeToken, "", []Problem{bad(FieldToken, keyTokenInvisible, "U+0000", "8")}},
	{"code as token", pw, "123456", ModeToken, "", []Problem{bad(FieldToken, keyTokenIsCode)}},
	{"spaced code as token", pw, "123 456", ModeToken, "", []Problem{bad(FieldToken, keyTokenIsCode)}},

	// The password.
	{"password ends with the token", pw + tok, tok, ModeToken, "", []Problem{bad(FieldPassword, keyPasswordHasToken)}},
	{"password ends with the token and a space", pw + tok + " ", "Security token (case-sensitive): " + tok, ModeToken, "", []Problem{weak(FieldPassword, keyPasswordSpaceTrailing), bad(FieldPassword, keyPasswordHasToken)}},
	{"password is the token", tok, tok, ModeToken, "", []Problem{bad(FieldToken, keyTokenIsPassword)}},
	{"leading space", " " + pw, tok, ModeToken, " " + pw + tok, []Problem{weak(FieldPassword, keyPasswordSpaceLeading)}},
	{"trailing tab", pw + "\t", tok, ModeToken, pw + "\t" + tok, []Problem{weak(FieldPassword, keyPasswordSpaceTrailing)}},
	{"spaces both ends", " " + pw + " ", tok, ModeToken, " " + pw + " " + tok, []Problem{weak(FieldPassword, keyPasswordSpaceBoth)}},
	{"only a space", " ", tok, ModeToken, " " + tok, []Problem{weak(FieldPassword, keyPasswordSpaceBoth)}},
	{"warnings add up", " " + pw, tok[:22], ModeToken, " " + pw + tok[:22], []Problem{weak(FieldPassword, keyPasswordSpaceLeading), weak(FieldToken, keyTokenLength, "22")}},
	{"password in the token field", pw, pw, ModeToken, "", []Problem{bad(FieldToken, keyTokenIsPassword)}},
	{"joined string in the token field", pw, pw + tok, ModeToken, "", []Problem{bad(FieldToken, keyTokenHasPassword)}},
	{"short password is not looked for", "abc", "abc" + tok[3:], ModeToken, "abc" + "abc" + tok[3:], nil},

	// MFA for API logins.
	{"code", pw, "123456", ModeMFA, pw + "123456", nil},
	{"code with a space", pw, "123 456", ModeMFA, pw + "123456", nil},
	{"code with a hyphen", pw, "123-456", ModeMFA, pw + "123456", nil},
	{"code with a no-break space", pw, "123\u00a0456", ModeMFA, pw + "123456", nil},
	{"code with spaces around", pw, " \t012345\n", ModeMFA, pw + "012345", nil},
	{"empty code", pw, "", ModeMFA, "", []Problem{bad(FieldToken, keyCodeEmpty)}},
	{"5 digits", pw, "12345", ModeMFA, "", []Problem{bad(FieldToken, keyCodeShort, "5")}},
	{"spaced 5 digits", pw, "123 45", ModeMFA, "", []Problem{bad(FieldToken, keyCodeShort, "5")}},
	{"7 digits", pw, "1234567", ModeMFA, "", []Problem{bad(FieldToken, keyCodeLong, "7")}},
	{"spaced 7 digits", pw, "123 4567", ModeMFA, "", []Problem{bad(FieldToken, keyCodeLong, "7")}},
	{"space off the middle", pw, "12 3456", ModeMFA, "", []Problem{bad(FieldToken, keyCodeSpace, "3")}},
	{"two spaces", pw, "123  456", ModeMFA, "", []Problem{bad(FieldToken, keyCodeSpace, "5")}},
	{"letter in the code", pw, "12a456", ModeMFA, "", []Problem{bad(FieldToken, keyCodeChar, "a", "3")}},
	{"period in the code", pw, "123.456", ModeMFA, "", []Problem{bad(FieldToken, keyCodeChar, ".", "4")}},
	{"two hyphens", pw, "123-45-6", ModeMFA, "", []Problem{bad(FieldToken, keyCodeChar, "-", "7")}},
	{"full-width digits", pw, "１２３４５６", ModeMFA, "", []Problem{bad(FieldToken, keyCodeLookalike, "１", "U+FF11", "1")}},
	{"Arabic-Indic digits", pw, "١٢٣٤٥٦", ModeMFA, "", []Problem{bad(FieldToken, keyCodeLookalike, "١", "U+0661", "1")}},
	{"zero-width space in the code", pw, "123\u200b456", ModeMFA, "", []Problem{bad(FieldToken, keyCodeInvisible, "U+200B", "4")}},
	{"token as code", pw, tok, ModeMFA, "", []Problem{bad(FieldToken, keyCodeIsToken)}},
	{"token line as code", pw, "Security token (case-sensitive): " + tok, ModeMFA, "", []Problem{bad(FieldToken, keyCodeIsToken)}},
	{"email as code", pw, email, ModeMFA, "", []Problem{bad(FieldToken, keyCodeIsToken)}},
	{"damaged token as code", pw, tok + ".", ModeMFA, "", []Problem{bad(FieldToken, keyCodeIsToken)}},
	{"empty password, code", "", "123456", ModeMFA, "", []Problem{bad(FieldPassword, keyPasswordEmpty)}},
	{"password ends with the code", "hunter2!123456", "123 456", ModeMFA, "hunter2!123456123456", []Problem{weak(FieldPassword, keyPasswordHasCode)}},
	{"password in the code field", pw, pw, ModeMFA, "", []Problem{bad(FieldToken, keyTokenIsPassword)}},
	{"joined string in the code field", pw, pw + "123456", ModeMFA, "", []Problem{bad(FieldToken, keyTokenHasPassword)}},
}

func TestCheck(t *testing.T) {
	for _, c := range checkCases {
		t.Run(c.name, func(t *testing.T) {
			joined, problems := Check(c.password, c.input, c.mode)
			if joined != c.joined {
				t.Errorf("joined = %q, want %q", joined, c.joined)
			}
			if !reflect.DeepEqual(problems, c.problems) {
				t.Errorf("problems:\n got %+v\nwant %+v", problems, c.problems)
			}
		})
	}
}

// Token applies the token field's rules of Check, without the password's.
func TestToken(t *testing.T) {
	for _, c := range checkCases {
		t.Run(c.name, func(t *testing.T) {
			got, problems := Token(c.input, c.mode)
			for _, p := range problems {
				if p.Field != FieldToken {
					t.Errorf("Token gave a %s problem: %+v", p.Field, p)
				}
			}
			var want []Problem
			for _, p := range c.problems {
				if p.Field == FieldToken && p.Key != keyTokenIsPassword && p.Key != keyTokenHasPassword {
					want = append(want, p)
				}
			}
			if !reflect.DeepEqual(problems, want) && !fromPassword(c.problems) {
				t.Errorf("problems:\n got %+v\nwant %+v", problems, want)
			}
			if c.joined != "" && c.password+got != c.joined {
				t.Errorf("Token = %q, but Check joined %q", got, c.joined)
			}
			if hasError(problems) != (got == "") {
				t.Errorf("Token = %q with problems %+v", got, problems)
			}
		})
	}
}

// fromPassword reports whether problems depend on the password, which Token
// does not see.
func fromPassword(problems []Problem) bool {
	for _, p := range problems {
		switch p.Key {
		case keyTokenIsPassword, keyTokenHasPassword, keyPasswordHasToken:
			return true
		}
	}
	return false
}

// The password must never reach a message: not for any case, and not with
// passwords chosen to collide with the arguments (digits of a length,
// a position, a code point, a character).
func TestPasswordNotInArgs(t *testing.T) {
	passwords := []string{pw, " " + pw + " ", "2", "1", "5", "13", ".", "-", "U+", "U+200B", "\u0430", "a", tok, "123456", "Security"}
	for _, c := range checkCases {
		for _, password := range append(passwords, c.password) {
			for _, mode := range []Mode{ModeToken, ModeMFA} {
				for _, input := range []string{c.input, password + c.input, c.input + password, password} {
					_, problems := Check(password, input, mode)
					if arg, ok := leaks(problems, password); ok {
						t.Errorf("%s: Check(%q, %q, %d): argument %q shows the password", c.name, password, input, mode, arg)
					}
				}
			}
		}
	}
}

// leaks returns an argument of problems that contains password.
func leaks(problems []Problem, password string) (string, bool) {
	if password == "" {
		return "", false
	}
	for _, p := range problems {
		for _, a := range p.Args {
			if strings.Contains(a, password) {
				return a, true
			}
		}
	}
	return "", false
}

func TestPasswordUnchanged(t *testing.T) {
	for _, password := range []string{" a b ", "\tx\u00a0", "p\u200bw", tok[:10]} {
		joined, _ := Check(password, "Security token (case-sensitive): "+tok[1:], ModeToken)
		if joined != password+tok[1:] {
			t.Errorf("Check(%q) joined %q", password, joined)
		}
	}
}

func TestCodePoint(t *testing.T) {
	for r, want := range map[rune]string{0: "U+0000", ' ': "U+0020", 0x200B: "U+200B", 0xFEFF: "U+FEFF", 0x1F511: "U+1F511", 0x10FFFF: "U+10FFFF"} {
		if got := codePoint(r); got != want {
			t.Errorf("codePoint(%#x) = %q, want %q", r, got, want)
		}
	}
}
