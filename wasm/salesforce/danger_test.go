package salesforce

import "testing"

func TestDangerous(t *testing.T) {
	yes := []string{
		"https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenConfirm?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&setupid=ResetApiToken",
		"/_ui/system/security/ResetApiTokenConfirm",
		"RESETAPITOKENCONFIRM",
		"resetapitokenconfirm",
		"https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home?url=%2F_ui%2Fsystem%2Fsecurity%2FResetApiTokenConfirm%3FretURL%3D%252Fui%252Fsetup%26setupid%3DResetApiToken",
		"%52esetApiTokenConfirm",                    // once: R
		"ResetApiToken%43onfirm",                    // once: C
		"ResetApiToken%2543onfirm",                  // twice
		"ResetApiToken%252543onfirm",                // three times
		"%2552%2565%2573%2565%2574ApiTokenConfirm",  // twice, several letters
		"ResetApiToken%63ONFIRM",                    // lower-case escape of c
		"Reset%41pi%54oken%43onfirm",                // several escapes
		"%zzResetApiToken%43onfirm",                 // a malformed escape before it
		"ResetApiTo\u212aenConfirm",                 // Kelvin sign
		"ResetApiTo%E2%84%AAenConfirm",              // Kelvin sign, encoded
		"ResetApiTokenConfırm",                      // dotless i
		"Re\u017fetApiTokenConfirm",                 // long s
		"ResetApiToken" + nested("C", 9) + "onfirm", // too deep to decode: dangerous
	}
	for _, s := range yes {
		if !Dangerous(s) {
			t.Errorf("Dangerous(%q) = false", s)
		}
	}
	no := []string{
		"",
		"https://acme.lightning.force.com/lightning/settings/personal/ResetApiToken/home",
		"https://acme.my.salesforce.com/_ui/system/security/ResetApiTokenEdit?retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo&setupid=ResetApiToken",
		"ResetApiToken Confirm",
		"ResetApiTokenConfirn",
		"ResetApiToken%4",
		"ResetApiToken%",
		"%",
		"%%%",
		"ResetApiToken%%43onfirm", // decodes to "ResetApiToken%Confirm"
		"ResetApiToken" + nested("C", 7) + "onfirn",
	}
	for _, s := range no {
		if Dangerous(s) {
			t.Errorf("Dangerous(%q) = true", s)
		}
	}
}

// nested percent-encodes s n times.
func nested(s string, n int) string {
	for range n {
		var b []byte
		for i := 0; i < len(s); i++ {
			b = append(b, '%', "0123456789ABCDEF"[s[i]>>4], "0123456789ABCDEF"[s[i]&15])
		}
		s = string(b)
	}
	return s
}

func TestUnescapeLoose(t *testing.T) {
	for in, want := range map[string]string{
		"":          "",
		"abc":       "abc",
		"%41":       "A",
		"%4":        "%4",
		"%zz%41":    "%zzA",
		"%2541":     "%41",
		"a%20b%":    "a b%",
		"%%41":      "%A",
		"%e2%84%aa": "\u212a",
	} {
		if got := unescapeLoose(in); got != want {
			t.Errorf("unescapeLoose(%q) = %q, want %q", in, got, want)
		}
	}
}
