package sidebyside

import (
	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// rows turns the pairs and findings into blocks in reading order: a clause
// paired with two (or two with one) makes one block; a clause without a
// counterpart makes its own block where it stands in its document.
func rows(r *change.Result) []row {
	var out []row
	for _, p := range r.Pairs {
		if n := len(out); n > 0 {
			last := &out[n-1]
			switch {
			case len(last.a) == 1 && last.a[0] == p.A && !contains(last.b, p.B):
				last.b = append(last.b, p.B)
				continue
			case len(last.b) == 1 && last.b[0] == p.B && !contains(last.a, p.A):
				last.a = append(last.a, p.A)
				continue
			}
		}
		out = append(out, row{a: []*doc.Clause{p.A}, b: []*doc.Clause{p.B}, score: p.Score, paired: true})
	}
	posA, posB := positions(r.DocA), positions(r.DocB)
	// clauses missing in b first, by their place in a; then the extra ones
	// of b after their predecessor in b (and after any missing block there)
	for _, f := range r.Findings {
		if f.A != nil && f.B == nil {
			out = insert(out, row{a: []*doc.Clause{f.A}, findings: []change.Finding{f}}, func(rw row) bool {
				return len(rw.a) > 0 && posA[rw.a[0]] > posA[f.A]
			})
		}
	}
	for _, f := range r.Findings {
		switch {
		case f.A != nil && f.B == nil:
		case f.B != nil && f.A == nil:
			out = insertAfter(out, row{b: []*doc.Clause{f.B}, findings: []change.Finding{f}}, func(rw row) bool {
				return len(rw.b) > 0 && posB[rw.b[len(rw.b)-1]] < posB[f.B]
			})
		default:
			k := find(out, func(rw row) bool { return contains(rw.a, f.A) && contains(rw.b, f.B) })
			if k < 0 {
				k = find(out, func(rw row) bool { return contains(rw.a, f.A) || contains(rw.b, f.B) })
			}
			if k < 0 {
				out = append(out, row{a: nonNil(f.A), b: nonNil(f.B)})
				k = len(out) - 1
			}
			out[k].findings = append(out[k].findings, f)
		}
	}
	return out
}

func contains(cs []*doc.Clause, c *doc.Clause) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

func positions(d *doc.Document) map[*doc.Clause]int {
	m := map[*doc.Clause]int{}
	if d == nil {
		return m
	}
	for i, c := range d.Flatten() {
		m[c] = i + 1
	}
	return m
}

// insert puts x before the first row for which after holds, or at the end.
func insert(rows []row, x row, after func(row) bool) []row {
	for k, rw := range rows {
		if after(rw) {
			return append(rows[:k], append([]row{x}, rows[k:]...)...)
		}
	}
	return append(rows, x)
}

// insertAfter puts x after the last row for which before holds (or first),
// past the rows of the other side alone that follow it.
func insertAfter(rows []row, x row, before func(row) bool) []row {
	k := -1
	for i, rw := range rows {
		if before(rw) {
			k = i
		}
	}
	for k+1 < len(rows) && len(rows[k+1].b) == 0 {
		k++
	}
	return append(rows[:k+1], append([]row{x}, rows[k+1:]...)...)
}

func find(rows []row, ok func(row) bool) int {
	for k, rw := range rows {
		if ok(rw) {
			return k
		}
	}
	return -1
}

func nonNil(c *doc.Clause) []*doc.Clause {
	if c == nil {
		return nil
	}
	return []*doc.Clause{c}
}
