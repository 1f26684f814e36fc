// Package clients knows how common Salesforce clients take the security
// token: appended to the password, or in a field of its own.
package clients

// How a client takes the token.
type How int

const (
	Appended How = iota // password + token in the password field
	Separate            // a security-token field of its own
	Either              // either, but not both
)

// Client is one client and how it takes the token.
type Client struct {
	Name string
	How  How
}

// All lists the clients the popup shows, with the sources named in
// docs/salesforce-pages.md §9.
var All = []Client{
	{"Data Loader", Appended},
	{"Workbench", Appended},
	{"jsforce", Appended},
	{"SOAP API login()", Appended},
	{"Salesforce for Outlook", Appended},
	{"DemandTools", Appended},
	{"TIBCO BW", Appended},
	{"simple_salesforce", Separate},
	{"MuleSoft", Separate},
	{"Azure Data Factory", Separate},
	{"Devart, FuseIT, Brobench", Separate},
	{"Progress DataDirect", Either},
}

// HowKey is the message key that says how c takes the token.
func (c Client) HowKey() string {
	switch c.How {
	case Separate:
		return "clientSeparate"
	case Either:
		return "clientEither"
	}
	return "clientAppended"
}
