//go:build !js

// Command translate moves message files between the catalogue and the
// plain form a translator works in: one JSON object per file, key to
// message, in English's order. Placeholders, descriptions and file layout
// stay English's business; a translation carries only its words.
//
//	go run ./build/translate -todo -lang it > it.todo.json
//	    the English messages (with their descriptions) that it lacks
//	go run ./build/translate -lang it it.json
//	    writes it.json's messages into extension/_locales/it, with
//	    English's key order and placeholders
//
// docs/translating.md has the glossary and the checks.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

const locales = "extension/_locales"

// entry is one message as the catalogue files hold it; Placeholders are
// kept as written.
type entry struct {
	Message      string          `json:"message"`
	Description  string          `json:"description,omitempty"`
	Placeholders json.RawMessage `json:"placeholders,omitempty"`
}

func main() {
	lang := flag.String("lang", "", "the locale folder, such as it or pt_BR")
	todo := flag.Bool("todo", false, "print the English messages the locale lacks, instead of writing")
	flag.Parse()
	if *lang == "" || *lang == "en" || (!*todo && flag.NArg() != 1) {
		fmt.Fprintln(os.Stderr, "usage: translate -todo -lang LANG | translate -lang LANG FILE.json")
		os.Exit(2)
	}
	var err error
	if *todo {
		err = printTodo(*lang)
	} else {
		err = write(*lang, flag.Arg(0))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "translate:", err)
		os.Exit(1)
	}
}

// printTodo prints, per English file, the messages lang lacks, as
// {"file.json": {"key": {"message": …, "description": …}}}.
func printTodo(lang string) error {
	files, err := filepath.Glob(filepath.Join(locales, "en", "*.json"))
	if err != nil {
		return err
	}
	out := map[string]map[string]entry{}
	for _, f := range files {
		name := filepath.Base(f)
		keys, en, err := read(f)
		if err != nil {
			return err
		}
		_, have, err := read(filepath.Join(locales, lang, name))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		for _, k := range keys {
			if _, ok := have[k]; !ok {
				if out[name] == nil {
					out[name] = map[string]entry{}
				}
				out[name][k] = entry{Message: en[k].Message, Description: en[k].Description}
			}
		}
	}
	return encode(os.Stdout, out)
}

// write merges the translations of path, {"file.json": {"key": "message"}},
// into lang's files.
func write(lang, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var in map[string]map[string]string
	if err := json.Unmarshal(data, &in); err != nil {
		return err
	}
	for name, msgs := range in {
		keys, en, err := read(filepath.Join(locales, "en", name))
		if err != nil {
			return err
		}
		_, have, err := read(filepath.Join(locales, lang, name))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		var lines []string
		for _, k := range keys {
			e, ok := have[k]
			if m, given := msgs[k]; given {
				e, ok = entry{Message: m}, true
			}
			if !ok {
				return fmt.Errorf("%s/%s: no translation of %s", lang, name, k)
			}
			if got, want := refs(e.Message), refs(en[k].Message); !slices.Equal(got, want) {
				return fmt.Errorf("%s/%s: %s uses placeholders %q, English %q", lang, name, k, got, want)
			}
			line, err := format(k, e.Message, en[k].Placeholders)
			if err != nil {
				return err
			}
			lines = append(lines, line)
		}
		for k := range msgs {
			if _, ok := en[k]; !ok {
				return fmt.Errorf("%s/%s: %s is not in English's file", lang, name, k)
			}
		}
		if err := os.MkdirAll(filepath.Join(locales, lang), 0o755); err != nil {
			return err
		}
		body := "{\n" + strings.Join(lines, ",\n") + "\n}\n"
		if err := os.WriteFile(filepath.Join(locales, lang, name), []byte(body), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// read returns a message file's keys in their order, and its messages.
func read(path string) ([]string, map[string]entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	msgs := map[string]entry{}
	if err := json.Unmarshal(data, &msgs); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var keys []string
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		default:
			if s, ok := tok.(string); ok && depth == 1 && dec.More() {
				keys = append(keys, s)
				var skip json.RawMessage
				if err := dec.Decode(&skip); err != nil {
					return nil, nil, err
				}
			}
		}
	}
	return keys, msgs, nil
}

var placeholder = regexp.MustCompile(`\$[A-Za-z0-9_]+\$`)

// refs are the placeholders a message uses, upper-cased and sorted.
func refs(msg string) []string {
	var out []string
	for _, r := range placeholder.FindAllString(msg, -1) {
		if r = strings.ToUpper(r); !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	slices.Sort(out)
	return out
}

// format writes one message on one line, as the catalogue files do:
//
//	"key": {"message": "…", "placeholders": {"pos": {"content": "$1"}}}
func format(key, msg string, placeholders json.RawMessage) (string, error) {
	var b bytes.Buffer
	b.WriteString("  " + quote(key) + `: {"message": ` + quote(msg))
	if len(placeholders) > 0 {
		var c bytes.Buffer
		if err := json.Compact(&c, placeholders); err != nil {
			return "", err
		}
		b.WriteString(`, "placeholders": ` + spaced(c.String()))
	}
	b.WriteString("}")
	return b.String(), nil
}

func quote(s string) string {
	var b bytes.Buffer
	encode(&b, s)
	return strings.TrimSpace(b.String())
}

// spaced puts a space after each colon and comma of compact JSON that is
// not inside a string.
func spaced(compact string) string {
	var b strings.Builder
	in, escaped := false, false
	for _, r := range compact {
		b.WriteRune(r)
		switch {
		case escaped:
			escaped = false
		case r == '\\' && in:
			escaped = true
		case r == '"':
			in = !in
		case !in && (r == ':' || r == ','):
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// encode writes v as JSON without escaping <, > and & (messages hold them).
func encode(w interface{ Write([]byte) (int, error) }, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
