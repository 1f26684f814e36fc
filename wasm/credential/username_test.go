package credential

import "testing"

func TestUsername(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Username: jane@acme.com\nSecurity token (case-sensitive): " + tok, "jane@acme.com"},
		{"Hello,\r\n\r\nUsername: alex.admin@acme.example.uat\r\nSecurity token (case-sensitive): " + tok + "\r\n", "alex.admin@acme.example.uat"},
		{"Username: jane@acme.com Security token (case-sensitive): " + tok, "jane@acme.com"},
		{"  username :  jane@acme.com  ", "jane@acme.com"},
		{"User name: jane@acme.com", "jane@acme.com"},
		{"Username：jane@acme.com", "jane@acme.com"},
		{"Security token (case-sensitive): " + tok, ""},
		{"Username: jane", ""},
		{"Username:", ""},
		{"Your username: is below", ""},
		{"", ""},
	} {
		if got := Username(c.in); got != c.want {
			t.Errorf("Username(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzUsername(f *testing.F) {
	f.Add("Username: jane@acme.com\nSecurity token (case-sensitive): " + tok)
	f.Add("Username：a@b.c")
	f.Fuzz(func(t *testing.T, s string) {
		if u := Username(s); u != "" && !looksLikeUsername(u) {
			t.Fatalf("Username(%q) = %q", s, u)
		}
	})
}
