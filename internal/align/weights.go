package align

import "math"

// weights gives each token its inverse document frequency over the clauses
// of both versions, so that "you may ... the" weighs little and "export a
// copy" much when deciding whether two clauses say the same thing.
type weights struct {
	df   *tokenTable
	n    float64 // how many clauses the document frequencies count
	rare float64 // the weight of a token seen in no sampled clause
}

// sampled marks the clauses that token weights are estimated from: every
// clause still unpaired and an even sample of the paired ones, so the cost
// stays proportional to what changed, not to the document's length.
func (s *side) sampled(max int) (in []bool, n int) {
	paired := 0
	for i := range s.cl {
		if s.match[i] >= 0 {
			paired++
		}
	}
	step := paired/max + 1
	in = make([]bool, len(s.cl))
	k := 0
	for i := range s.cl {
		if s.match[i] >= 0 {
			k++
			if k%step != 0 {
				continue
			}
		}
		in[i] = true
		n++
	}
	return in, n
}

// newWeights counts, for each token, the sampled clauses of both sides that
// hold it. An unchanged clause sampled on both sides is read once and
// counted twice; a paired clause is read without building its fingerprint,
// which nothing else will ask for.
func newWeights(a, b *side, max int) weights {
	inA, nA := a.sampled(max)
	inB, nB := b.sampled(max)
	var open, paired []sample
	size := 0
	add := func(s *side, i int, mult int32) {
		if s.match[i] < 0 || s.fps[i] != nil {
			open = append(open, sample{s, i, mult})
			return
		}
		paired = append(paired, sample{s, i, mult})
		size += len(s.text[i])
	}
	for i, ok := range inA {
		if ok {
			mult := int32(1)
			if j := a.twin[i]; j >= 0 && inB[j] {
				mult, inB[j] = 2, false
			}
			add(a, i, mult)
		}
	}
	for j, ok := range inB {
		if ok {
			add(b, j, 1)
		}
	}
	df := newTokenTable(size)
	// Reading the paired clauses is most of the work for a document with
	// few changes: a second core reads half of them into a table of its
	// own. Counts are sums, so the result does not depend on who read what.
	var other *tokenTable
	done := make(chan struct{})
	if half := len(paired) / 2; size >= 16<<10 {
		rest := paired[half:]
		go func() {
			other = newTokenTable(size / 2)
			other.countPaired(rest)
			close(done)
		}()
		paired = paired[:half]
	} else {
		close(done)
	}
	df.countPaired(paired)
	item := int32(-1) // stamps of their own, below countPaired's
	for _, o := range open {
		for _, t := range o.s.fp(o.i) {
			df.add(t, item, o.mult)
		}
		item--
	}
	<-done
	if other != nil {
		df.merge(other)
	}
	n := nA + nB
	return weights{df: df, n: float64(n), rare: math.Log(1 + float64(n+1))}
}

// sample is a clause that token weights are estimated from, counted mult
// times.
type sample struct {
	s    *side
	i    int
	mult int32
}

// countPaired counts the tokens of paired clauses, which are read only for
// this: their fingerprints are never built.
func (t *tokenTable) countPaired(ss []sample) {
	var buf []uint64
	for n, x := range ss {
		buf = appendTokens(buf[:0], x.s.text[x.i])
		for _, k := range buf {
			t.add(k, int32(n+1), x.mult)
		}
	}
}

func (w weights) total(a fingerprint) float64 {
	s := 0.0
	for _, t := range a {
		s += w.of(t)
	}
	return s
}

// of is the weight of a token; a token outside the sample the weights were
// estimated from is rare. It is worked out when asked for: most tokens of a
// document are never compared.
func (w weights) of(t uint64) float64 {
	if d := w.df.get(t); d > 0 {
		return math.Log(1 + w.n/float64(d))
	}
	return w.rare
}

// tokenTable counts clauses per token. Tokens are hashes already, so an
// open-addressed table with a multiplicative index beats a map; the stamp
// lets a clause's repeated tokens count once without sorting them.
type tokenTable struct {
	keys   []uint64
	counts []int32
	stamps []int32 // the clause that last counted the slot's token (never 0); 0 for an empty slot
	used   int
	shift  uint
	// The token 0 has no slot: 0 marks nothing in keys.
	zero, zeroStamp int32
}

// newTokenTable sizes a table for the tokens of the given bytes of text. An
// English policy uses a vocabulary of one or two thousand words whatever its
// length; Chinese bigrams are more varied and grow the table.
func newTokenTable(bytes int) *tokenTable {
	t := &tokenTable{}
	t.alloc(min(4096, max(256, bytes/8)))
	return t
}

func (t *tokenTable) alloc(n int) {
	size, shift := 1, uint(64)
	for size < n {
		size, shift = size*2, shift-1
	}
	t.keys, t.counts, t.stamps, t.shift = make([]uint64, size), make([]int32, size), make([]int32, size), shift
}

func (t *tokenTable) slot(k uint64) int {
	mask := len(t.keys) - 1
	i := int((k * 0x9e3779b97f4a7c15) >> t.shift)
	for t.stamps[i] != 0 && t.keys[i] != k {
		i = (i + 1) & mask
	}
	return i
}

// add counts token k for clause item (not 0) with weight mult, once per item.
func (t *tokenTable) add(k uint64, item, mult int32) {
	if k == 0 {
		if t.zeroStamp != item {
			t.zero += mult
			t.zeroStamp = item
		}
		return
	}
	i := t.slot(k)
	switch {
	case t.stamps[i] == 0:
		t.keys[i], t.counts[i], t.stamps[i] = k, mult, item
		if t.used++; t.used*2 > len(t.keys) {
			t.grow()
		}
	case t.stamps[i] != item:
		t.counts[i] += mult
		t.stamps[i] = item
	}
}

// merge adds the counts of o.
func (t *tokenTable) merge(o *tokenTable) {
	t.zero += o.zero
	for i, st := range o.stamps {
		if st == 0 {
			continue
		}
		j := t.slot(o.keys[i])
		if t.stamps[j] == 0 {
			t.keys[j], t.stamps[j] = o.keys[i], -1<<31
			if t.used++; t.used*2 > len(t.keys) {
				t.counts[j] = o.counts[i]
				t.grow()
				continue
			}
		}
		t.counts[j] += o.counts[i]
	}
}

func (t *tokenTable) get(k uint64) int32 {
	if k == 0 {
		return t.zero
	}
	return t.counts[t.slot(k)]
}

func (t *tokenTable) grow() {
	keys, counts, stamps := t.keys, t.counts, t.stamps
	t.alloc(2 * len(keys))
	for i, st := range stamps {
		if st != 0 {
			j := t.slot(keys[i])
			t.keys[j], t.counts[j], t.stamps[j] = keys[i], counts[i], st
		}
	}
}

// common sums the weights of the tokens two fingerprints share.
func (w weights) common(a, b fingerprint) float64 {
	s, i, j := 0.0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			s += w.of(a[i])
			i++
			j++
		}
	}
	return s
}

// dice is the weighted Sørensen–Dice coefficient of two fingerprints, 0..1.
func (w weights) dice(a, b fingerprint) float64 {
	d := w.total(a) + w.total(b)
	if d == 0 {
		return 0
	}
	return 2 * w.common(a, b) / d
}

// containment is the weighted share of b's tokens found in a.
func (w weights) containment(a, b fingerprint) float64 {
	d := w.total(b)
	if d == 0 {
		return 0
	}
	return w.common(a, b) / d
}
