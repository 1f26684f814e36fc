package endpoint

// Setting is one client setting: the message key that names it and the
// clients that take it, the value to copy, and a stable id for the page.
type Setting struct {
	ID    string // data-endpoint of the value
	Field string // message key of its label
	Value string
}

// Settings lists what each client wants for e, the two with fixed hooks
// first. Values that do not exist for e (no simple_salesforce domain
// outside salesforce.com) are left out.
func Settings(e Endpoints) []Setting {
	s := []Setting{
		{ID: "login-url", Field: "epFieldLoginURL", Value: e.LoginURL},
	}
	if e.Domain != "" {
		s = append(s, Setting{ID: "simple-salesforce-domain", Field: "epFieldDomain", Value: e.Domain})
	}
	return append(s,
		Setting{ID: "workbench-host", Field: "epFieldWorkbench", Value: e.Host},
		Setting{ID: "soap-endpoint", Field: "epFieldSOAP", Value: e.SOAPURL},
	)
}
