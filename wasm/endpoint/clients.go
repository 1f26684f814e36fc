package endpoint

// Setting is one client's setting: its name, the message key of the
// field it goes in, the value to copy, and a stable id for the page.
type Setting struct {
	ID     string // data-endpoint of the value
	Client string // the client's name, not translated
	Field  string // message key of the field's name in that client
	Value  string
}

// Settings lists what each client wants for e, the two with fixed hooks
// first. Values that do not exist for e (no simple_salesforce domain
// outside salesforce.com) are left out.
func Settings(e Endpoints) []Setting {
	s := []Setting{
		{ID: "login-url", Client: "Data Loader, jsforce", Field: "epFieldLoginURL", Value: e.LoginURL},
	}
	if e.Domain != "" {
		s = append(s, Setting{ID: "simple-salesforce-domain", Client: "simple_salesforce", Field: "epFieldDomain", Value: e.Domain})
	}
	return append(s,
		Setting{ID: "workbench-host", Client: "Workbench", Field: "epFieldWorkbench", Value: e.Host},
		Setting{ID: "soap-endpoint", Client: "JDBC, ETL", Field: "epFieldSOAP", Value: e.SOAPURL},
	)
}
