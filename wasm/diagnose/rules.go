package diagnose

// rule is one explanation: the codes and phrases that lead to it, its
// cause, its text, who can act and which pages help.
type rule struct {
	cause   string
	key     string // message key of the cause and what to do
	who     string
	codes   []string // SOAP fault codes
	phrases []string // texts of faultstrings, Login History statuses and browser errors, any case
	links   []page
	retire  bool
	weak    bool // the codes mean several things: phrases decide first
}

// Indexes into rules of the rules looked up directly.
const (
	ruleUnknown = iota
	ruleOAuthBlocked
	ruleFrozen
)

// rules, from the fault texts and Login History statuses of facts §8 and
// §11. Phrases are tried in this order, so the more specific come first:
// "Invalid password" is a Login History status, while INVALID_LOGIN's text
// says "Invalid username, password".
var rules = []rule{
	ruleUnknown: {cause: Unknown, key: "diagUnknown", who: WhoUser, links: []page{pageHistory}, retire: true},
	ruleOAuthBlocked: {cause: OAuthFlowBlocked, key: "diagOAuthBlocked", who: WhoAdmin,
		phrases: []string{"Username-Password Flow Disabled"}, retire: true},
	ruleFrozen: {cause: Frozen, key: "diagFrozen", who: WhoAdmin,
		phrases: []string{"User is frozen", "User is inactive", "inactive user"}},

	{cause: SOAPLoginVersion, key: "diagSOAPVersion", who: WhoUser,
		phrases: []string{"not available in the API version"}, retire: true},
	{cause: SOAPLoginDisabled, key: "diagSOAPDisabled", who: WhoAdmin,
		codes: []string{"INVALID_OPERATION"}, phrases: []string{"SOAP API login() is disabled"}, links: []page{pageUI}, retire: true, weak: true},
	{cause: PasswordExpired, key: "diagExpired", who: WhoUser,
		codes: []string{"INVALID_OPERATION_WITH_EXPIRED_PASSWORD"}, phrases: []string{"password has expired"}},
	{cause: TokenMissing, key: "diagTokenMissing", who: WhoUser,
		codes: []string{"LOGIN_MUST_USE_SECURITY_TOKEN"}, phrases: []string{"API security token required"}, links: []page{pageReset, pageHistory}, retire: true},
	{cause: TokenMissing, key: "diagMFA", who: WhoUser,
		phrases: []string{"Two-factor required"}, links: []page{pageHistory}},
	{cause: Lockout, key: "diagLockout", who: WhoAdmin,
		codes: []string{"PASSWORD_LOCKOUT"}, phrases: []string{"Password lockout"}, links: []page{pageHistory}},
	{cause: Lockout, key: "diagRate", who: WhoUser,
		codes: []string{"REQUEST_LIMIT_EXCEEDED"}, phrases: []string{"Login rate exceeded"}, links: []page{pageHistory}},
	{cause: InvalidLogin, key: "diagInvalidPassword", who: WhoUser,
		phrases: []string{"Invalid password"}, links: []page{pageHistory}, retire: true},
	{cause: RestrictedIP, key: "diagRestrictedIP", who: WhoAdmin,
		phrases: []string{"Restricted IP"}, links: []page{pageProfiles, pageSession, pageHistory}},
	{cause: RestrictedIP, key: "diagRestrictedDomain", who: WhoAdmin,
		codes: []string{"LOGIN_DURING_RESTRICTED_DOMAIN"}, phrases: []string{"cannot log in from current domain"}, links: []page{pageHistory}},
	{cause: RestrictedTime, key: "diagRestrictedTime", who: WhoAdmin,
		codes: []string{"LOGIN_DURING_RESTRICTED_TIME"}, phrases: []string{"Restricted time"}, links: []page{pageProfiles, pageHistory}},
	{cause: MissingPermission, key: "diagPermission", who: WhoAdmin,
		codes: []string{"INSUFFICIENT_ACCESS"}, phrases: []string{"Use Any API Auth"}, links: []page{pageProfiles}, retire: true},
	{cause: MissingPermission, key: "diagAPIOnly", who: WhoAdmin,
		phrases: []string{"API-only user"}, links: []page{pageProfiles}},
	{cause: APIDisabledUser, key: "diagAPIUser", who: WhoAdmin,
		codes: []string{"API_CURRENTLY_DISABLED"}, phrases: []string{"API is disabled for this User"}, links: []page{pageProfiles}},
	{cause: APIDisabledOrg, key: "diagAPIOrg", who: WhoSupport,
		codes: []string{"API_DISABLED_FOR_ORG"}, phrases: []string{"API is not enabled for this Organization"}},
	{cause: APIDisabledOrg, key: "diagOrgLocked", who: WhoSupport,
		codes: []string{"ORG_LOCKED", "TRIAL_EXPIRED"}},
	{cause: SSO, key: "diagSSO", who: WhoAdmin,
		codes: []string{"INVALID_SSO_GATEWAY_URL"}, phrases: []string{"single sign on gateway"}, retire: true},
	{cause: InvalidLogin, key: "diagInvalidLogin", who: WhoUser,
		codes: []string{"INVALID_LOGIN"}, phrases: []string{"Invalid username, password, security token"}, links: []page{pageHistory}, retire: true},
	{cause: Unknown, key: "diagUnknownException", who: WhoUser,
		codes: []string{"UNKNOWN_EXCEPTION"}},
	{cause: Unknown, key: "diagNetwork", who: WhoUser,
		phrases: []string{"Failed to fetch", "NetworkError when attempting to fetch"}},
}

// byCode maps each fault code to its rule.
var byCode = func() map[string]int {
	m := map[string]int{}
	for i, r := range rules {
		for _, c := range r.codes {
			m[c] = i
		}
	}
	return m
}()
