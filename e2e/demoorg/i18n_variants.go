//go:build !js

package demoorg

import "strings"

// variantTexts are the labels of a language or spelling beyond the three
// of texts, for the orgs that show detection does not read labels: where
// a key is missing here, the base language's text (or English) is used.
// The labels of the entry and the button are the third-party
// translations of docs/salesforce-pages.md §4.3; the rest is this
// fixture's own wording.
var variantTexts = map[string]map[string]string{
	// Portuguese (Brazil).
	"pt-BR": {
		"sec.personal":             "MINHAS INFORMAÇÕES PESSOAIS",
		"grp.personal":             "Minhas informações pessoais",
		"item.PersonalInformation": "Informações pessoais",
		"item.ChangePassword":      "Alterar minha senha",
		"item.ResetApiToken":       "Redefinir meu token de segurança",
		"ctitle.ResetApiToken":     "Redefinir token de segurança",
		"confirm.title":            "Redefinir token de segurança",
		"btn.reset":                "Redefinir token de segurança",
		"btn.cancel":               "Cancelar",
		"quickfind":                "Busca rápida",
		"expand":                   "Expandir",
		"settings":                 "Configurações",
	},
	// German with the other spelling of the token ("Sicherheitstoken",
	// not "Sicherheits-Token"); a private-use tag, since the language is
	// the same.
	"de-x-alt": {
		"item.ResetApiToken":   "Mein Sicherheitstoken zurücksetzen",
		"ctitle.ResetApiToken": "Sicherheitstoken zurücksetzen",
		"confirm.title":        "Sicherheitstoken zurücksetzen",
		"btn.reset":            "Sicherheitstoken zurücksetzen",
	},
}

// variantText is the text of key in a variant language, if it has one.
func variantText(lang, key string) (string, bool) {
	s, ok := variantTexts[lang][key]
	return s, ok
}

// baseLang is the language of texts a variant falls back to.
func baseLang(lang string) string {
	if strings.HasPrefix(lang, "de-") {
		return "de"
	}
	return lang
}
