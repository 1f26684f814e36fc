package localedir

import (
	"os"
	"path/filepath"
	"testing"
)

func TestReadRefusesDuplicates(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.json"), []byte(`{"hello": {"message": "Hi $1"}}`), 0o644)
	m, err := Read(dir)
	if err != nil || m.Text("Hello", "you") != "Hi you" {
		t.Fatalf("Read: %v, %v", m, err)
	}
	os.WriteFile(filepath.Join(dir, "b.json"), []byte(`{"HELLO": {"message": "again"}}`), 0o644)
	if _, err := Read(dir); err == nil {
		t.Error("a key defined in two files was accepted")
	}
}

// The extension's own catalogue reads cleanly.
func TestExtensionCatalogue(t *testing.T) {
	m, err := Read("../../../extension/_locales/en")
	if err != nil {
		t.Fatal(err)
	}
	if m.Text("extName") == "" {
		t.Error("extName is missing")
	}
}
