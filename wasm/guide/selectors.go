package guide

// Selectors the content script runs. Their order in a plan is the Rule
// number of a match, so each plan lists them through the rule constants.
// Every selector, and how sure we are of it, is in docs/salesforce-pages.md.
const (
	// selResetLink finds the Reset My Security Token entry by what does
	// not change with the UI language: its link target, its node id, its
	// Classic leaf id (docs/salesforce-pages.md §3.6, §5.2).
	selResetLink = `a[href*="/settings/personal/ResetApiToken/"], a[href*="ResetApiTokenEdit"], ` +
		`a[href*="setupid=ResetApiToken"], [data-node-id="ResetApiToken"] a, a#ResetApiToken_font`

	// selSibling finds the other leaves of My Personal Information inside
	// a tree (not the header's link to Personal Information, which is on
	// every page): when they have rendered and the reset entry has not,
	// it is missing. Classic by the leaves' ids, never by the folder's
	// (PersonalInfo_font), which is there even while the folder is
	// closed (docs/salesforce-pages.md §3.6, §5.2).
	selSibling = `[role="treeitem"] a[href*="/settings/personal/PersonalInformation/"], ` +
		`[role="treeitem"] a[href*="/settings/personal/ChangePassword/"], ` +
		`[role="treeitem"] a[href*="/settings/personal/LoginHistory/"], ` +
		`[role="treeitem"] a[href*="/settings/personal/AdvancedUserDetails/"], ` +
		`[role="treeitem"] a[href*="/settings/personal/LanguageAndTimeZone/"], ` +
		`[role="treeitem"] a[href*="/settings/personal/GrantLoginAccess/"], ` +
		`[data-node-id="PersonalInformation"] a, [data-node-id="ChangePassword"] a, ` +
		`a#PersonalInformation_font, a#ChangePassword_font, a#LanguageAndTimeZone_font, a#GrantLoginAccess_font, ` +
		`a#Groups_font, a#Connections_font, a#LoginHistory_font, a#ApproverSettings_font, a#AdvancedUserDetails_font, ` +
		`a#ExternalObjectUserSettings_font`

	// selGroup finds the closed groups of a tree: the expander of each
	// collapsed Lightning parent, and the Classic My Settings folder
	// (docs/salesforce-pages.md §3.3, §5.2). Which one is My Personal
	// Information is decided in Go.
	selGroup = `[role="treeitem"][aria-expanded="false"] button.slds-button, ` +
		`[data-placement="parent"][aria-expanded="false"] button[title], a#PersonalInfo_font`

	// selResetForm finds the submit buttons of a form that posts to the
	// reset itself (docs/salesforce-pages.md §4.2): on the reset page, the
	// reset button is among them whatever its label.
	selResetForm = `form[action*="ResetApiTokenConfirm" i] input[type="submit"], ` +
		`form[action*="ResetApiTokenConfirm" i] button[type="submit"], form[action*="ResetApiTokenConfirm" i] button:not([type])`

	// selButton finds every submit button in a form of the reset page,
	// for a form whose action says nothing.
	selButton = `form input[type="submit"], form button[type="submit"], form button:not([type])`

	// selQuickFind is the Quick Find box of the Lightning nav tree and of
	// Classic Setup, by their language-neutral selectors; the English
	// placeholder last (docs/salesforce-pages.md §3.4). The content script
	// takes the first match in document order: all of these are the box.
	selQuickFind = `.onesetupSetupNavTree input, [class*="onesetupSetupNavTree"] input, .tree-filter input.filter-box, ` +
		`div.quickfindContainer input#setupSearch, input[placeholder="Quick Find"]`
)
