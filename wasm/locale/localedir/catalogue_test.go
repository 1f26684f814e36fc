package localedir

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"tokenhelper/wasm/locale"
	"tokenhelper/wasm/message"
	"tokenhelper/wasm/settings"
	"tokenhelper/wasm/tabview"
)

// The tests read the extension's sources from the repository.
const (
	locales   = "../../../extension/_locales"
	extension = "../../../extension"
	wasmDir   = "../.."
	manifest  = "../../../build/manifest.go"
)

// builtKeys are the message keys the code builds by joining a prefix and a
// value, by prefix. Each value is checked against the code that builds it.
var builtKeys = map[string][]string{
	// tabview.envKey: the environments salesforce.Host.Env names.
	"env_": {"production", "sandbox", "scratch", "developer", "patch", "demo", "trailblaze", "free"},
}

// readFiles reads one locale folder file by file, keys as written.
func readFiles(t *testing.T, dir string) map[string]map[string]locale.Message {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no message files in %s (%v)", dir, err)
	}
	out := map[string]map[string]locale.Message{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]locale.Message
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[filepath.Base(f)] = m
	}
	return out
}

func languages(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(locales)
	if err != nil {
		t.Fatal(err)
	}
	var langs []string
	for _, e := range entries {
		if e.IsDir() {
			langs = append(langs, e.Name())
		}
	}
	return langs
}

// Every locale has the files and keys of en, and nothing else.
func TestLocalesHaveEnglishKeys(t *testing.T) {
	en := readFiles(t, filepath.Join(locales, "en"))
	langs := languages(t)
	for _, want := range []string{"en", "de", "fr", "es", "ja"} {
		if !slices.Contains(langs, want) {
			t.Errorf("no locale %s", want)
		}
	}
	for _, lang := range langs {
		if lang == "en" {
			continue
		}
		other := readFiles(t, filepath.Join(locales, lang))
		for file, msgs := range en {
			got, ok := other[file]
			if !ok {
				t.Errorf("%s: no %s", lang, file)
				continue
			}
			for key := range msgs {
				if _, ok := got[key]; !ok {
					t.Errorf("%s/%s: %s is missing", lang, file, key)
				}
			}
			for key := range got {
				if _, ok := msgs[key]; !ok {
					t.Errorf("%s/%s: %s is not in en", lang, file, key)
				}
			}
		}
		for file := range other {
			if _, ok := en[file]; !ok {
				t.Errorf("%s: %s has no counterpart in en", lang, file)
			}
		}
	}
}

// named matches a named placeholder reference, $NAME$.
var named = regexp.MustCompile(`\$([A-Za-z0-9_@]+)\$`)

// Placeholders are the same in every locale: names and contents, all of
// them used by the message, none used without being defined. A message is
// never empty (the browser would show nothing at all).
func TestPlaceholdersAndText(t *testing.T) {
	en, err := Read(filepath.Join(locales, "en"))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range languages(t) {
		m, err := Read(filepath.Join(locales, lang))
		if err != nil {
			t.Fatal(err)
		}
		for key, msg := range m {
			if strings.TrimSpace(msg.Message) == "" {
				t.Errorf("%s: %s is empty", lang, key)
			}
			defined := placeholders(msg)
			refs := map[string]bool{}
			for _, r := range named.FindAllStringSubmatch(msg.Message, -1) {
				refs[strings.ToLower(r[1])] = true
			}
			for name := range refs {
				if _, ok := defined[name]; !ok {
					t.Errorf("%s: %s uses $%s$, which it does not define", lang, key, strings.ToUpper(name))
				}
			}
			for name := range defined {
				if !refs[name] {
					t.Errorf("%s: %s defines $%s$ but does not use it", lang, key, strings.ToUpper(name))
				}
			}
			if ref, ok := en[key]; ok && lang != "en" {
				want := placeholders(ref)
				if !maps.Equal(defined, want) {
					t.Errorf("%s: %s has placeholders %v, en has %v", lang, key, defined, want)
				}
			}
		}
	}
}

// placeholders maps a message's placeholder names, lower-cased as browsers
// compare them, to their contents.
func placeholders(m locale.Message) map[string]string {
	out := map[string]string{}
	for name, p := range m.Placeholders {
		out[strings.ToLower(name)] = p.Content
	}
	return out
}

// Every key the code uses is in the catalogue, and every key in the
// catalogue is used somewhere.
func TestKeysUsedAndDefined(t *testing.T) {
	var keys []string // as written in the en files
	for _, msgs := range readFiles(t, filepath.Join(locales, "en")) {
		for key := range msgs {
			keys = append(keys, key)
		}
	}
	defined := map[string]bool{}
	for _, key := range keys {
		defined[strings.ToLower(key)] = true // browsers ignore the case
	}
	used := map[string]string{} // lower-cased key -> where it is used
	add := func(found map[string]string) {
		for key, where := range found {
			if _, ok := used[strings.ToLower(key)]; !ok {
				used[strings.ToLower(key)] = where
			}
		}
	}
	inGo, prefixes, err := goKeys(wasmDir, families(keys))
	if err != nil || len(inGo) == 0 {
		t.Fatalf("no message keys found in the Go sources: %v", err)
	}
	for prefix, where := range prefixes {
		if _, ok := builtKeys[prefix]; !ok {
			t.Errorf("%s: a key is built from %q and a value: list its values in builtKeys", where, prefix)
		}
	}
	add(inGo)
	add(htmlKeys(t))
	add(manifestKeys(t))
	add(envKeys(t))
	for key, where := range used {
		if !defined[key] {
			t.Errorf("%s uses %s, which the catalogue lacks", where, key)
		}
	}
	for _, key := range keys {
		if _, ok := used[strings.ToLower(key)]; !ok {
			t.Errorf("%s is defined but never used: remove it, or tell this test where it is used", key)
		}
	}
}

// families are the leading lower-case words of the catalogue's keys, such
// as "popup", "cred" or "env".
func families(keys []string) []string {
	var out []string
	for _, key := range keys {
		i := strings.IndexFunc(key, func(r rune) bool { return !unicode.IsLower(r) })
		if i > 0 && !slices.Contains(out, key[:i]) {
			out = append(out, key[:i])
		}
	}
	return out
}

// keyShaped reports whether s looks like a message key of one of the
// families: the family, then a capital or an underscore ("popupCopy",
// "env_sandbox"). Storage keys such as "tab12" or "hintsOff" do not.
func keyShaped(s string, families []string) bool {
	for _, f := range families {
		rest, ok := strings.CutPrefix(s, f)
		if !ok || rest == "" {
			continue
		}
		if r := rest[0]; (r >= 'A' && r <= 'Z') || r == '_' {
			return !strings.ContainsFunc(rest, func(r rune) bool {
				return !(r == '_' || r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)))
			})
		}
	}
	return false
}

// goKeys finds the message keys in the Go sources under dir (tests
// excluded): the first argument of locale.T and of every Text method when
// it is a literal, and any other literal shaped like a key (the constants
// of credential/keys.go, the keys that clients, settings and the popup
// pick between). Object keys in composite literals are JS property names
// ({"tabId": …}) and are skipped. A key-shaped literal that starts a
// concatenation ("env_" + env) is returned among the prefixes instead.
// Both map a key or prefix to where it is.
func goKeys(dir string, families []string) (keys, prefixes map[string]string, err error) {
	keys, prefixes = map[string]string{}, map[string]string{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		// Inspect visits a node before its children: the cases above
		// *ast.BasicLit decide first what a literal is.
		skip := map[*ast.BasicLit]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if lit, ok := n.Key.(*ast.BasicLit); ok {
					skip[lit] = true
				}
			case *ast.CallExpr:
				if lit := keyArg(n); lit != nil {
					keys[unquote(lit)] = fset.Position(lit.Pos()).String()
					skip[lit] = true
				}
			case *ast.BinaryExpr:
				if lit, ok := n.X.(*ast.BasicLit); ok && n.Op == token.ADD && lit.Kind == token.STRING {
					if prefix := unquote(lit); keyShaped(prefix, families) {
						prefixes[prefix] = fset.Position(lit.Pos()).String()
						skip[lit] = true
					}
				}
			case *ast.BasicLit:
				if n.Kind == token.STRING && !skip[n] {
					if s := unquote(n); keyShaped(s, families) && !policyKeys[s] {
						keys[s] = fset.Position(n.Pos()).String()
					}
				}
			}
			return true
		})
		return nil
	})
	return keys, prefixes, err
}

// policyKeys are the enterprise policy's keys (test-contract.md), names an
// administrator writes: "loginTestAllowed" is shaped like a key of the
// login family but is none.
var policyKeys = map[string]bool{
	settings.PolicyClearSeconds: true, settings.PolicyRememberToken: true,
	settings.PolicyHintsOff: true, settings.PolicyLoginTest: true,
}

// keyArg returns the literal first argument of locale.T(…) or x.Text(…).
func keyArg(call *ast.CallExpr) *ast.BasicLit {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) == 0 {
		return nil
	}
	pkg, _ := sel.X.(*ast.Ident)
	if sel.Sel.Name != "Text" && !(sel.Sel.Name == "T" && pkg != nil && pkg.Name == "locale") {
		return nil
	}
	lit, ok := call.Args[0].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return nil
	}
	return lit
}

func unquote(lit *ast.BasicLit) string {
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return lit.Value
	}
	return s
}

// envKeys are the keys built from "env_": the popup names each known
// environment with its own message, none falls back to another's.
func envKeys(t *testing.T) map[string]string {
	t.Helper()
	found := map[string]string{}
	for _, env := range builtKeys["env_"] {
		v := tabview.Describe(message.Status{Salesforce: true, Org: "acme", Env: env, UI: "lightning"})
		want := "env_" + env
		if !slices.Contains(textKeys(v.Summary), want) {
			t.Errorf("environment %s: the popup does not use %s (keys %v)", env, want, textKeys(v.Summary))
		}
		found[want] = "tabview.Describe (Env " + env + ")"
	}
	return found
}

// textKeys lists the keys of a Text and its sub-messages.
func textKeys(t locale.Text) []string {
	keys := []string{t.Key}
	for _, s := range t.Sub {
		keys = append(keys, textKeys(s)...)
	}
	return keys
}

// manifestKeys are the __MSG_key__ names of the manifest.
func manifestKeys(t *testing.T) map[string]string {
	t.Helper()
	src, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]string{}
	for _, m := range regexp.MustCompile(`__MSG_(\w+)__`).FindAllStringSubmatch(string(src), -1) {
		found[m[1]] = "build/manifest.go"
	}
	if len(found) == 0 {
		t.Fatal("the manifest names no message")
	}
	return found
}

// htmlKeys are the keys of data-i18n and data-i18n-attr in the extension's
// pages, and of getMessage('…') calls in its scripts.
func htmlKeys(t *testing.T) map[string]string {
	t.Helper()
	found := map[string]string{}
	for _, page := range pages(t) {
		for _, tok := range tokens(page.src) {
			if tok.kind != startTag {
				continue
			}
			if key, ok := tok.attr("data-i18n"); ok {
				found[key] = page.name
			}
			if pairs, ok := tok.attr("data-i18n-attr"); ok {
				for _, pair := range strings.Split(pairs, ";") {
					attr, key, ok := strings.Cut(pair, ":")
					if !ok || attr == "" || key == "" {
						t.Errorf("%s: data-i18n-attr %q: want attr:key;attr:key", page.name, pairs)
						continue
					}
					found[key] = page.name
				}
			}
		}
	}
	scripts, _ := filepath.Glob(filepath.Join(extension, "*.js"))
	for _, f := range scripts {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`getMessage\(\s*['"](\w+)['"]`).FindAllStringSubmatch(string(src), -1) {
			found[m[1]] = filepath.Base(f)
		}
	}
	return found
}

// shownAttrs are the attributes a user sees or hears.
var shownAttrs = []string{"title", "alt", "placeholder", "aria-label", "aria-description", "label"}

// No user-visible text outside _locales: every text node of a page with
// a letter in it sits in an element with data-i18n (i18n.js replaces it),
// and every visible attribute is filled through data-i18n-attr.
func TestPagesTextComesFromLocales(t *testing.T) {
	for _, page := range pages(t) {
		for _, problem := range untranslated(page.src) {
			t.Errorf("%s: %s", page.name, problem)
		}
	}
}

// untranslated lists the text and visible attributes of an HTML page that
// do not come from the catalogue.
func untranslated(src string) []string {
	var problems []string
	var open []element
	for _, tok := range tokens(src) {
		switch tok.kind {
		case startTag:
			_, ok := tok.attr("data-i18n")
			translated := ok || len(open) > 0 && open[len(open)-1].translated
			attrs, _ := tok.attr("data-i18n-attr")
			for _, a := range shownAttrs {
				if v, ok := tok.attr(a); ok && strings.TrimSpace(v) != "" && !strings.Contains(";"+attrs, ";"+a+":") {
					problems = append(problems, fmt.Sprintf("<%s %s=%q> is not translated: add data-i18n-attr=\"%s:key\"", tok.name, a, v, a))
				}
			}
			if !tok.selfClosing && !voidElements[tok.name] {
				open = append(open, element{tok.name, translated})
			}
		case endTag:
			for i := len(open) - 1; i >= 0; i-- {
				if open[i].name == tok.name {
					open = open[:i]
					break
				}
			}
		case text:
			if !strings.ContainsFunc(tok.text, unicode.IsLetter) {
				continue
			}
			if len(open) == 0 || !open[len(open)-1].translated {
				where := "the document"
				if len(open) > 0 {
					where = "<" + open[len(open)-1].name + ">"
				}
				problems = append(problems, fmt.Sprintf("text %q in %s has no data-i18n", strings.TrimSpace(tok.text), where))
			}
		}
	}
	return problems
}

func TestUntranslated(t *testing.T) {
	src := `<!doctype html><html lang="en"><title>Plain</title>
<p data-i18n="a">Fine <b>here</b> too</p><p>× · 30</p>
<button title="Close">Close</button><span data-i18n="b" data-i18n-attr="title:c" title="Ok">x</span>
<img alt=""><img alt="Logo"><script>const s = "not text";</script><style>p::after{content:"x"}</style>Tail`
	want := []string{
		`text "Plain" in <title> has no data-i18n`,
		`<button title="Close"> is not translated: add data-i18n-attr="title:key"`,
		`text "Close" in <button> has no data-i18n`,
		`<img alt="Logo"> is not translated: add data-i18n-attr="alt:key"`,
		`text "Tail" in <html> has no data-i18n`,
	}
	if got := untranslated(src); !slices.Equal(got, want) {
		t.Errorf("untranslated:\n got %q\nwant %q", got, want)
	}
}

// The Go scan finds keys where the code keeps them, and nothing else.
func TestGoKeys(t *testing.T) {
	dir := t.TempDir()
	src := `package p

import "tokenhelper/wasm/locale"

const keyShort = "credTokenShort"

func f(c locale.Catalog, env string, tab int) {
	locale.T("popupCopy")
	c.Text("oddName")
	note := "popupClipboardNote"
	_ = map[string]any{"tabId": tab, "text": note}
	_ = "env_" + env
	_ = "tab" + string(rune(tab))
	_ = "hintsOff"
	_ = "popup"
}
`
	os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644)
	os.WriteFile(filepath.Join(dir, "p_test.go"), []byte("package p\n\nvar x = \"popupIgnored\"\n"), 0o644)
	keys, prefixes, err := goKeys(dir, []string{"popup", "cred", "env", "tab", "hint"})
	if err != nil {
		t.Fatal(err)
	}
	got := slices.Sorted(maps.Keys(keys))
	if want := []string{"credTokenShort", "oddName", "popupClipboardNote", "popupCopy"}; !slices.Equal(got, want) {
		t.Errorf("keys %q, want %q", got, want)
	}
	if got := slices.Sorted(maps.Keys(prefixes)); !slices.Equal(got, []string{"env_"}) {
		t.Errorf("prefixes %q, want env_", got)
	}
}

type element struct {
	name       string
	translated bool // it or an ancestor has data-i18n
}

type page struct {
	name, src string
}

// pages are the extension's HTML pages that a user sees. The offscreen
// document is never displayed: it only holds the clipboard.
func pages(t *testing.T) []page {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(extension, "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in %s", extension)
	}
	var out []page
	for _, f := range files {
		if filepath.Base(f) == "offscreen.html" {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, page{filepath.Base(f), string(src)})
	}
	return out
}

// A small HTML tokenizer, enough for the extension's own pages:
// golang.org/x/net/html is not a dependency of this module.

type kind int

const (
	text kind = iota
	startTag
	endTag
)

type htmlToken struct {
	kind        kind
	name        string // lower-cased tag name
	text        string
	attrs       map[string]string
	selfClosing bool
}

func (t htmlToken) attr(name string) (string, bool) {
	v, ok := t.attrs[name]
	return v, ok
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// tokens splits src into text, start and end tags. Comments, doctypes and
// the contents of script and style elements are dropped: none is shown.
func tokens(src string) []htmlToken {
	var out []htmlToken
	for len(src) > 0 {
		lt := strings.IndexByte(src, '<')
		if lt != 0 {
			if lt < 0 {
				lt = len(src)
			}
			out = append(out, htmlToken{kind: text, text: src[:lt]})
			src = src[lt:]
			continue
		}
		switch {
		case strings.HasPrefix(src, "<!--"):
			src = after(src, "-->")
		case strings.HasPrefix(src, "<!"), strings.HasPrefix(src, "<?"):
			src = after(src, ">")
		case strings.HasPrefix(src, "</"):
			end := strings.IndexByte(src, '>')
			if end < 0 {
				return out
			}
			out = append(out, htmlToken{kind: endTag, name: strings.ToLower(strings.TrimSpace(src[2:end]))})
			src = src[end+1:]
		default:
			tok, rest := startTagToken(src[1:])
			if tok.name == "" { // a lone "<" is text
				out = append(out, htmlToken{kind: text, text: "<"})
				src = src[1:]
				continue
			}
			out = append(out, tok)
			src = rest
			if tok.name == "script" || tok.name == "style" {
				if i := strings.Index(strings.ToLower(src), "</"+tok.name); i >= 0 {
					src = src[i:]
				} else {
					src = ""
				}
			}
		}
	}
	return out
}

func after(s, sep string) string {
	if i := strings.Index(s, sep); i >= 0 {
		return s[i+len(sep):]
	}
	return ""
}

// startTagToken reads a start tag after its "<": name, attributes (quoted,
// unquoted or bare) and the closing ">" or "/>".
func startTagToken(s string) (htmlToken, string) {
	tok := htmlToken{kind: startTag, attrs: map[string]string{}}
	i := 0
	for i < len(s) && (isNameByte(s[i])) {
		i++
	}
	tok.name = strings.ToLower(s[:i])
	for i < len(s) {
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			break
		}
		if s[i] == '>' {
			return tok, s[i+1:]
		}
		if strings.HasPrefix(s[i:], "/>") {
			tok.selfClosing = true
			return tok, s[i+2:]
		}
		start := i
		for i < len(s) && !isSpace(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/' {
			i++
		}
		name := strings.ToLower(s[start:i])
		if name == "" { // a stray "/"
			i++
			continue
		}
		value := ""
		if i < len(s) && s[i] == '=' {
			i++
			if i < len(s) && (s[i] == '"' || s[i] == '\'') {
				q := s[i]
				end := strings.IndexByte(s[i+1:], q)
				if end < 0 {
					end = len(s) - i - 1
				}
				value = s[i+1 : i+1+end]
				i += end + 2
			} else {
				start := i
				for i < len(s) && !isSpace(s[i]) && s[i] != '>' {
					i++
				}
				value = s[start:i]
			}
		}
		tok.attrs[name] = value
	}
	return tok, ""
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// The tokenizer sees what the test needs to see.
func TestTokens(t *testing.T) {
	src := `<!doctype html><!-- <b>no</b> --><p class=a data-i18n="k">Hi <b>there</b></p><img alt='x' src=i.png/><script>if (a < b) "<p>"</script>end`
	var got []string
	for _, tok := range tokens(src) {
		switch tok.kind {
		case text:
			got = append(got, "text:"+tok.text)
		case startTag:
			got = append(got, "<"+tok.name+" "+tok.attrs["data-i18n"]+tok.attrs["alt"]+">")
		case endTag:
			got = append(got, "</"+tok.name+">")
		}
	}
	want := []string{"<p k>", "text:Hi ", "<b >", "text:there", "</b>", "</p>", "<img x>", "<script >", "</script>", "text:end"}
	if !slices.Equal(got, want) {
		t.Errorf("tokens:\n got %q\nwant %q", got, want)
	}
}
