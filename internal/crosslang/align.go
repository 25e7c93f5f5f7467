package crosslang

import (
	"math"
	"sort"

	"github.com/policydiff/policydiff/internal/doc"
)

// group is one alignment step: one clause of a with one of b, or one with
// two (a clause the other translation split), or a clause with nothing.
type group struct {
	a, b  []int
	score float64
	byID  bool
}

// Gains of the alignment DP: a pair is worth its similarity less tau, so
// pairs scoring under tau are better left unpaired; a merge pays mu more so
// that a clause is only joined with two when both halves help.
const (
	tau = 0.2
	mu  = 0.05
	// idMinSim is the similarity under which two clauses with the same id are
	// not trusted to be counterparts (ids from differently structured texts).
	idMinSim = 0.12
)

func (c *comparer) sim(i, j int) float64 { return c.pairSim(c.a.facts[i], c.b.facts[j], i, j) }

func (c *comparer) pairSim(fa, fb *facts, i, j int) float64 {
	en, zh := fa, fb
	if fa.lang == doc.Chinese && fb.lang != doc.Chinese {
		en, zh = fb, fa
	}
	s := similarity(en, zh)
	if (c.a.clauses[i].Kind == doc.KindRow) != (c.b.clauses[j].Kind == doc.KindRow) {
		s *= 0.5
	}
	return s
}

// align pairs the clauses of both sides in order. Clauses with the same
// canonical id anchor the alignment (the longest run of them that keeps
// document order and looks alike); the stretches between anchors are aligned
// by dynamic programming over 1-1, 1-0, 0-1, 1-2 and 2-1 steps.
func (c *comparer) align() []group {
	type cand struct {
		i, j int
		s    float64
	}
	idsB := uniqueIDs(c.b.clauses)
	var cands []cand
	for i, id := range uniqueIDsList(c.a.clauses) {
		if id == "" || !printedID(c.a.clauses[i]) {
			continue
		}
		j, ok := idsB[id]
		if !ok {
			continue
		}
		s := c.sim(i, j)
		if s < idMinSim && informative(c.a.facts[i]) && informative(c.b.facts[j]) {
			continue
		}
		cands = append(cands, cand{i, j, s})
	}
	// longest increasing run of b positions, a positions being increasing
	keep := lis(len(cands), func(k int) int { return cands[k].j })
	var out []group
	pi, pj := 0, 0
	for _, k := range keep {
		cd := cands[k]
		out = append(out, c.alignGap(pi, cd.i, pj, cd.j)...)
		out = append(out, group{a: []int{cd.i}, b: []int{cd.j}, score: 0.5 + 0.5*cd.s, byID: true})
		pi, pj = cd.i+1, cd.j+1
	}
	out = append(out, c.alignGap(pi, len(c.a.clauses), pj, len(c.b.clauses))...)
	return c.pairMoved(c.realignRows(c.swapTables(c.pairMoved(out))))
}

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
			if !coveredA[i] && !inA[i] || inA[i] && !coveredA[i] {
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

// printedID tells an id built from a number printed in the document (9.2,
// 九、, (3)) from one the parser made up for a table, row or unnumbered
// heading: only the first says two clauses correspond.
func printedID(c *doc.Clause) bool {
	return c.Label != "" || c.Kind == doc.KindPreamble
}

func informative(f *facts) bool { return f.nGloss+len(f.anchors)+len(f.latin) >= 2 }

func uniqueIDs(cs []*doc.Clause) map[string]int {
	count := map[string]int{}
	for _, c := range cs {
		count[c.ID]++
	}
	out := map[string]int{}
	for i, c := range cs {
		if c.ID != "" && count[c.ID] == 1 {
			out[c.ID] = i
		}
	}
	return out
}

// uniqueIDsList returns each clause's id, or "" when the id is not unique.
func uniqueIDsList(cs []*doc.Clause) []string {
	ids := uniqueIDs(cs)
	out := make([]string, len(cs))
	for id, i := range ids {
		out[i] = id
	}
	return out
}

// lis returns the indices of a longest strictly increasing subsequence of key.
func lis(n int, key func(int) int) []int {
	var tails []int // indices
	prev := make([]int, n)
	for k := 0; k < n; k++ {
		p := sort.Search(len(tails), func(t int) bool { return key(tails[t]) >= key(k) })
		if p > 0 {
			prev[k] = tails[p-1]
		} else {
			prev[k] = -1
		}
		if p == len(tails) {
			tails = append(tails, k)
		} else {
			tails[p] = k
		}
	}
	out := make([]int, len(tails))
	for k, p := len(tails)-1, -1; k >= 0; k-- {
		if k == len(tails)-1 {
			p = tails[k]
		}
		out[k] = p
		p = prev[p]
	}
	return out
}

const (
	mvNone = iota
	mv11
	mv10
	mv01
	mv12
	mv21
)

// alignGap aligns a[i0:i1] with b[j0:j1].
func (c *comparer) alignGap(i0, i1, j0, j1 int) []group {
	n, m := i1-i0, j1-j0
	var out []group
	switch {
	case n == 0:
		for j := j0; j < j1; j++ {
			out = append(out, group{b: []int{j}})
		}
		return out
	case m == 0:
		for i := i0; i < i1; i++ {
			out = append(out, group{a: []int{i}})
		}
		return out
	}
	// a band around the diagonal keeps long unanchored stretches tractable
	band := -1
	if n*m > 10000 {
		band = max(20, abs(n-m)+20)
	}
	inBand := func(i, j int) bool { return band < 0 || abs(j*n-i*m) <= band*n }
	W := m + 1
	score := make([]float64, (n+1)*W)
	move := make([]uint8, (n+1)*W)
	sim := make([]float64, (n+1)*W)
	for k := range score {
		score[k] = math.Inf(-1)
	}
	score[0] = 0
	set := func(i, j int, v float64, mv uint8) {
		if v > score[i*W+j] {
			score[i*W+j], move[i*W+j] = v, mv
		}
	}
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			if i == 0 && j == 0 {
				continue
			}
			if !inBand(i, j) && i != n && j != m {
				continue
			}
			if i > 0 {
				set(i, j, score[(i-1)*W+j], mv10)
			}
			if j > 0 {
				set(i, j, score[i*W+j-1], mv01)
			}
			if i > 0 && j > 0 && !math.IsInf(score[(i-1)*W+j-1], -1) {
				s := c.sim(i0+i-1, j0+j-1)
				sim[i*W+j] = s
				set(i, j, score[(i-1)*W+j-1]+s-tau-c.numberPenalty(i0+i-1, j0+j-1), mv11)
				if j > 1 && !math.IsInf(score[(i-1)*W+j-2], -1) {
					s2 := c.pairSim(c.a.facts[i0+i-1], c.b.merged(j0+j-2, c.g), i0+i-1, j0+j-2)
					if s2 > s {
						set(i, j, score[(i-1)*W+j-2]+s2-tau-mu, mv12)
					}
				}
				if i > 1 && !math.IsInf(score[(i-2)*W+j-1], -1) {
					s2 := c.pairSim(c.a.merged(i0+i-2, c.g), c.b.facts[j0+j-1], i0+i-2, j0+j-1)
					if s2 > s {
						set(i, j, score[(i-2)*W+j-1]+s2-tau-mu, mv21)
					}
				}
			}
		}
	}
	for i, j := n, m; i > 0 || j > 0; {
		switch move[i*W+j] {
		case mv11:
			out = append(out, group{a: []int{i0 + i - 1}, b: []int{j0 + j - 1}, score: sim[i*W+j]})
			i, j = i-1, j-1
		case mv10:
			out = append(out, group{a: []int{i0 + i - 1}})
			i--
		case mv01:
			out = append(out, group{b: []int{j0 + j - 1}})
			j--
		case mv12:
			s := c.pairSim(c.a.facts[i0+i-1], c.b.merged(j0+j-2, c.g), i0+i-1, j0+j-2)
			out = append(out, group{a: []int{i0 + i - 1}, b: []int{j0 + j - 2, j0 + j - 1}, score: s})
			i, j = i-1, j-2
		case mv21:
			s := c.pairSim(c.a.merged(i0+i-2, c.g), c.b.facts[j0+j-1], i0+i-2, j0+j-1)
			out = append(out, group{a: []int{i0 + i - 2, i0 + i - 1}, b: []int{j0 + j - 1}, score: s})
			i, j = i-2, j-1
		default:
			panic("crosslang: alignment backtrack lost its way")
		}
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// numberPenalty makes two clauses printed with different numbers (10.4,
// 10.5) pay to pair: a renumbered translation still pairs on content, but
// weak content alone does not make different clauses counterparts.
func (c *comparer) numberPenalty(i, j int) float64 {
	a, b := c.a.clauses[i], c.b.clauses[j]
	if a.Label != "" && b.Label != "" && a.ID != b.ID {
		return 0.1
	}
	return 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
