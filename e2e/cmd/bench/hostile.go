//go:build !js

package main

import (
	"tokenhelper/e2e/rig"
)

// costRuns caps the traces of each hostile page: each takes
// rig.TraceWindow and more.
const costRuns = 3

// hostileCost: the extension's CPU time on each hostile page's main
// threads over the first rig.TraceWindow (rig.TraceCost), against the
// budgets that make test holds only to ten times.
func hostileCost(r *rig.Rig, runs int) ([]Row, error) {
	var rows []Row
	for _, p := range rig.HostilePages {
		var total, longest []float64
		for i := 0; i < min(runs, costRuns); i++ {
			ctx, cancel, err := r.NewTab()
			if err != nil {
				return nil, err
			}
			c, err := rig.TraceCost(ctx, r.Hostile(p.Query), rig.TraceWindow)
			cancel()
			if err != nil {
				return nil, err
			}
			total = append(total, c.ExtCPU)
			longest = append(longest, c.LongestCPU)
		}
		rows = append(rows,
			row("hostile page "+p.Name+": extension CPU", "ms", total, rig.BudgetExtensionCPU, "first "+rig.TraceWindow.String()),
			row("hostile page "+p.Name+": extension's longest call", "ms", longest, rig.BudgetCallCPU, "CPU"))
	}
	return rows, nil
}
