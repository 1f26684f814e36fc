package guide

import (
	"strings"

	"tokenhelper/wasm/message"
)

// resetLabels are the reset button's title or value in the UI languages
// we know of (third-party translations, docs/salesforce-pages.md §4.3).
// They only break ties: without them the first button that is not Cancel
// is chosen, which is Classic's order for the primary action.
var resetLabels = []string{
	"reset security token",               // en
	"sicherheits-token zurücksetzen",     // de
	"sicherheitstoken zurücksetzen",      // de, the other spelling
	"réinitialiser le jeton de sécurité", // fr
	"restablecer token de seguridad",     // es
	"redefinir token de segurança",       // pt-BR
	"セキュリティトークンのリセット",                    // ja
}

var cancelLabels = []string{"cancel", "abbrechen", "annuler", "cancelar", "キャンセル"}

// pickButton chooses the reset page's submit button: among the buttons
// of a form that posts to the reset, else among all the page's buttons.
func pickButton(ms []message.Match) (message.Ref, bool) {
	if r, ok := pickButtonOf(ms, ruleResetForm); ok {
		return r, true
	}
	return pickButtonOf(ms, ruleButton)
}

func pickButtonOf(ms []message.Match, rule int) (message.Ref, bool) {
	var first *message.Match
	for i := range ms {
		m := &ms[i]
		if m.Rule != rule || isCancel(m) {
			continue
		}
		if labelled(m, resetLabels) {
			return ref(m), true
		}
		if first == nil {
			first = m
		}
	}
	if first == nil {
		return message.Ref{Rule: -1}, false
	}
	return ref(first), true
}

func isCancel(m *message.Match) bool {
	return strings.EqualFold(m.Name, "cancel") || labelled(m, cancelLabels)
}

func labelled(m *message.Match, labels []string) bool {
	for _, l := range labels {
		if strings.EqualFold(strings.TrimSpace(m.Title), l) || strings.EqualFold(strings.TrimSpace(m.Value), l) {
			return true
		}
	}
	return false
}
