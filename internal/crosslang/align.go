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
