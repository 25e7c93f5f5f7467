package crosslang

import (
	"sort"

	"github.com/policydiff/policydiff/internal/doc"
)

// realignRows aligns the rows of each pair of tables with each other, so a
// row pairs within its own table once the tables are paired.
func (c *comparer) realignRows(groups []group) []group {
	rows := func(s *side, k int) (int, int) {
		e := k + 1
		for e < len(s.clauses) && s.clauses[e].Parent == s.clauses[k] {
			e++
		}
		return k + 1, e
	}
	inA, inB := map[int]bool{}, map[int]bool{}
	type span struct{ a0, a1, b0, b1 int }
	spans := map[int]span{}
	for k, g := range groups {
		if len(g.a) != 1 || len(g.b) != 1 || c.a.clauses[g.a[0]].Kind != doc.KindTable ||
			c.b.clauses[g.b[0]].Kind != doc.KindTable {
			continue
		}
		a0, a1 := rows(c.a, g.a[0])
		b0, b1 := rows(c.b, g.b[0])
		spans[k] = span{a0, a1, b0, b1}
		for i := a0; i < a1; i++ {
			inA[i] = true
		}
		for j := b0; j < b1; j++ {
			inB[j] = true
		}
	}
	if len(spans) == 0 {
		return groups
	}
	var out []group
	coveredA, coveredB := map[int]bool{}, map[int]bool{}
	dropped := func(g group) bool {
		for _, i := range g.a {
			if inA[i] {
				return true
			}
		}
		for _, j := range g.b {
			if inB[j] {
				return true
			}
		}
		return false
	}
	var lost []group
	for k, g := range groups {
		if dropped(g) {
			lost = append(lost, g)
			continue
		}
		out = append(out, g)
		if sp, ok := spans[k]; ok {
			for _, rg := range c.alignGap(sp.a0, sp.a1, sp.b0, sp.b1) {
				out = append(out, rg)
				for _, i := range rg.a {
					coveredA[i] = true
				}
				for _, j := range rg.b {
					coveredB[j] = true
				}
			}
		}
	}
	// rows that were paired into these tables from an unpaired table
	for _, g := range lost {
		for _, i := range g.a {
			if !coveredA[i] {
				out = append(out, group{a: []int{i}})
				coveredA[i] = true
			}
		}
		for _, j := range g.b {
			if !coveredB[j] {
				out = append(out, group{b: []int{j}})
				coveredB[j] = true
			}
		}
	}
	return out
}

// swapTables exchanges the partners of two paired tables when their whole
// contents fit better the other way round. Tables are paired by their header
// rows first, and two tables with the same header (an Android and an iOS
// list of SDKs) can only be told apart by their rows.
func (c *comparer) swapTables(groups []group) []group {
	var tables []int
	for k, g := range groups {
		if len(g.a) == 1 && len(g.b) == 1 && c.a.clauses[g.a[0]].Kind == doc.KindTable &&
			c.b.clauses[g.b[0]].Kind == doc.KindTable {
			tables = append(tables, k)
		}
	}
	whole := func(i, j int) float64 {
		return c.pairSim(c.a.content(i, c.g), c.b.content(j, c.g), i, j)
	}
	for x := 0; x < len(tables); x++ {
		for y := x + 1; y < len(tables); y++ {
			g1, g2 := &groups[tables[x]], &groups[tables[y]]
			a1, b1, a2, b2 := g1.a[0], g1.b[0], g2.a[0], g2.b[0]
			if whole(a1, b2)+whole(a2, b1) > whole(a1, b1)+whole(a2, b2)+0.05 {
				g1.b, g2.b = g2.b, g1.b
				g1.score, g2.score = c.sim(a1, b2), c.sim(a2, b1)
			}
		}
	}
	return groups
}

// movedMinSim is the similarity a clause left over by the in-order alignment
// needs to pair with a leftover of the other side out of order.
const movedMinSim = 0.5

// pairMoved pairs clauses the in-order alignment left alone with their best
// leftover counterpart on the other side, out of order: a translation may
// move a clause (a PDF extraction puts a table before the paragraph that
// introduces it). Each such pair replaces the lone a clause's group.
func (c *comparer) pairMoved(groups []group) []group {
	var loneA, loneB []int // group indices
	for k, g := range groups {
		switch {
		case len(g.b) == 0:
			loneA = append(loneA, k)
		case len(g.a) == 0:
			loneB = append(loneB, k)
		}
	}
	type cand struct {
		ga, gb int
		s      float64
	}
	var cands []cand
	for _, ga := range loneA {
		for _, gb := range loneB {
			if s := c.sim(groups[ga].a[0], groups[gb].b[0]); s >= movedMinSim {
				cands = append(cands, cand{ga, gb, s})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].s > cands[j].s })
	usedA, usedB := map[int]bool{}, map[int]bool{}
	drop := map[int]bool{}
	for _, cd := range cands {
		if usedA[cd.ga] || usedB[cd.gb] {
			continue
		}
		usedA[cd.ga], usedB[cd.gb] = true, true
		groups[cd.ga].b, groups[cd.ga].score = groups[cd.gb].b, cd.s
		drop[cd.gb] = true
	}
	out := groups[:0]
	for k, g := range groups {
		if !drop[k] {
			out = append(out, g)
		}
	}
	return out
}
