package align

import "github.com/policydiff/policydiff/internal/textdiff"

// anchorExact pairs the clauses whose exact text occurs equally often on
// both sides.
func (al *aligner) anchorExact() {
	anchor(al, al.a.open(), al.b.open(), func(s *side, i int) fullKey { return keyOf(s.cl[i]) })
}

// anchorNormalized pairs the clauses whose normal form (see
// textdiff.Normalize) occurs equally often on both sides.
func (al *aligner) anchorNormalized() {
	// Building a normal form costs more than the alignment of an unchanged
	// clause: it is built only for a clause whose kept characters (see
	// textdiff.KeptHash) occur on the other side. No other clause's normal
	// form can be found there, so leaving it out changes no count.
	ca, cb := al.a.open(), al.b.open()
	var ha, hb []uint64
	both(len(ca)+len(cb) >= 200, func() { ha = keptHashes(&al.a, ca) }, func() { hb = keptHashes(&al.b, cb) })
	ca, cb = seenIn(ca, ha, hb), seenIn(cb, hb, ha)
	anchor(al, ca, cb, func(s *side, i int) string { return textdiff.Normalize(s.full(i)) })
}

// isOpen reports whether clause i is still unpaired and is paired by its
// own words (not a container): what every search by content looks for.
func (s *side) isOpen(i int) bool { return s.match[i] < 0 && !s.cont[i] }

// open lists the open clauses.
func (s *side) open() []int {
	out := make([]int, 0, len(s.cl))
	for i := range s.cl {
		if s.isOpen(i) {
			out = append(out, i)
		}
	}
	return out
}

func keptHashes(s *side, idx []int) []uint64 {
	out := make([]uint64, len(idx))
	for n, i := range idx {
		out[n] = textdiff.KeptHash(s.full(i))
	}
	return out
}

// seenIn keeps the clauses idx whose hash (hs, in step with idx) is among
// other.
func seenIn(idx []int, hs, other []uint64) []int {
	set := make(map[uint64]struct{}, len(other))
	for _, h := range other {
		set[h] = struct{}{}
	}
	out := idx[:0]
	for n, i := range idx {
		if _, ok := set[hs[n]]; ok {
			out = append(out, i)
		}
	}
	return out
}

// anchor pairs the clauses ca (of A) and cb (of B) whose key occurs equally
// often on both sides, the i-th occurrence in A with the i-th in B. Keys
// that occur more often on one side are left to the gap search, where
// position decides. Occurrences are chained through next rather than kept
// in a slice per key: nearly every key occurs once.
func anchor[K comparable](al *aligner, ca, cb []int, key func(*side, int) K) {
	type occurrences struct{ firstA, lastA, firstB, lastB, nA, nB int }
	ids := make(map[K]int, len(ca))
	keys := make([]occurrences, 0, len(ca))
	nextA, nextB := make([]int, len(ca)), make([]int, len(cb))
	for x, i := range ca {
		nextA[x] = -1
		k := key(&al.a, i)
		id, ok := ids[k]
		if !ok {
			ids[k] = len(keys)
			keys = append(keys, occurrences{firstA: x, lastA: x, firstB: -1, lastB: -1, nA: 1})
			continue
		}
		o := &keys[id]
		nextA[o.lastA], o.lastA = x, x
		o.nA++
	}
	for y, j := range cb {
		nextB[y] = -1
		id, ok := ids[key(&al.b, j)]
		if !ok {
			continue
		}
		o := &keys[id]
		if o.nB == 0 {
			o.firstB = y
		} else {
			nextB[o.lastB] = y
		}
		o.lastB = y
		o.nB++
	}
	// One backing array for the one-clause sides of every pair.
	slab := make([]int, 0, 2*min(len(ca), len(cb)))
	for _, o := range keys {
		if o.nA != o.nB {
			continue
		}
		for x, y := o.firstA, o.firstB; x >= 0; x, y = nextA[x], nextB[y] {
			n := len(slab)
			slab = append(slab, ca[x], cb[y])
			al.add(slab[n:n+1:n+1], slab[n+1:n+2:n+2], 1)
		}
	}
}
