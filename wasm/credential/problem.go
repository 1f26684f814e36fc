package credential

// Mode says what the second part is.
type Mode int

const (
	ModeToken Mode = iota // the security token from the email
	ModeMFA               // "MFA for API logins": the 6-digit authenticator code replaces the token
)

// Fields a Problem is about.
const (
	FieldPassword = "password"
	FieldToken    = "token" // the token field, which holds the code in ModeMFA
)

// Problem is one specific thing wrong (or worth a warning) with the input.
type Problem struct {
	Field string   // "password" or "token"
	Key   string   // message key, present in extension/_locales/en/credential.json
	Args  []string // placeholder values, in order ($1, $2...) — e.g. the offending character, its position, the length
	Warn  bool     // true: a warning, the copy still happens; false: an error, nothing is copied
}

// refuse returns an error Problem: nothing is copied.
func refuse(field, key string, args ...string) Problem {
	return Problem{Field: field, Key: key, Args: args}
}

// warn returns a warning Problem: the copy still happens.
func warn(field, key string, args ...string) Problem {
	return Problem{Field: field, Key: key, Args: args, Warn: true}
}

// hasError reports whether any of problems stops the copy.
func hasError(problems []Problem) bool {
	for _, p := range problems {
		if !p.Warn {
			return true
		}
	}
	return false
}
