package settings

// TokenKeyPrefix begins the chrome.storage.session key of every token the
// user asked to remember: the popup writes them, the worker forgets them
// all when a policy forbids remembering.
const TokenKeyPrefix = "token "

// TokenKey is the session-storage key of an org's remembered token.
func TokenKey(org string) string { return TokenKeyPrefix + org }
