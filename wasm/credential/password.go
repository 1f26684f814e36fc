package credential

import "unicode/utf8"

// checkPassword looks at the password alone. It never changes it: a space
// at either end is legal in a Salesforce password, so it only warns.
// No Problem about the password carries an argument, so none can leak it.
func checkPassword(password string) []Problem {
	if password == "" {
		return []Problem{refuse(FieldPassword, keyPasswordEmpty)}
	}
	first, _ := utf8.DecodeRuneInString(password)
	last, _ := utf8.DecodeLastRuneInString(password)
	lead, trail := isSpace(first), isSpace(last)
	switch {
	case lead && trail:
		return []Problem{warn(FieldPassword, keyPasswordSpaceBoth)}
	case lead:
		return []Problem{warn(FieldPassword, keyPasswordSpaceLeading)}
	case trail:
		return []Problem{warn(FieldPassword, keyPasswordSpaceTrailing)}
	}
	return nil
}

// repeated reports a password that already ends with the token: the user
// pasted the joined string, or the token twice. With a token that is
// certain, so it is an error. A code is six digits, which a password may end
// with by chance, so it is only a warning.
func repeated(password, tok string, mode Mode) []Problem {
	if !hasSuffixTrimmed(password, tok) {
		return nil
	}
	if mode == ModeMFA {
		return []Problem{warn(FieldPassword, keyPasswordHasCode)}
	}
	return []Problem{refuse(FieldPassword, keyPasswordHasToken)}
}

// hasSuffixTrimmed reports whether password, without blanks at its end,
// ends with tok.
func hasSuffixTrimmed(password, tok string) bool {
	p := trimBlank(password)
	return len(p) >= len(tok) && p[len(p)-len(tok):] == tok
}

// passwordMin is the shortest password compared with the token field:
// Salesforce's default minimum length. A shorter one could be the start of a
// token, or a code, by chance.
const passwordMin = 8

// misplaced reports the password pasted into the token field, alone or with
// the token after it.
func misplaced(password, input string) []Problem {
	p, v := trimBlank(password), trimBlank(input)
	switch {
	case utf8.RuneCountInString(p) < passwordMin || len(v) < len(p) || v[:len(p)] != p:
		return nil
	case len(v) == len(p):
		return []Problem{refuse(FieldToken, keyTokenIsPassword)}
	}
	return []Problem{refuse(FieldToken, keyTokenHasPassword)}
}
