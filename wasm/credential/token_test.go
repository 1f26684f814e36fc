package credential

import (
	"strings"
	"testing"
)

func TestExtract(t *testing.T) {
	for _, c := range []struct {
		name, input, value, how string
	}{
		{"empty", "", "", ""},
		{"blank", " \r\n\u200b", "", ""},
		{"bare", tok, tok, HowBare},
		{"bare with spaces", "\t " + tok + " \r\n", tok, HowBare},
		{"bare, not validated", "not a token", "not a token", HowBare},
		{"line", "Security token (case-sensitive): " + tok, tok, HowLine},
		{"line, any case", "SECURITY TOKEN (CASE-SENSITIVE): " + tok, tok, HowLine},
		{"short label", "Token: " + tok, tok, HowLine},
		{"line with a damaged token", "Security token (case-sensitive): " + tok + ".", tok + ".", HowLine},
		{"line without value", "Security token (case-sensitive):", "", HowLine},
		{"other line", "Username: jane@acme.com", "", HowLine},
		{"German", "Sicherheitstoken (Groß-/Kleinschreibung beachten): " + tok, tok, HowLine},
		{"French", "Jeton de sécurité (sensible à la casse) : " + tok, tok, HowLine},
		{"Japanese", "セキュリティトークン：" + tok, tok, HowLine},
		{"Korean", "보안 토큰(대/소문자 구분): " + tok, tok, HowLine},
		{"Russian", "Токен безопасности (с учетом регистра): " + tok, tok, HowLine},
		{"email", email, tok, HowEmail},
		{"email CRLF", strings.ReplaceAll(email, "\n", "\r\n"), tok, HowEmail},
		{"email CR", strings.ReplaceAll(email, "\n", "\r"), tok, HowEmail},
		{"email, line separators", strings.ReplaceAll(email, "\n", "\u2028"), tok, HowEmail},
		{"email, wrapped token", "Security token (case-sensitive):\r\n\r\n  " + tok + "\r\nThanks", tok, HowEmail},
		{"email, damaged token", strings.Replace(email, tok, "“"+tok+"”", 1), "“" + tok + "”", HowEmail},
		{"email, token with a space", strings.Replace(email, tok, tok[:5]+" "+tok[5:], 1), tok[:5] + " " + tok[5:], HowEmail},
		{"email, no token line", "Hello,\nUsername: jane@acme.com\nThanks", "", HowEmail},
		{"email, empty token line", "Username: jane@acme.com\nSecurity token (case-sensitive):\nThanks,", "", HowEmail},
		{"email, token sentence only", "Your security token has been reset: see below.\nThanks", "", HowEmail},
		{"email, a link about the token", "To reset your token again, go to https://help.salesforce.com/s/articleView?id=xcloud.user_security_token.htm\nSecurity token (case-sensitive): " + tok, tok, HowEmail},
		{"email, a sentence about the token", "Your token: see https://help.salesforce.com\nSecurity token (case-sensitive): " + tok, tok, HowEmail},
		{"email, English label first", "Token ID: 00D5e000000abcdEFGhij\nSecurity token (case-sensitive): " + tok, tok, HowEmail},
		{"email, nothing like a token after the label", "Security token (case-sensitive):\nSalesforce\n", "", HowEmail},
		{"email, Spanish", "Nombre de usuario: jane@acme.com\nToken de seguridad (distingue mayúsculas y minúsculas): " + tok + "\n", tok, HowEmail},
		{"email, Chinese", "用户名: jane@acme.com\n安全令牌（区分大小写）：" + tok, tok, HowEmail},
	} {
		t.Run(c.name, func(t *testing.T) {
			value, how := Extract(c.input)
			if value != c.value || how != c.how {
				t.Errorf("Extract(%q) = %q, %q; want %q, %q", c.input, value, how, c.value, c.how)
			}
		})
	}
}
