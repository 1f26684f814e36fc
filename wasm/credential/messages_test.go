package credential

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
)

const messagesFile = "../../extension/_locales/en/credential.json"

type message struct {
	Message      string `json:"message"`
	Description  string `json:"description"`
	Placeholders map[string]struct {
		Content string `json:"content"`
		Example string `json:"example"`
	} `json:"placeholders"`
}

func readMessages(t testing.TB) map[string]message {
	t.Helper()
	data, err := os.ReadFile(messagesFile)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]message
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s: %v", messagesFile, err)
	}
	return m
}

// TestMessages checks credential.json against the code both ways: every
// Problem that the cases produce has its key, with as many placeholders as
// it has Args, and every key in the file is produced by some case.
func TestMessages(t *testing.T) {
	m := readMessages(t)
	used := map[string]bool{}
	for _, c := range checkCases {
		_, problems := Check(c.password, c.input, c.mode)
		for _, p := range problems {
			used[p.Key] = true
			checkArgs(t, m, p)
		}
	}
	for key := range m {
		if !used[key] {
			t.Errorf("%s: no case produces %s", messagesFile, key)
		}
	}
}

// checkArgs reports a Problem whose key is missing, or whose Args do not
// match the message's placeholders.
func checkArgs(t testing.TB, m map[string]message, p Problem) {
	t.Helper()
	msg, ok := m[p.Key]
	switch {
	case !ok:
		t.Errorf("%s: no message %s", messagesFile, p.Key)
	case len(msg.Placeholders) != len(p.Args):
		t.Errorf("%s has %d placeholders, the Problem %d Args %q", p.Key, len(msg.Placeholders), len(p.Args), p.Args)
	}
}

// TestMessageFormat checks the file as Chrome's i18n reads it: key names,
// placeholders $1..$n each used once, no stray $.
func TestMessageFormat(t *testing.T) {
	for key, msg := range readMessages(t) {
		if !isKeyName(key) {
			t.Errorf("%s: key is not lower camel case with the cred prefix", key)
		}
		if msg.Message == "" || msg.Description == "" {
			t.Errorf("%s: message or description is empty", key)
		}
		seen := map[string]bool{}
		for name, ph := range msg.Placeholders {
			n, err := strconv.Atoi(strings.TrimPrefix(ph.Content, "$"))
			if err != nil || !strings.HasPrefix(ph.Content, "$") || n < 1 || n > len(msg.Placeholders) || seen[ph.Content] {
				t.Errorf("%s: placeholder %s has content %q, want one of $1..$%d, once", key, name, ph.Content, len(msg.Placeholders))
			}
			seen[ph.Content] = true
			if ph.Example == "" {
				t.Errorf("%s: placeholder %s has no example", key, name)
			}
			if strings.Count(strings.ToLower(msg.Message), "$"+strings.ToLower(name)+"$") != 1 {
				t.Errorf("%s: message uses $%s$ other than once", key, strings.ToUpper(name))
			}
		}
		rest := msg.Message
		for name := range msg.Placeholders {
			rest = strings.ReplaceAll(rest, "$"+strings.ToUpper(name)+"$", "")
		}
		if strings.Contains(rest, "$") {
			t.Errorf("%s: message has a $ that is no placeholder: %q", key, msg.Message)
		}
	}
}

// isKeyName reports whether key is a lower camel case name with the cred
// prefix, of letters and digits (underscores are legal in Chrome, unused here).
func isKeyName(key string) bool {
	if !strings.HasPrefix(key, "cred") || len(key) == len("cred") || key[4] < 'A' || key[4] > 'Z' {
		return false
	}
	for _, c := range key {
		if !isAlnum(c) && c != '_' {
			return false
		}
	}
	return true
}

// render gives a message's English text as chrome.i18n.getMessage does.
func render(m map[string]message, p Problem) string {
	msg := m[p.Key]
	s := msg.Message
	for name, ph := range msg.Placeholders {
		n, _ := strconv.Atoi(strings.TrimPrefix(ph.Content, "$"))
		s = strings.ReplaceAll(s, "$"+strings.ToUpper(name)+"$", p.Args[n-1])
	}
	return s
}

// A few messages as the user reads them.
func TestRender(t *testing.T) {
	m := readMessages(t)
	for _, c := range []struct {
		input string
		mode  Mode
		want  string
	}{
		{tok + ".", ModeToken, "Remove the “.” at the end: tokens are only letters and digits."},
		{tok[:4] + "\u200b" + tok[4:], ModeToken, "The token has an invisible character (U+200B) at position 5. Delete it, or paste the token again."},
		{"\u0430" + tok[1:], ModeToken, "Character 1 of the token, “а” (U+0430), is not a plain letter A–Z or digit 0–9, though it may look like one. Copy the token from the email instead of typing it."},
		{tok[:19], ModeToken, "The token is too short: 19 of about 25 characters. Copy the whole token from the email."},
		{"12 3456", ModeMFA, "The code has a space at position 3. Enter the 6 digits, as 123456 or 123 456."},
	} {
		_, problems := Token(c.input, c.mode)
		if len(problems) != 1 {
			t.Fatalf("Token(%q): %+v", c.input, problems)
		}
		if got := render(m, problems[0]); got != c.want {
			t.Errorf("Token(%q):\n got %s\nwant %s", c.input, got, c.want)
		}
	}
}
