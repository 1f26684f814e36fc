package credential

import "strings"

// Username finds the username in a pasted token email: the value of its
// "Username: …" line (facts §6, §11), up to the first white space, since a
// mail client may run the token line onto the same line. It is "" when
// there is no such line, or when its value does not look like a Salesforce
// username, which has the form of an email address.
func Username(text string) string {
	for _, line := range splitLines(text) {
		line = trimBlank(line)
		label, rest, ok := cutColon(line)
		if !ok || !isUsernameLabel(label) {
			continue
		}
		v := trimBlank(rest)
		if i := strings.IndexFunc(v, isSpace); i >= 0 {
			v = v[:i]
		}
		if looksLikeUsername(v) {
			return v
		}
	}
	return ""
}

// cutColon splits "label: value" at its first colon, ASCII or full-width.
func cutColon(line string) (label, value string, ok bool) {
	for i, r := range line {
		if isColon(r) {
			return trimBlank(line[:i]), line[i+len(string(r)):], true
		}
	}
	return "", "", false
}

// isUsernameLabel accepts the English label and "User name"; the email's
// translations are not known (facts §11), so no others are guessed.
func isUsernameLabel(label string) bool {
	l := strings.ReplaceAll(label, " ", "")
	return len(l) == len("username") && hasPrefixFold(l, "username")
}

// looksLikeUsername: one word, something@something.something, of a
// length Salesforce allows (80 characters).
func looksLikeUsername(v string) bool {
	at := strings.IndexByte(v, '@')
	return 3 <= len(v) && len(v) <= 80 && at > 0 && strings.Contains(v[at+1:], ".") &&
		!strings.ContainsAny(v, "<>\"'") && !strings.HasSuffix(v, ".")
}
