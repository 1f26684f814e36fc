package credential

// Message keys, one per distinct mistake, each in
// extension/_locales/en/credential.json with as many placeholders as the
// Problem has Args (listed after each key, in order).
const (
	// The password field.
	keyPasswordEmpty         = "credPasswordEmpty"
	keyPasswordSpaceLeading  = "credPasswordSpaceLeading"  // warning
	keyPasswordSpaceTrailing = "credPasswordSpaceTrailing" // warning
	keyPasswordSpaceBoth     = "credPasswordSpaceBoth"     // warning
	keyPasswordHasToken      = "credPasswordHasToken"
	keyPasswordHasCode       = "credPasswordHasCode" // warning

	// The token field, in either mode.
	keyTokenIsPassword  = "credTokenIsPassword"
	keyTokenHasPassword = "credTokenHasPassword"

	// The token field, ModeToken.
	keyTokenEmpty     = "credTokenEmpty"
	keyTokenNoLine    = "credTokenNoLine"
	keyTokenLineEmpty = "credTokenLineEmpty"
	keyTokenIsCode    = "credTokenIsCode"
	keyTokenQuotes    = "credTokenQuotes"
	keyTokenSpace     = "credTokenSpace"     // position
	keyTokenTrailing  = "credTokenTrailing"  // character
	keyTokenChar      = "credTokenChar"      // character, position
	keyTokenLookalike = "credTokenLookalike" // character, code point, position
	keyTokenInvisible = "credTokenInvisible" // code point, position
	keyTokenTwice     = "credTokenTwice"
	keyTokenShort     = "credTokenShort"  // length
	keyTokenLong      = "credTokenLong"   // length
	keyTokenLength    = "credTokenLength" // length; warning

	// The token field, ModeMFA.
	keyCodeEmpty     = "credCodeEmpty"
	keyCodeIsToken   = "credCodeIsToken"
	keyCodeSpace     = "credCodeSpace"     // position
	keyCodeChar      = "credCodeChar"      // character, position
	keyCodeLookalike = "credCodeLookalike" // character, code point, position
	keyCodeInvisible = "credCodeInvisible" // code point, position
	keyCodeShort     = "credCodeShort"     // digit count
	keyCodeLong      = "credCodeLong"      // digit count
)
