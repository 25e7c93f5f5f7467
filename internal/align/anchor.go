package align

import (
	"hash/maphash"

	"github.com/policydiff/policydiff/internal/textdiff"
)

// anchorExact pairs the clauses whose exact text occurs equally often on
// both sides.
func (al *aligner) anchorExact() {
	seed := maphash.MakeSeed()
	al.anchor(al.a.open(), al.b.open(), true,
		func(s *side, i int) uint64 { return fullHash(seed, s.cl[i]) },
		func(s *side, i int, t *side, j int) bool { return fullEqual(s.cl[i], t.cl[j]) })
}

// anchorNormalized pairs the clauses whose normal form (see
// textdiff.Normalize) occurs equally often on both sides.
func (al *aligner) anchorNormalized() {
	// Building a normal form costs more than the alignment of an unchanged
	// clause: it is built only for a clause whose kept characters (see
	// textdiff.KeptHash) occur on the other side. No other clause's normal
	// form can be found there, so leaving it out changes no count.
	ca, cb := al.a.open(), al.b.open()
	// Per side, by clause: the kept hash of an open clause, and the normal
	// form once built.
	type normal struct {
		kept  []uint64
		forms []string
	}
	na := normal{forms: make([]string, len(al.a.cl))}
	nb := normal{forms: make([]string, len(al.b.cl))}
	both(len(ca)+len(cb) >= 200, func() { na.kept = keptHashes(&al.a, ca) }, func() { nb.kept = keptHashes(&al.b, cb) })
	inA, inB := hashSet(ca, na.kept), hashSet(cb, nb.kept)
	ca, cb = seenIn(ca, na.kept, inB), seenIn(cb, nb.kept, inA)
	of := func(s *side) *normal {
		if s == &al.a {
			return &na
		}
		return &nb
	}
	form := func(s *side, i int) string {
		n := of(s)
		if n.forms[i] == "" {
			n.forms[i] = textdiff.Normalize(s.full(i))
		}
		return n.forms[i]
	}
	// The kept hash is the anchor's hash too: equal normal forms have equal
	// kept hashes, and same settles the rest. Each form is built once, when
	// two clauses whose hashes meet are compared.
	al.anchor(ca, cb, false,
		func(s *side, i int) uint64 { return of(s).kept[i] },
		func(s *side, i int, t *side, j int) bool { return form(s, i) == form(t, j) })
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

// keptHashes is the kept hash of each clause of idx, in a slice by
// clause.
func keptHashes(s *side, idx []int) []uint64 {
	out := make([]uint64, len(s.cl))
	for _, i := range idx {
		out[i] = textdiff.KeptHash(s.full(i))
	}
	return out
}

// hashSet is the set of the hashes (hs, by clause) of the clauses idx.
func hashSet(idx []int, hs []uint64) map[uint64]struct{} {
	set := make(map[uint64]struct{}, len(idx))
	for _, i := range idx {
		set[hs[i]] = struct{}{}
	}
	return set
}

// seenIn keeps, in place, the clauses idx whose hash (hs, by clause) is in
// other.
func seenIn(idx []int, hs []uint64, other map[uint64]struct{}) []int {
	out := idx[:0]
	for _, i := range idx {
		if _, ok := other[hs[i]]; ok {
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
//
// A key is known by its hash, and same tells whether two clauses have one
// key; keys that share a hash are chained through collide. exact says the
// key is the full text, so that a pair is two twins.
func (al *aligner) anchor(ca, cb []int, exact bool, hash func(*side, int) uint64, same func(s *side, i int, t *side, j int) bool) {
	type occurrences struct{ firstA, lastA, firstB, lastB, nA, nB, collide int32 }
	ids := make(map[uint64]int32, len(ca))
	keys := make([]occurrences, 0, len(ca))
	// find returns the key of clause i of s among those with its hash
	// (first, or -1), or -1, and the last of them.
	find := func(s *side, i int, first int32) (id, last int32) {
		for id, last = first, -1; id >= 0; id, last = keys[id].collide, id {
			if same(&al.a, ca[keys[id].firstA], s, i) {
				return id, last
			}
		}
		return -1, last
	}
	nextA, nextB := make([]int32, len(ca)), make([]int32, len(cb))
	for x, i := range ca {
		nextA[x] = -1
		h := hash(&al.a, i)
		first, ok := ids[h]
		if !ok {
			first = -1
		}
		id, last := find(&al.a, i, first)
		if id < 0 {
			id = int32(len(keys))
			keys = append(keys, occurrences{firstA: int32(x), lastA: int32(x), firstB: -1, lastB: -1, collide: -1})
			if last < 0 {
				ids[h] = id
			} else {
				keys[last].collide = id
			}
		} else {
			nextA[keys[id].lastA] = int32(x)
			keys[id].lastA = int32(x)
		}
		keys[id].nA++
	}
	for y, j := range cb {
		nextB[y] = -1
		first, ok := ids[hash(&al.b, j)]
		if !ok {
			continue
		}
		id, _ := find(&al.b, j, first)
		if id < 0 {
			continue
		}
		o := &keys[id]
		if o.nB == 0 {
			o.firstB = int32(y)
		} else {
			nextB[o.lastB] = int32(y)
		}
		o.lastB = int32(y)
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
			if exact {
				al.addPair(slab[n:n+1:n+1], slab[n+1:n+2:n+2], 1, true)
			} else {
				al.add(slab[n:n+1:n+1], slab[n+1:n+2:n+2], 1)
			}
		}
	}
}
