package guide

import "strings"

// tokenWords are what someone looking for the security token types into
// Setup's Quick Find, in the UI languages we know of.
var tokenWords = []string{"token", "jeton", "トークン", "reset", "zurücksetzen", "réinitialiser", "restablecer", "リセット"}

// TokenSearch reports whether a Quick Find query looks for the token.
func TokenSearch(query string) bool {
	q := strings.ToLower(strings.TrimSpace(query))
	if q == "" {
		return false
	}
	for _, w := range tokenWords {
		if strings.Contains(q, w) || (len(q) >= 3 && strings.HasPrefix(w, q)) {
			return true
		}
	}
	return false
}
