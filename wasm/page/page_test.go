//go:build !js

package page

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const domPath = "honnef.co/go/js/dom/v2"

// TestNoInterfaces fails if Go code under wasm/ uses one of dom/v2's
// interface types (dom.Element, dom.Node, dom.Event, dom.HTMLElement,
// dom.Document, ...), or a dom/v2 function or method whose signature has
// one (dom.GetWindow, QuerySelector, AddEventListener, AppendChild, ...).
// One such call keeps that method on every element or event type: a few
// hundred KB of binary. The list comes from dom/v2's own source, so it
// follows the version in go.mod.
func TestNoInterfaces(t *testing.T) {
	ifaces, funcs, methods := domAPI(t)
	if !ifaces["Element"] || !ifaces["Event"] || !funcs["GetWindow"] || !methods["AddEventListener"] {
		t.Fatalf("reading dom/v2 found too little: %d interfaces, %d functions, %d methods", len(ifaces), len(funcs), len(methods))
	}
	fset := token.NewFileSet()
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		name := domImport(f)
		if name == "" {
			return nil
		}
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == name {
				if ifaces[sel.Sel.Name] || funcs[sel.Sel.Name] {
					t.Errorf("%s: dom.%s: use wasm/page and dom/v2's concrete types", fset.Position(sel.Pos()), sel.Sel.Name)
				}
				return true
			}
			if methods[sel.Sel.Name] {
				t.Errorf("%s: .%s is a dom/v2 method with an interface in its signature: use wasm/page", fset.Position(sel.Pos()), sel.Sel.Name)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// domImport is the name under which f imports dom/v2, or "".
func domImport(f *ast.File) string {
	for _, imp := range f.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == domPath {
			if imp.Name != nil {
				return imp.Name.Name
			}
			return "dom"
		}
	}
	return ""
}

// domAPI reads dom/v2's source: its interface types, and the exported
// functions and methods whose parameters or results name one of them.
// Methods that some type also has with a plain signature are left out
// (their name alone cannot tell).
func domAPI(t *testing.T) (ifaces, funcs, methods map[string]bool) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", domPath).Output()
	if err != nil {
		t.Fatalf("go list -m %s: %v", domPath, err)
	}
	dir := strings.TrimSpace(string(out))
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range []string{"dom.go", "events.go"} {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	ifaces = map[string]bool{}
	for _, f := range files {
		for _, decl := range f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, s := range g.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok && ts.Name.IsExported() {
					if _, ok := ts.Type.(*ast.InterfaceType); ok {
						ifaces[ts.Name.Name] = true
					}
				}
			}
		}
	}
	mentions := func(ft *ast.FuncType) bool {
		found := false
		ast.Inspect(ft, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && ifaces[id.Name] {
				found = true
			}
			return !found
		})
		return found
	}
	funcs, methods = map[string]bool{}, map[string]bool{}
	plain := map[string]bool{}
	for _, f := range files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || !fd.Name.IsExported() {
				continue
			}
			switch {
			case fd.Recv == nil && mentions(fd.Type):
				funcs[fd.Name.Name] = true
			case fd.Recv != nil && mentions(fd.Type):
				methods[fd.Name.Name] = true
			case fd.Recv != nil:
				plain[fd.Name.Name] = true
			}
		}
	}
	// Interface methods count too: called through an interface value.
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			it, ok := n.(*ast.InterfaceType)
			if !ok {
				return true
			}
			for _, m := range it.Methods.List {
				if ft, ok := m.Type.(*ast.FuncType); ok && mentions(ft) {
					for _, name := range m.Names {
						methods[name.Name] = true
					}
				}
			}
			return false
		})
	}
	for name := range plain {
		delete(methods, name)
	}
	if testing.Verbose() {
		names := slices.Sorted(func(yield func(string) bool) {
			for n := range methods {
				if !yield(n) {
					return
				}
			}
		})
		t.Logf("dom/v2: %d interfaces; methods refused: %s", len(ifaces), strings.Join(names, " "))
	}
	return ifaces, funcs, methods
}
