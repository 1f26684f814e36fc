package credential

import "strings"

// Check validates password and the token field's raw input in a mode and returns the string to copy (password + token, nothing
// between) and the problems. joined is "" whenever any problem is an error (Warn false). The password is never changed.
//
// Problems about the password come first, then the one about the token
// field, then one about the two together.
func Check(password, tokenInput string, mode Mode) (joined string, problems []Problem) {
	problems = checkPassword(password)
	tok, tp := secondPart(password, tokenInput, mode)
	problems = append(problems, tp...)
	if tok != "" {
		problems = append(problems, repeated(password, tok, mode)...)
	}
	problems = scrub(problems, password)
	if hasError(problems) {
		return "", problems
	}
	return password + tok, problems
}

// Token returns just the validated token/code (for "copy token only"), with the same rules for the token field.
func Token(tokenInput string, mode Mode) (token string, problems []Problem) {
	return secondPart("", tokenInput, mode)
}

// secondPart validates the token field; password, when known, is only used
// to recognise it pasted there.
func secondPart(password, input string, mode Mode) (string, []Problem) {
	if p := misplaced(password, input); p != nil {
		return "", p
	}
	if mode == ModeMFA {
		return checkCode(input)
	}
	return checkTokenField(input)
}

// scrub blanks any argument that contains the password. No argument is
// made from the password, but some are made from the token field, where a
// user may paste anything, and a very short password may even be one of
// the numbers; a message must never show a password, nor hand it to the
// browser's i18n.
func scrub(problems []Problem, password string) []Problem {
	if password == "" {
		return problems
	}
	for _, p := range problems {
		for j, a := range p.Args {
			if strings.Contains(a, password) {
				p.Args[j] = "" // each Problem has its own Args
			}
		}
	}
	return problems
}
