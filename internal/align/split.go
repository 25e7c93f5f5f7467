package align

import (
	"cmp"
	"slices"
	"sort"

	"github.com/policydiff/policydiff/internal/doc"
)

// extendSplits grows a pair with the unmatched clause right after or before
// it on one side when that clause's words come from the other side's text:
// a clause split in two (or two merged into one) is one pair whose diff
// shows the break, not a modification plus an addition.
func (al *aligner) extendSplits() {
	for k := range al.pairs {
		if al.pairs[k].score >= 1 {
			continue
		}
		for al.grow(k, &al.b, &al.a, true) || al.grow(k, &al.a, &al.b, false) {
		}
	}
}

// grow tries to add to pair k one neighbour on side s (the side that was
// split); o is the other side. It reports whether it did.
func (al *aligner) grow(k int, s, o *side, sIsB bool) bool {
	p := &al.pairs[k]
	mine, theirs := p.a, p.b
	if sIsB {
		mine, theirs = p.b, p.a
	}
	whole := al.fpOf(o, theirs)
	cur := al.fpOf(s, mine)
	for _, j := range []int{mine[len(mine)-1] + 1, mine[0] - 1} {
		if j < 0 || j >= len(s.cl) || !s.isOpen(j) {
			continue
		}
		part := s.fp(j)
		if al.w.containment(whole, part) < 0.7 {
			continue
		}
		score := al.w.dice(whole, union(cur, part))
		if score <= p.score {
			continue
		}
		if j > mine[0] {
			mine = append(mine, j)
		} else {
			mine = append([]int{j}, mine...)
		}
		if sIsB {
			p.b = mine
		} else {
			p.a = mine
		}
		p.score = score
		s.match[j] = k
		return true
	}
	return false
}

func (al *aligner) fpOf(s *side, idx []int) fingerprint {
	f := s.fp(idx[0])
	for _, i := range idx[1:] {
		f = union(f, s.fp(i))
	}
	return f
}

// matchContainers pairs clauses without text of their own (a number whose
// words are all in its children) and tables by where their children went,
// or failing that by number; and a section left unpaired by where most of
// its children went.
func (al *aligner) matchContainers() {
	byID := make(map[string][]int)
	for j, c := range al.b.cl {
		if al.b.match[j] < 0 && al.b.cont[j] {
			byID[c.ID] = append(byID[c.ID], j)
		}
	}
	// Children before parents (reverse document order), so that a section
	// can follow tables that themselves followed their rows.
	for i := len(al.a.cl) - 1; i >= 0; i-- {
		c := al.a.cl[i]
		if al.a.match[i] >= 0 || (!al.a.cont[i] && len(c.Children) == 0) {
			continue
		}
		votes := make(map[int]int)
		for _, ch := range c.Children {
			ci, ok := al.a.index[ch]
			if !ok || al.a.match[ci] < 0 {
				continue
			}
			for _, j := range al.pairs[al.a.match[ci]].b {
				if par := al.b.cl[j].Parent; par != nil {
					if pj, ok := al.b.index[par]; ok && al.b.match[pj] < 0 && al.b.cont[pj] == al.a.cont[i] {
						votes[pj]++
					}
				}
			}
		}
		best, bestN := -1, 0
		for j, n := range votes {
			if n > bestN || (n == bestN && j < best) {
				best, bestN = j, n
			}
		}
		// A section whose own words changed beyond recognition follows
		// its clauses when at least half of them went to one place.
		if !al.a.cont[i] && bestN*2 < len(c.Children) {
			best = -1
		}
		if best < 0 && al.a.cont[i] {
			if js := byID[c.ID]; len(js) == 1 && al.b.match[js[0]] < 0 {
				best = js[0]
			}
		}
		if best >= 0 {
			al.add([]int{i}, []int{best}, al.containerScore(i, best))
		}
	}
	// Tables whose rows all changed: pair by their own text, in order.
	var cands []candidate
	for i := range al.a.cl {
		if al.a.match[i] >= 0 || !al.a.cont[i] || empty(al.a.cl[i]) {
			continue
		}
		for j := range al.b.cl {
			if al.b.match[j] < 0 && al.b.cont[j] && !empty(al.b.cl[j]) {
				if s := al.dice(i, j); s >= al.opt.Threshold {
					cands = append(cands, candidate{i, j, s})
				}
			}
		}
	}
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].score > cands[y].score })
	var taken []candidate
	for _, c := range cands {
		if al.a.match[c.i] < 0 && al.b.match[c.j] < 0 && !crosses(c, taken) {
			al.add([]int{c.i}, []int{c.j}, c.score)
			taken = append(taken, c)
		}
	}
}

func (al *aligner) containerScore(i, j int) float64 {
	if fullEqual(al.a.cl[i], al.b.cl[j]) {
		return 1
	}
	return al.dice(i, j)
}

// result lists every clause once, in B's order, removed clauses after the
// pair that precedes them in A.
func (al *aligner) result() []Match {
	inOrder := make([]bool, len(al.pairs))
	for _, k := range al.ordered() {
		inOrder[k] = true
	}
	// Each match is placed by key (twice a B position, plus one after
	// it), then by its first A clause, and built once in that order: a
	// pair k as itself, an added clause j as -1-j, a removed clause i as
	// -1-len(B)-i.
	type keyed struct{ key, tieA, src int }
	nb := len(al.b.cl)
	// As many matches as pairs and unpaired clauses, no more: most
	// clauses are paired, and a fresh process faults in what it touches.
	order := make([]keyed, 0, len(al.pairs)+unpaired(&al.a)+unpaired(&al.b))
	for k, p := range al.pairs {
		order = append(order, keyed{2 * p.b[0], p.a[0], k})
	}
	for j := range al.b.cl {
		if al.b.match[j] < 0 {
			order = append(order, keyed{2 * j, -1, -1 - j})
		}
	}
	// A removed clause goes after the B position of the nearest preceding A
	// clause that has a partner.
	after := -1
	for i := range al.a.cl {
		if k := al.a.match[i]; k >= 0 {
			after = 2*al.pairs[k].b[len(al.pairs[k].b)-1] + 1
			continue
		}
		order = append(order, keyed{after, i, -1 - nb - i})
	}
	slices.SortStableFunc(order, func(x, y keyed) int {
		if x.key != y.key {
			return cmp.Compare(x.key, y.key)
		}
		return cmp.Compare(x.tieA, y.tieA)
	})
	// Every clause is in one match: one backing array holds them all.
	slab := make([]*doc.Clause, 0, len(al.a.cl)+len(al.b.cl))
	pick := func(s *side, idx ...int) []*doc.Clause {
		n := len(slab)
		for _, i := range idx {
			slab = append(slab, s.cl[i])
		}
		return slab[n:len(slab):len(slab)]
	}
	out := make([]Match, len(order))
	for n, o := range order {
		switch k := o.src; {
		case k >= 0:
			p := al.pairs[k]
			out[n] = Match{A: pick(&al.a, p.a...), B: pick(&al.b, p.b...), Score: p.score, OutOfOrder: !inOrder[k]}
		case k >= -nb:
			out[n] = Match{B: pick(&al.b, -1-k)}
		default:
			out[n] = Match{A: pick(&al.a, -1-nb-k)}
		}
	}
	return out
}

func unpaired(s *side) int {
	n := 0
	for _, k := range s.match {
		if k < 0 {
			n++
		}
	}
	return n
}
