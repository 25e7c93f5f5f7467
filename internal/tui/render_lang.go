package tui

import (
	"fmt"
	"sort"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// row is one line of the translation view: an aligned pair, or a clause
// that has no counterpart on the other side.
type row struct {
	a, b     *doc.Clause
	score    float64
	findings []int // indexes into Result.Findings
	material bool  // some finding on the row is material
}

// buildRows lists the aligned pairs in document order and slots in the
// clauses that only a finding mentions (missing or extra ones).
func buildRows(r *change.Result) []row {
	rows := make([]row, 0, len(r.Pairs))
	for _, p := range r.Pairs {
		rows = append(rows, row{a: p.A, b: p.B, score: p.Score})
	}
	find := func(f change.Finding) int {
		for i, rw := range rows {
			if (f.A != nil && rw.a == f.A) || (f.B != nil && rw.b == f.B) {
				return i
			}
		}
		return -1
	}
	for i, f := range r.Findings {
		j := find(f)
		if j < 0 {
			if f.A == nil && f.B == nil {
				continue // a document-level finding; listed, not placed
			}
			rows = append(rows, row{a: f.A, b: f.B})
			j = len(rows) - 1
		}
		rows[j].findings = append(rows[j].findings, i)
		rows[j].material = rows[j].material || f.Material
	}
	sort.SliceStable(rows, func(i, j int) bool { return rowKey(rows[i]) < rowKey(rows[j]) })
	return rows
}

// rowKey orders rows by where they sit in the English (A) text, falling
// back to the Chinese side for clauses only B has.
func rowKey(rw row) int {
	switch {
	case rw.a != nil:
		return rw.a.Line * 2
	case rw.b != nil:
		return rw.b.Line*2 + 1
	}
	return 0
}

// RenderRow draws one pair: a header with both ids and the score, then the
// two texts side by side.
func RenderRow(rw row, width int, selected bool, st *Styles) []string {
	mark := "  "
	switch {
	case rw.material:
		mark = st.Material.Render("!") + " "
	case len(rw.findings) > 0:
		mark = st.Finding.Render("?") + " "
	}
	head := fmt.Sprintf("%s ↔ %s", idOr(rw.a, "(none)"), idOr(rw.b, "(missing)"))
	if rw.a != nil && rw.b != nil && rw.score > 0 {
		head += fmt.Sprintf("  %.2f", rw.score)
	}
	if n := len(rw.findings); n > 0 {
		head += fmt.Sprintf("  %d finding(s)", n)
	}
	var hl string
	if selected {
		hl = st.Selected.Render(fit(head, width-2))
	} else {
		hl = st.ClauseID.Render(head)
	}
	out := []string{fit(mark+hl, width)}
	var a, b []Seg
	if rw.a != nil {
		a = []Seg{{rw.a.Full(), nil}}
	}
	if rw.b != nil {
		b = []Seg{{rw.b.Full(), nil}}
	}
	return append(out, SideBySide(a, b, width, st)...)
}

func idOr(c *doc.Clause, none string) string {
	if c == nil {
		return none
	}
	if c.ID == "" {
		return c.Label
	}
	return c.ID
}

// FindingLine is one entry of the findings list.
func FindingLine(f change.Finding, n int, width int, selected bool, st *Styles) string {
	where := idOr(f.A, "-") + "↔" + idOr(f.B, "-")
	s := fmt.Sprintf("%3d %s %s: %s", n, f.Kind, where, f.Detail)
	if f.MaybeVersionChange {
		s += " (dates differ: may be a change between versions)"
	}
	mark := " "
	if f.Material {
		mark = "!"
	}
	if selected {
		return st.Selected.Render(fit(mark+s, width))
	}
	if f.Material {
		return fit(st.Material.Render(mark)+st.Finding.Render(s), width)
	}
	return fit(mark+s, width)
}
