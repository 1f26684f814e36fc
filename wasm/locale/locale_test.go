package locale

import "testing"

func TestText(t *testing.T) {
	m := Messages{
		"hello":  {Message: "Hello, $NAME$! You have $COUNT$ new $$ tokens.", Placeholders: map[string]Placeholder{"name": {Content: "$1"}, "Count": {Content: "$2"}}},
		"plain":  {Message: "Cost: $5 or $$5"},
		"direct": {Message: "Org $1 on $2"},
	}
	for _, c := range []struct {
		key  string
		args []string
		want string
	}{
		{"hello", []string{"Ada", "3"}, "Hello, Ada! You have 3 new $ tokens."},
		{"HELLO", []string{"Ada"}, "Hello, Ada! You have  new $ tokens."},
		{"plain", nil, "Cost:  or $5"},
		{"direct", []string{"acme", "sandbox"}, "Org acme on sandbox"},
		{"absent", nil, ""},
	} {
		if got := m.Text(c.key, c.args...); got != c.want {
			t.Errorf("Text(%q, %q) = %q, want %q", c.key, c.args, got, c.want)
		}
	}
}

func TestArgsAreNotExpanded(t *testing.T) {
	m := Messages{"x": {Message: "[$A$]", Placeholders: map[string]Placeholder{"a": {Content: "$1"}}}}
	if got := m.Text("x", "$2 $A$"); got != "[$2 $A$]" {
		t.Errorf("an argument was expanded: %q", got)
	}
}
