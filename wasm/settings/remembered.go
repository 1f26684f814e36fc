package settings

import "tokenhelper/wasm/message"

// TokenKey is the session-storage key of an org's remembered token.
func TokenKey(org string) string { return message.TokenKeyPrefix + org }
