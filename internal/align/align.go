// Package align pairs the clauses of two versions of one policy by content
// first and number second, so that renumbering is no change, a moved clause
// is found where it went, and a split or merged clause is one pair.
//
// It runs in near-linear time: exact and normalised text hashes anchor most
// clauses, a longest increasing subsequence of anchors gives the document
// order, and similarity is only computed inside the gaps between anchors (in
// a bounded band) and, for the few clauses left, through an inverted index.
package align

import (
	"sort"

	"github.com/policydiff/policydiff/internal/doc"
)

// Match pairs clauses of version A with clauses of version B. One side is
// empty for a clause added (A empty) or removed (B empty); two or more
// clauses on one side mean a split or a merge.
type Match struct {
	A, B []*doc.Clause
	// Score is the content similarity, 1 for identical text, 0 when one side
	// is empty.
	Score float64
	// OutOfOrder is set when the pair breaks the order of the other pairs:
	// the clause moved relative to the rest of the document.
	OutOfOrder bool
}

// Options tune the alignment; the zero value gives the defaults.
type Options struct {
	// Threshold is the least similarity for pairing two clauses of the same
	// gap between anchors (default 0.5).
	Threshold float64
	// MoveThreshold is the least similarity for pairing clauses from
	// different places, which makes a move (default 0.6).
	MoveThreshold float64
	// Band bounds how many clauses on each side of its expected place a
	// clause is compared with inside a long gap (default 48).
	Band int
}

func (o Options) withDefaults() Options {
	if o.Threshold <= 0 {
		o.Threshold = 0.5
	}
	if o.MoveThreshold <= 0 {
		o.MoveThreshold = 0.6
	}
	if o.Band <= 0 {
		o.Band = 48
	}
	return o
}

type side struct {
	cl []*doc.Clause
	// text is the full text of each clause, "" until made (see full).
	text  []string
	fps   []fingerprint
	match []int // index into aligner.pairs, or -1
	// cont marks containers, paired by where their children went rather
	// than by their own words: clauses without text, and tables, whose
	// header rows often repeat from table to table.
	cont  []bool
	index map[*doc.Clause]int
	tot   []float64 // see total; -1 until asked for
	// twin is the clause of the other side with the very same text, or -1:
	// the two share one fingerprint, so an unchanged clause costs one.
	twin  []int
	other *side
}

func newSide(cl []*doc.Clause) side {
	s := side{cl: cl, text: make([]string, len(cl)), fps: make([]fingerprint, len(cl)),
		match: make([]int, len(cl)), index: make(map[*doc.Clause]int, len(cl)), cont: make([]bool, len(cl)),
		twin: make([]int, len(cl)), tot: make([]float64, len(cl))}
	for i, c := range cl {
		s.cont[i] = empty(c) || c.Kind == doc.KindTable
		s.match[i] = -1
		s.twin[i] = -1
		s.tot[i] = -1
		s.index[c] = i
	}
	return s
}

// fp is computed on demand: most clauses are paired by their exact text and
// never need one.
func (s *side) fp(i int) fingerprint {
	if s.fps[i] == nil {
		s.fps[i] = fingerprintOfClause(s.cl[i])
		if t := s.twin[i]; t >= 0 {
			s.other.fps[t] = s.fps[i]
		}
	}
	return s.fps[i]
}

type pair struct {
	a, b  []int
	score float64
}

type aligner struct {
	a, b  side
	w     weights
	opt   Options
	pairs []pair
}

// Align pairs the clauses a (version A, document order) with b (version B).
// Every clause appears in exactly one Match. Matches come in B's order, with
// removed clauses placed after the pair that precedes them in A.
func Align(a, b []*doc.Clause, opt Options) []Match {
	al := newAligner(a, b, opt)
	al.anchorExact()
	var early *counter
	if len(a) < sampleMax && len(b) < sampleMax {
		early = startCounting(everyClause(&al.a, &al.b))
	}
	al.anchorNormalized()
	if early != nil {
		al.w = early.weights(len(a) + len(b))
	} else {
		al.w = newWeights(&al.a, &al.b)
	}
	for _, g := range al.gaps() {
		al.matchGap(g)
	}
	al.matchHeadings()
	al.matchMoves()
	al.extendSplits()
	al.matchNumbers()
	al.matchContainers()
	al.w.df.recycle()
	return al.result()
}

func newAligner(a, b []*doc.Clause, opt Options) *aligner {
	// A pair takes at least one clause of each side.
	al := &aligner{opt: opt.withDefaults(), pairs: make([]pair, 0, min(len(a), len(b)))}
	both(len(a)+len(b) >= 1000, func() { al.a = newSide(a) }, func() { al.b = newSide(b) })
	al.a.other, al.b.other = &al.b, &al.a
	return al
}

// both runs f and g, on two cores when apart is set: for a long document
// the work on its two versions is worth a goroutine.
func both(apart bool, f, g func()) {
	if !apart {
		f()
		g()
		return
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		g()
	}()
	f()
	<-done
}

func (al *aligner) add(a, b []int, score float64) {
	al.addPair(a, b, score, len(a) == 1 && len(b) == 1 && fullEqual(al.a.cl[a[0]], al.b.cl[b[0]]))
}

// addPair is add for a pair known to be, or not to be, two twins.
func (al *aligner) addPair(a, b []int, score float64, twins bool) {
	k := len(al.pairs)
	al.pairs = append(al.pairs, pair{a: a, b: b, score: score})
	for _, i := range a {
		al.a.match[i] = k
	}
	for _, j := range b {
		al.b.match[j] = k
	}
	if twins {
		al.a.twin[a[0]], al.b.twin[b[0]] = b[0], a[0]
	}
}

// gap is a stretch of unmatched clauses between two pairs that are in order.
type gap struct{ a, b []int }

func (al *aligner) gaps() []gap {
	order := al.ordered()
	var out []gap
	pa, pb := -1, -1
	flush := func(na, nb int) {
		var g gap
		for i := pa + 1; i < na; i++ {
			if al.a.isOpen(i) {
				g.a = append(g.a, i)
			}
		}
		for j := pb + 1; j < nb; j++ {
			if al.b.isOpen(j) {
				g.b = append(g.b, j)
			}
		}
		if len(g.a) > 0 && len(g.b) > 0 {
			out = append(out, g)
		}
	}
	for _, k := range order {
		p := al.pairs[k]
		flush(p.a[0], p.b[0])
		pa, pb = p.a[len(p.a)-1], p.b[len(p.b)-1]
	}
	flush(len(al.a.cl), len(al.b.cl))
	return out
}

// ordered returns the pairs that form the longest run in the same order on
// both sides, sorted by A position.
func (al *aligner) ordered() []int {
	// Pairs in order of their first A clause, read off A's clauses.
	ks := make([]int, 0, len(al.pairs))
	for i, k := range al.a.match {
		if k >= 0 && al.pairs[k].a[0] == i {
			ks = append(ks, k)
		}
	}
	seq := make([]int, len(ks))
	for n, k := range ks {
		seq[n] = al.pairs[k].b[0]
	}
	in := lis(seq)
	out := ks[:0]
	for n, k := range ks {
		if in[n] {
			out = append(out, k)
		}
	}
	return out
}

type candidate struct {
	i, j  int
	score float64
}

// matchGap pairs the clauses of one gap by similarity, best pairs first.
// The number breaks ties and lowers the bar a little: a clause that kept its
// number and its place is more likely rewritten than replaced.
func (al *aligner) matchGap(g gap) {
	var cands []candidate
	for x, i := range g.a {
		lo, hi := 0, len(g.b)
		if len(g.a)*len(g.b) > al.opt.Band*al.opt.Band*4 {
			mid := x * len(g.b) / len(g.a)
			lo, hi = max(0, mid-al.opt.Band), min(len(g.b), mid+al.opt.Band+1)
		}
		for _, j := range g.b[lo:hi] {
			s := al.dice(i, j)
			sameID := al.a.cl[i].ID != "" && al.a.cl[i].ID == al.b.cl[j].ID
			if sameID {
				s += 0.05
			}
			if s >= al.opt.Threshold || (sameID && s >= al.opt.Threshold*0.6) {
				cands = append(cands, candidate{i, j, min(s, 1)})
			}
		}
	}
	// Inside one gap a pair that crosses a better one is a move, and a move
	// needs the stronger evidence of MoveThreshold.
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].score > cands[y].score })
	var taken []candidate
	for _, c := range cands {
		if al.a.match[c.i] >= 0 || al.b.match[c.j] >= 0 {
			continue
		}
		if c.score < al.opt.MoveThreshold && crosses(c, taken) {
			continue
		}
		al.add([]int{c.i}, []int{c.j}, c.score)
		taken = append(taken, c)
	}
}

func crosses(c candidate, taken []candidate) bool {
	for _, t := range taken {
		if (c.i < t.i) != (c.j < t.j) {
			return true
		}
	}
	return false
}

func (al *aligner) takeBest(cands []candidate) {
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].score > cands[y].score })
	for _, c := range cands {
		if al.a.match[c.i] < 0 && al.b.match[c.j] < 0 {
			al.add([]int{c.i}, []int{c.j}, c.score)
		}
	}
}
