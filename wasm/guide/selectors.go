package guide

// Selectors the content script runs. Their order in a plan is the Rule
// number of a match, so each plan lists them through the rule constants.
const (
	// selResetLink finds the Reset My Security Token entry: the Lightning
	// nav-tree link, the Classic My Settings link, by target or node id.
	selResetLink = `a[href*="/settings/personal/ResetApiToken/"], a[href*="ResetApiTokenEdit"], ` +
		`a[href*="setupid=ResetApiToken"], [data-node-id="ResetApiToken"] a, a#ResetApiToken_font`

	// selSibling finds the other entries of My Personal Information: when
	// they have rendered and the reset entry has not, it is missing.
	selSibling = `a[href*="/settings/personal/PersonalInformation/"], a[href*="/settings/personal/ChangePassword/"], ` +
		`[data-node-id="PersonalInformation"] a, [data-node-id="ChangePassword"] a, ` +
		`a#PersonalInfo_font, a#ChangePassword_font, a#LoginHistory_font`

	// selButton finds the submit buttons of the Classic reset page.
	selButton = `form input[type="submit"], form button[type="submit"], form button:not([type])`

	// selQuickFind is the Quick Find box of the Lightning nav tree and of
	// Classic Setup.
	selQuickFind = `.onesetupSetupNavTree input, input[placeholder="Quick Find"], .tree-filter input.filter-box, ` +
		`div.quickfindContainer input#setupSearch`
)
