package align

import (
	"sort"
	"strings"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/textdiff"
)

// matchHeadings pairs unmatched clauses that keep a heading found once on
// each side, however much their text changed: a reviewer follows a section
// by its title. A little shared content is still required, so that a
// generic heading ("Overview") over new text is not taken for the old one.
func (al *aligner) matchHeadings() {
	key := func(c *doc.Clause) string { return textdiff.Normalize(strings.ToLower(c.Heading)) }
	unique := func(s *side) map[string]int {
		m := make(map[string]int)
		for i, c := range s.cl {
			if s.isOpen(i) && c.Heading != "" {
				if _, dup := m[key(c)]; dup {
					m[key(c)] = -1
				} else {
					m[key(c)] = i
				}
			}
		}
		return m
	}
	ua, ub := unique(&al.a), unique(&al.b)
	var cands []candidate
	for k, i := range ua {
		j, ok := ub[k]
		if !ok || i < 0 || j < 0 {
			continue
		}
		// A specific heading (several words) is evidence enough for a
		// section rewritten from top to bottom.
		bar := 0.25
		if len(fingerprintOf(al.a.cl[i].Heading)) >= 3 {
			bar = 0.1
		}
		if s := al.dice(i, j); s >= bar {
			cands = append(cands, candidate{i, j, s})
		}
	}
	sort.Slice(cands, func(x, y int) bool { return cands[x].i < cands[y].i })
	al.takeBest(cands)
}

// matchNumbers pairs what is left by number: a clause that kept its number
// under the same parent and shares some words with its old text was
// rewritten, not replaced.
func (al *aligner) matchNumbers() {
	byID := make(map[string]int)
	for j, c := range al.b.cl {
		if al.b.isOpen(j) && c.ID != "" {
			byID[c.ID] = j
		}
	}
	var cands []candidate
	for i, c := range al.a.cl {
		j, ok := byID[c.ID]
		if !ok || !al.a.isOpen(i) || !al.sameParent(c, al.b.cl[j]) {
			continue
		}
		if s := al.dice(i, j); s >= 0.25 {
			cands = append(cands, candidate{i, j, s})
		}
	}
	al.takeBest(cands)
}

// sameParent reports whether two clauses hang under parents that are paired
// with each other, or both at the top.
func (al *aligner) sameParent(x, y *doc.Clause) bool {
	if x.Parent == nil || y.Parent == nil {
		return x.Parent == nil && y.Parent == nil
	}
	i, j := al.a.index[x.Parent], al.b.index[y.Parent]
	return al.a.match[i] >= 0 && al.a.match[i] == al.b.match[j]
}

// matchMoves pairs clauses still unmatched anywhere in the document: a
// clause moved to another place, perhaps edited on the way. Candidates come
// from an inverted index of tokens, so this stays linear in practice.
func (al *aligner) matchMoves() {
	const maxDF = 32 // tokens shared by more clauses say nothing about identity
	postings := make(map[uint64][]int)
	for i := range al.a.cl {
		if al.a.isOpen(i) {
			for _, t := range al.a.fp(i) {
				if len(postings[t]) <= maxDF {
					postings[t] = append(postings[t], i)
				}
			}
		}
	}
	var cands []candidate
	shared := make(map[int]int)
	for j := range al.b.cl {
		if !al.b.isOpen(j) {
			continue
		}
		fb := al.b.fp(j)
		if len(fb) < 3 {
			continue // too short to recognise away from its place
		}
		clear(shared)
		for _, t := range fb {
			if p := postings[t]; len(p) <= maxDF {
				for _, i := range p {
					shared[i]++
				}
			}
		}
		for i, n := range shared {
			fa := al.a.fp(i)
			if 2*float64(n)/float64(len(fa)+len(fb)) < al.opt.MoveThreshold*0.4 {
				continue
			}
			if s := al.dice(i, j); s >= al.opt.MoveThreshold {
				cands = append(cands, candidate{i, j, s})
			}
		}
	}
	sort.Slice(cands, func(x, y int) bool {
		if cands[x].score != cands[y].score {
			return cands[x].score > cands[y].score
		}
		if cands[x].j != cands[y].j {
			return cands[x].j < cands[y].j
		}
		return cands[x].i < cands[y].i
	})
	al.takeBest(cands)
}
