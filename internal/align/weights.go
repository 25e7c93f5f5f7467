package align

import (
	"math"
	"sync/atomic"
)

// weights gives each token its inverse document frequency over the clauses
// of both versions, so that "you may ... the" weighs little and "export a
// copy" much when deciding whether two clauses say the same thing.
type weights struct {
	df   *tokenTable
	n    float64 // how many clauses the document frequencies count
	rare float64 // the weight of a token seen in no sampled clause
	// logs[d] is the weight of a token in d clauses once worked out (0
	// before): a count is at most the clauses counted, and a few
	// thousand weights asked for come from a few dozen counts.
	logs []float64
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

// sampleMax is how many paired clauses of each side, at most, token
// weights are estimated from.
const sampleMax = 300

// newWeights counts, for each token, the sampled clauses of both sides that
// hold it. An unchanged clause sampled on both sides is read once and
// counted twice; a paired clause is read without building its fingerprint,
// which nothing else will ask for.
func newWeights(a, b *side) weights {
	inA, nA := a.sampled(sampleMax)
	inB, nB := b.sampled(sampleMax)
	// Unpaired clauses first: their fingerprints, needed later anyway,
	// are the dearer work, best shared between the two cores.
	var open, paired []sample
	add := func(s *side, i int, mult int32) {
		if s.match[i] < 0 || s.fps[i] != nil {
			open = append(open, sample{s, i, mult, true})
		} else {
			paired = append(paired, sample{s, i, mult, false})
		}
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
	return startCounting(append(open, paired...)).weights(nA + nB)
}

// everyClause lists every clause of both sides once, an unchanged one
// (with a twin) counted twice. When no side has sampleMax clauses every
// clause is sampled, and this is what newWeights would count: it can be
// counted before the alignment is known. A clause without a twin is
// counted by its fingerprint, which the similarity search will ask for
// (unless the normal forms pair it first), so that its text is read once;
// those come first, the dearer work best shared between the two cores.
func everyClause(a, b *side) []sample {
	out := make([]sample, 0, len(a.cl)+len(b.cl))
	for i := range a.cl {
		if a.twin[i] < 0 {
			out = append(out, sample{a, i, 1, true})
		}
	}
	for j := range b.cl {
		if b.twin[j] < 0 {
			out = append(out, sample{b, j, 1, true})
		}
	}
	for i := range a.cl {
		if a.twin[i] >= 0 {
			out = append(out, sample{a, i, 2, false})
		}
	}
	return out
}

// sample is a clause that token weights are estimated from, counted mult
// times, by its fingerprint (made if need be) when fp is set. A clause's
// fingerprint is made by the one goroutine that takes the clause, and it
// is not shared with a twin: the caller may be pairing clauses meanwhile.
type sample struct {
	s    *side
	i    int
	mult int32
	fp   bool
}

// counter counts the tokens of sampled clauses. Reading them is most of the
// alignment's work, so a second core takes chunks of them into a table of
// its own while the caller goes on; the caller then takes what is left.
// Counts are sums: the result does not depend on who read what.
type counter struct {
	items []sample
	next  atomic.Int64
	table *tokenTable // the caller's
	other *tokenTable // the second core's
	done  chan struct{}
}

// countChunk clauses are taken at a time.
const countChunk = 8

func startCounting(items []sample) *counter {
	size := 0
	for _, x := range items {
		size += fullLen(x.s.cl[x.i])
	}
	c := &counter{items: items, table: newTokenTable(size), done: make(chan struct{})}
	if size < 16<<10 {
		close(c.done) // not worth a goroutine
		return c
	}
	go func() {
		defer close(c.done)
		c.run(&c.other, size/2)
	}()
	return c
}

// run counts chunks into *t until none is left, making the table when it
// takes its first chunk: a second core that finds the work done costs
// nothing.
func (c *counter) run(t **tokenTable, size int) {
	pooled := tokenBufs.Get().(*[]uint64)
	defer tokenBufs.Put(pooled)
	buf := (*pooled)[:0]
	defer func() { *pooled = buf[:0] }()
	for {
		k := int(c.next.Add(countChunk)) - countChunk
		if k >= len(c.items) {
			return
		}
		if *t == nil {
			*t = newTokenTable(size)
		}
		for n, x := range c.items[k:min(k+countChunk, len(c.items))] {
			toks := buf[:0]
			if x.fp {
				if x.s.fps[x.i] == nil {
					x.s.fps[x.i] = fingerprintOfClause(x.s.cl[x.i])
				}
				toks = x.s.fps[x.i]
			} else {
				toks = appendFullTokens(toks, x.s.cl[x.i])
				buf = toks
			}
			for _, h := range toks {
				(*t).add(h, int32(k+n+1), x.mult)
			}
		}
	}
}

// weights finishes the count and returns the weights over n sampled
// clauses.
func (c *counter) weights(n int) weights {
	c.run(&c.table, 0)
	<-c.done
	if c.other != nil {
		c.table.merge(c.other)
		c.other.recycle()
	}
	return weights{df: c.table, n: float64(n), rare: math.Log(1 + float64(n+1)), logs: make([]float64, n+1)}
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
// document are never compared. The answer is kept in w.logs (0 for not
// worked out yet), which w's copies share: of is for one goroutine.
func (w weights) of(t uint64) float64 {
	d := w.df.get(t)
	switch {
	case d <= 0:
		return w.rare
	case int(d) >= len(w.logs):
		return math.Log(1 + w.n/float64(d))
	case w.logs[d] == 0:
		w.logs[d] = math.Log(1 + w.n/float64(d))
	}
	return w.logs[d]
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

// dice is w.dice of clause i of A and clause j of B.
func (al *aligner) dice(i, j int) float64 {
	fa, fb := al.a.fp(i), al.b.fp(j)
	return al.w.diceOf(fa, fb, al.a.total(al.w, i), al.b.total(al.w, j))
}

// total is w.total of clause i's fingerprint, remembered: a clause in a long
// gap is weighed against a hundred others.
func (s *side) total(w weights, i int) float64 {
	if s.tot[i] < 0 {
		s.tot[i] = w.total(s.fp(i))
	}
	return s.tot[i]
}

// dice is the weighted Sørensen–Dice coefficient of two fingerprints, 0..1.
func (w weights) dice(a, b fingerprint) float64 {
	return w.diceOf(a, b, w.total(a), w.total(b))
}

// diceOf is dice for fingerprints whose totals are ta and tb.
func (w weights) diceOf(a, b fingerprint, ta, tb float64) float64 {
	d := ta + tb
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
