//go:build !js

// Command bench measures what users feel, in real Chromium runs of the
// built extension on the demo org, and prints one table (median, min, max
// of 10 or more runs) that it also writes as JSON.
//
//	go run ./e2e/cmd/bench -ext dist/chromium -out dist/bench
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"tokenhelper/e2e/rig"
)

// Row is one line of the report.
type Row struct {
	Name   string    `json:"name"`
	Unit   string    `json:"unit"`
	Stats  rig.Stats `json:"stats"`
	Budget float64   `json:"budget,omitempty"` // the median must not exceed it; 0: no budget
	OK     *bool     `json:"ok,omitempty"`
	Note   string    `json:"note,omitempty"`
}

func main() {
	ext := flag.String("ext", "dist/chromium", "the built extension")
	out := flag.String("out", "dist/bench", "where bench.json goes")
	runs := flag.Int("runs", 11, "runs of each measurement")
	flag.Parse()
	start := time.Now()
	rows, err := run(*ext, *runs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	print(rows)
	if err := write(*out, rows); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	fmt.Printf("\n%d rows in %.0f s; written to %s\n", len(rows), time.Since(start).Seconds(), filepath.Join(*out, "bench.json"))
	for _, r := range rows {
		if r.OK != nil && !*r.OK {
			os.Exit(1)
		}
	}
}

func run(ext string, runs int) ([]Row, error) {
	rows, err := sizes(ext)
	if err != nil {
		return nil, err
	}
	with, err := rig.Start(rig.Options{Extension: ext, Headless: true})
	if err != nil {
		return nil, err
	}
	defer with.Close()
	for _, m := range []func(*rig.Rig, int) ([]Row, error){firstDecision, highlight, popup, hostileCost, func(r *rig.Rig, _ int) ([]Row, error) { return contextsAfterClear(r, 3) }} {
		r, err := m(with, runs)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r...)
	}
	base, err := rig.Start(rig.Options{Headless: true})
	if err != nil {
		return nil, err
	}
	defer base.Close()
	r, err := pageCost(with, base, runs)
	if err != nil {
		return nil, err
	}
	return append(rows, r...), nil
}

func print(rows []Row) {
	fmt.Printf("%-58s %10s %10s %10s %8s %s\n", "measure", "median", "min", "max", "budget", "")
	for _, r := range rows {
		verdict, budget := "", "-"
		if r.OK != nil {
			verdict = "ok"
			if !*r.OK {
				verdict = "OVER"
			}
			budget = trim(r.Budget)
		}
		fmt.Printf("%-58s %10s %10s %10s %8s %s %s\n", r.Name+" ("+r.Unit+")", trim(r.Stats.Median), trim(r.Stats.Min), trim(r.Stats.Max), budget, verdict, r.Note)
	}
}

func trim(f float64) string {
	if f != 0 && f < 10 && f > -10 {
		return fmt.Sprintf("%.3f", f)
	}
	return fmt.Sprintf("%.1f", f)
}

func write(dir string, rows []Row) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	data, err := json.MarshalIndent(rows, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "bench.json"), append(data, '\n'), 0o644)
}

// row makes a row and judges it against its budget.
func row(name, unit string, xs []float64, budget float64, note string) Row {
	r := Row{Name: name, Unit: unit, Stats: rig.Summarize(xs), Budget: budget, Note: note}
	if budget > 0 {
		ok := r.Stats.Median <= budget
		r.OK = &ok
	}
	return r
}
