package message

// ReportPart is one document's answer to the popup's page-report request
// (extension/report.js): the structure of the parts of the page that
// detection looks at, never their text.
type ReportPart struct {
	Top   bool         `js:"top"`
	URL   string       `js:"url"`  // the document's scheme, host and path
	Lang  string       `js:"lang"` // the lang attribute of <html>
	Body  string       `js:"body"` // the class attribute of <body>
	Nodes []ReportNode `js:"nodes"`
	Cut   bool         `js:"cut"`   // the document had more than the report holds
	Error string       `js:"error"` // the name of an error the collection hit
}

// ReportNode is one element of a report part, in document order.
type ReportNode struct {
	Depth     int    `js:"depth"`
	Shadow    bool   `js:"shadow"` // the part that starts here lies in an open shadow root
	Tag       string `js:"tag"`    // lower-case tag name, "#shadow-root" for an open shadow root
	ID        string `js:"id"`
	Class     string `js:"class"`
	NodeID    string `js:"nodeId"`
	Expanded  string `js:"expanded"`
	Role      string `js:"role"`
	Placement string `js:"placement"` // data-placement
	Level     string `js:"level"`     // aria-level
	Type      string `js:"type"`      // of an input or button
	Name      string `js:"name"`      // of a submit button
	Link      string `js:"link"`      // a link's, frame's or form's target: scheme, host and path
}
