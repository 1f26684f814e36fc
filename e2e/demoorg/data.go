//go:build !js

package demoorg

import "fmt"

const (
	resetRetURL     = "%2Fui%2Fsetup%2FSetup%3Fsetupid%3DPersonalInfo"
	resetEditPath   = "/_ui/system/security/ResetApiTokenEdit"
	resetConfirm    = "/_ui/system/security/ResetApiTokenConfirm"
	resetEditURL    = resetEditPath + "?retURL=" + resetRetURL + "&setupid=ResetApiToken"
	resetConfirmURL = resetConfirm + "?retURL=" + resetRetURL + "&setupid=ResetApiToken"
	// resetConfirmAction is where the reset form posts: straight to the
	// confirmation, with the retURL of the URL seen after a reset
	// (docs/salesforce-pages.md §4.2, §4.4).
	resetConfirmAction = resetConfirm + "?retURL=%2Fsetup%2FpersonalInformationSetup.apexp&setupid=ResetApiToken"
	userRecordID       = "005000000000001AAA"
)

// navNode is a node of a Lightning nav tree (personal settings or Setup).
// A node without Children is a leaf: a page with Classic content (Classic
// set) or native Lightning content (Classic empty).
type navNode struct {
	ID       string
	Classic  string // Classic path framed in the content area, "" = native page
	Children []*navNode
}

type navSection struct {
	Header string // text key of the section header, "" = none
	Nodes  []*navNode
}

func leaf(id, classic string) *navNode { return &navNode{ID: id, Classic: classic} }

func parent(id string, kids ...*navNode) *navNode { return &navNode{ID: id, Children: kids} }

// personalTree is the personal settings tree (/lightning/settings/personal/).
var personalTree = []navSection{
	{"sec.personal", []*navNode{parent("PersonalInfo",
		leaf("PersonalInformation", "/setup/personalInformationSetup.apexp?setupid=PersonalInfo"),
		leaf("AdvancedUserDetails", "/"+userRecordID+"?noredirect=1&isUserEntityOverride=1&setupid=AdvancedUserDetails"),
		leaf("ChangePassword", "/_ui/system/security/ChangePassword?setupid=ChangePassword"),
		leaf("GrantLoginAccess", "/setup/user/grantLoginAccess.apexp?setupid=GrantLoginAccess"),
		leaf("LanguageAndTimeZone", "/_ui/system/user/LanguageTimeZoneSetup?setupid=LanguageAndTimeZone"),
		leaf("LoginHistory", "/setup/personalLoginHistory.apexp?setupid=LoginHistory"),
		leaf("ResetApiToken", resetEditURL),
	)}},
	{"sec.display", []*navNode{parent("DisplayLayout",
		leaf("CustomizeTabs", "/p/setup/layout/CustomizeTabs?setupid=CustomizeTabs"),
		leaf("DisplayDensity", ""),
	)}},
	{"sec.email", []*navNode{parent("Email",
		leaf("EmailSettings", "/_ui/core/email/author/EmailSettings?setupid=EmailSettings"),
		leaf("EmailToSalesforceUserSetup", "/email-admin/services/emailToSalesforceUserSetup.apexp?setupid=EmailToSalesforceUserSetup"),
	)}},
	{"sec.calendar", []*navNode{parent("CalendarReminders",
		leaf("ActivityReminders", ""),
	)}},
}

// setupTree is the Lightning Setup tree (/lightning/setup/).
var setupTree = []navSection{
	{"", []*navNode{
		leaf("SetupOneHome", ""),
		leaf("ReleaseUpdates", ""),
	}},
	{"sec.admin", []*navNode{
		parent("Users",
			leaf("ManageUsers", "/005?isUserEntityOverride=1&retURL=%2Fui%2Fsetup%2FSetup%3Fsetupid%3DUsers&setupid=ManageUsers"),
			leaf("EnhancedProfiles", "/00e?setupid=EnhancedProfiles"),
			leaf("PermSets", "/0PS?setupid=PermSets"),
		),
		parent("Data",
			leaf("DataManagementExport", "/ui/setup/export/DataExportPage/d?setupid=DataManagementExport"),
		),
	}},
	{"sec.platform", []*navNode{
		parent("Apps",
			leaf("NavigationMenus", ""),
		),
	}},
	{"sec.settings", []*navNode{
		parent("CompanySettings",
			leaf("CompanyProfileInfo", "/00D000000000001AAA?setupid=CompanyProfileInfo"),
		),
		parent("Security",
			leaf("SecuritySession", "/_ui/system/security/SessionSettings?setupid=SecuritySession"),
			leaf("NetworkAccess", "/05G?setupid=NetworkAccess"),
			leaf("SecurityHealthCheck", ""),
		),
	}},
}

// labelKey is the text key of a node's label.
func labelKey(n *navNode) string {
	if len(n.Children) > 0 {
		return "grp." + n.ID
	}
	return "item." + n.ID
}

// personalGroupKeys maps the personal parents to their labels.
var personalGroupKeys = map[string]string{
	"PersonalInfo":      "grp.personal",
	"DisplayLayout":     "grp.display",
	"Email":             "grp.email",
	"CalendarReminders": "grp.calendar",
}

// shellItem is what the Lightning shell script knows about a page.
type shellItem struct {
	Label   string `json:"label"`
	Title   string `json:"title"`             // Classic page title (iframe title prefix)
	Classic string `json:"classic,omitempty"` // framed Classic path; empty = native content
}

// tree view model for the templates
type viewSection struct {
	Header string
	Nodes  []viewNode
}

type viewNode struct {
	ID       string
	NodeID   bool // render data-node-id
	Label    string
	Href     string
	Level    int
	Expanded bool
	Selected bool
	Expand   string // title of the expander button
	Children []viewNode
}

// classicTitle is the title of the Classic page framed for a node.
func classicTitle(o *org, id string) string {
	switch id {
	case "ResetApiToken", "ChangePassword":
		return tr(o.Lang, "ctitle."+id)
	case "AdvancedUserDetails":
		return fmt.Sprintf(tr(o.Lang, "ctitle."+id), o.User.Name)
	}
	return tr(o.Lang, "item."+id)
}

// buildTree makes the view model and the item table of a nav tree for an org.
// prefix is "/lightning/settings/personal/" or "/lightning/setup/".
func buildTree(o *org, tree []navSection, prefix, current string, personal bool, v variant) ([]viewSection, map[string]shellItem) {
	items := map[string]shellItem{}
	var out []viewSection
	for _, sec := range tree {
		vs := viewSection{}
		if sec.Header != "" {
			vs.Header = tr(o.Lang, sec.Header)
		}
		for _, n := range sec.Nodes {
			vs.Nodes = append(vs.Nodes, buildNode(o, n, prefix, current, personal, 1, items, v))
		}
		out = append(out, vs)
	}
	return out, items
}

func buildNode(o *org, n *navNode, prefix, current string, personal bool, level int, items map[string]shellItem, vr variant) viewNode {
	if len(n.Children) == 0 {
		label := tr(o.Lang, labelKey(n))
		items[n.ID] = shellItem{Label: label, Title: classicTitle(o, n.ID), Classic: n.Classic}
		return viewNode{ID: n.ID, NodeID: vr.NodeIDs, Label: label, Href: prefix + n.ID + "/home", Level: level, Selected: n.ID == current}
	}
	key := labelKey(n)
	if k, ok := personalGroupKeys[n.ID]; ok && personal {
		key = k
	}
	// Closed groups (th_collapse) open only around the current page.
	v := viewNode{ID: n.ID, NodeID: vr.NodeIDs, Label: tr(o.Lang, key), Level: level, Expanded: personal && vr.Collapse == "", Expand: tr(o.Lang, "expand")}
	for _, c := range n.Children {
		if c.ID == "ResetApiToken" && !o.HasReset {
			// Login IP Ranges on the profile: the entry is not in the tree,
			// but the page itself still exists (Insufficient Privileges).
			label := tr(o.Lang, labelKey(c))
			items[c.ID] = shellItem{Label: label, Title: tr(o.Lang, "insufficient.title"), Classic: c.Classic}
			continue
		}
		cv := buildNode(o, c, prefix, current, personal, level+1, items, vr)
		if cv.Selected {
			v.Expanded = true
		}
		v.Children = append(v.Children, cv)
	}
	return v
}

// Record fixtures ---------------------------------------------------------

type field struct{ Label, Value string }

type account struct {
	ID, Name, Type, Industry, Phone, City, Owner, Website string
}

var accounts = []account{
	{"001000000000001AAA", "Acme Corporation", "Customer - Direct", "Manufacturing", "(415) 555-0100", "San Francisco", "Alex Admin", "www.acme.example"},
	{"001000000000002AAA", "Burlington Textiles Corp of America", "Customer - Direct", "Apparel", "(336) 222-7000", "Burlington", "Alex Admin", "www.burlington.example"},
	{"001000000000003AAA", "Dickenson plc", "Customer - Channel", "Consulting", "(785) 241-6200", "Lawrence", "Alex Admin", "dickenson.example"},
	{"001000000000004AAA", "Edge Communications", "Customer - Direct", "Electronics", "(512) 757-6000", "Austin", "Alex Admin", "edgecomm.example"},
	{"001000000000005AAA", "Express Logistics and Transport", "Customer - Channel", "Transportation", "(503) 421-7800", "Portland", "Alex Admin", "www.expresslt.example"},
	{"001000000000006AAA", "GenePoint", "Customer - Channel", "Biotechnology", "(650) 867-3450", "Mountain View", "Alex Admin", "www.genepoint.example"},
	{"001000000000007AAA", "Grand Hotels & Resorts Ltd", "Customer - Direct", "Hospitality", "(312) 596-1000", "Chicago", "Alex Admin", "www.grandhotels.example"},
	{"001000000000008AAA", "Pyramid Construction Inc.", "Customer - Channel", "Construction", "(014) 427-4427", "Paris", "Alex Admin", "www.pyramid.example"},
	{"001000000000009AAA", "sForce", "Prospect", "Technology", "(415) 901-7000", "San Francisco", "Alex Admin", "www.sforce.example"},
	{"001000000000010AAA", "United Oil & Gas Corp.", "Customer - Direct", "Energy", "(212) 842-5500", "New York", "Alex Admin", "www.uos.example"},
	{"001000000000011AAA", "United Oil & Gas, Singapore", "Customer - Direct", "Energy", "(650) 450-8810", "Singapore", "Alex Admin", "www.uos.example"},
	{"001000000000012AAA", "United Oil & Gas, UK", "Customer - Direct", "Energy", "+44 191 4956203", "London", "Alex Admin", "www.uos.example"},
	{"001000000000013AAA", "University of Arizona", "Customer - Direct", "Education", "(520) 773-9050", "Tucson", "Alex Admin", "www.universityofarizona.example"},
	{"001000000000014AAA", "Blue Harbor Analytics", "Prospect", "Technology", "(206) 555-0142", "Seattle", "Alex Admin", "blueharbor.example"},
	{"001000000000015AAA", "Northwind Traders", "Customer - Channel", "Retail", "(425) 555-0199", "Redmond", "Alex Admin", "northwind.example"},
	{"001000000000016AAA", "Contoso Pharmaceuticals", "Prospect", "Healthcare", "(617) 555-0110", "Boston", "Alex Admin", "contoso.example"},
	{"001000000000017AAA", "Fabrikam Robotics", "Customer - Direct", "Machinery", "(303) 555-0175", "Denver", "Alex Admin", "fabrikam.example"},
	{"001000000000018AAA", "Tailspin Aviation", "Customer - Channel", "Transportation", "(214) 555-0168", "Dallas", "Alex Admin", "tailspin.example"},
	{"001000000000019AAA", "Wide World Importers", "Customer - Direct", "Wholesale", "(305) 555-0123", "Miami", "Alex Admin", "wideworld.example"},
	{"001000000000020AAA", "Woodgrove Bank", "Prospect", "Banking", "(704) 555-0190", "Charlotte", "Alex Admin", "woodgrove.example"},
}

var recordFields = []field{
	{"Account Owner", "Alex Admin"}, {"Rating", "Hot"},
	{"Account Name", "Acme Corporation"}, {"Phone", "(415) 555-0100"},
	{"Parent Account", ""}, {"Fax", "(415) 555-0101"},
	{"Account Number", "CD451796"}, {"Website", "www.acme.example"},
	{"Account Site", "Headquarters"}, {"Ticker Symbol", "ACME"},
	{"Type", "Customer - Direct"}, {"Ownership", "Public"},
	{"Industry", "Manufacturing"}, {"Employees", "12,000"},
	{"Annual Revenue", "$950,000,000"}, {"SIC Code", "3571"},
	{"Billing Address", "1 Market Street, San Francisco, CA 94105, USA"}, {"Shipping Address", "1 Market Street, San Francisco, CA 94105, USA"},
	{"Customer Priority", "High"}, {"SLA", "Gold"},
	{"SLA Expiration Date", "12/31/2026"}, {"SLA Serial Number", "5367"},
	{"Number of Locations", "48"}, {"Upsell Opportunity", "Maybe"},
	{"Active", "Yes"}, {"Created By", "Alex Admin, 1/14/2025 9:12 AM"},
	{"Last Modified By", "Alex Admin, 6/3/2025 4:40 PM"}, {"Description", "Makes everything. Demo record of the token helper demo org."},
}

type contact struct{ Name, Title, Email, Phone string }

var recordContacts = []contact{
	{"Rose Gonzalez", "SVP, Procurement", "rose@acme.example", "(415) 555-0111"},
	{"Sean Forbes", "CFO", "sean@acme.example", "(415) 555-0112"},
	{"Jack Rogers", "VP, Facilities", "jack@acme.example", "(415) 555-0113"},
	{"Pat Stumuller", "SVP, Administration and Finance", "pat@acme.example", "(415) 555-0114"},
	{"Andy Young", "SVP, Operations", "andy@acme.example", "(415) 555-0115"},
	{"Tim Barr", "SVP, Administration and Finance", "tim@acme.example", "(415) 555-0116"},
	{"John Bond", "VP, Facilities", "john@acme.example", "(415) 555-0117"},
	{"Stella Pavlova", "SVP, Production", "stella@acme.example", "(415) 555-0118"},
}

type opportunity struct{ Name, Stage, Amount, Close string }

var recordOpps = []opportunity{
	{"Acme - 1,200 Widgets", "Value Proposition", "$140,000.00", "7/14/2026"},
	{"Acme - 200 Widgets", "Prospecting", "$20,000.00", "8/2/2026"},
	{"Acme - 600 Widgets", "Negotiation/Review", "$70,000.00", "6/30/2026"},
	{"Acme - Installation", "Closed Won", "$35,000.00", "3/1/2026"},
	{"Acme - Service Renewal", "Proposal/Price Quote", "$55,000.00", "9/15/2026"},
	{"Acme - Training", "Qualification", "$12,500.00", "10/1/2026"},
}

type caseRow struct{ Number, Subject, Status, Priority string }

var recordCases = []caseRow{
	{"00001001", "Widget jammed on start", "New", "High"},
	{"00001002", "Invoice address wrong", "Working", "Medium"},
	{"00001003", "Request for spare parts", "Closed", "Low"},
	{"00001004", "Seeking guidance on electrical wiring", "Escalated", "High"},
	{"00001005", "Maintenance schedule question", "New", "Low"},
}

type loginRow struct{ Time, Type, IP, Status, App string }

var loginHistory = []loginRow{
	{"6/3/2025 4:38:12 PM GMT", "Application", "203.0.113.24", "Success", "Browser"},
	{"6/3/2025 9:02:55 AM GMT", "Application", "203.0.113.24", "Success", "Browser"},
	{"6/2/2025 5:41:07 PM GMT", "Other Apex API", "198.51.100.7", "Failed: API security token required", "Data Loader"},
	{"6/2/2025 5:40:49 PM GMT", "Other Apex API", "198.51.100.7", "Failed: API security token required", "Data Loader"},
	{"6/2/2025 8:55:31 AM GMT", "Application", "203.0.113.24", "Success", "Browser"},
	{"5/30/2025 2:17:44 PM GMT", "Remote Access 2.0", "203.0.113.24", "Success", "Salesforce CLI"},
	{"5/30/2025 8:49:03 AM GMT", "Application", "203.0.113.24", "Success", "Browser"},
	{"5/29/2025 7:12:26 PM GMT", "Application", "192.0.2.55", "Success", "Browser"},
}
