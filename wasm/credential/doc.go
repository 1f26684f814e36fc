// Package credential turns what a user pastes into the popup into the string
// a desktop or API client wants as its password: the Salesforce password with
// the security token appended, nothing between them.
//
// The token reaches the user only by email ("Security token
// (case-sensitive): …"), so the token field accepts the bare token, that
// line, or the whole email, and Extract finds the token in it. When the user
// has the "MFA for API logins" permission, the 6-digit code of an
// authenticator app takes the token's place (ModeMFA).
//
// Check and Token never guess: anything that is not plainly a token (or a
// code) is refused with a Problem naming what is wrong, in a message key of
// extension/_locales/en/credential.json. The password is copied as typed,
// never trimmed, and never appears in a Problem.
//
// The package is pure (no syscall/js) and avoids fmt, regexp and
// encoding/json, because it is compiled into the extension's WASM binary.
package credential
