package align

import (
	"sync"
	"unsafe"
)

// tokenTable counts clauses per token. Tokens are hashes already, so an
// open-addressed table with a multiplicative index beats a map; the stamp
// lets a clause's repeated tokens count once without sorting them. A slot
// holds all three, so a token costs one cache line.
type tokenTable struct {
	slots []tokenSlot
	used  int
	shift uint
	// The token 0 has no slot: 0 marks nothing in a slot's key.
	zero, zeroStamp int32
}

type tokenSlot struct {
	key   uint64
	count int32
	stamp int32 // the clause that last counted the token (never 0); 0 for an empty slot
}

// newTokenTable sizes a table for the tokens of the given bytes of text. An
// English policy uses a vocabulary of one or two thousand words whatever its
// length; Chinese bigrams are more varied and grow the table.
func newTokenTable(bytes int) *tokenTable {
	n := min(fullTable, max(256, bytes/16))
	if n > fullTable/2 {
		if t, ok := tables.Get().(*tokenTable); ok {
			return t
		}
	}
	t := &tokenTable{}
	t.alloc(n)
	return t
}

// fullTable is the size of the tables kept in tables, emptied, for the next
// comparison: an English policy's vocabulary fits one (the 60 KB seed and
// its edit hold 1,393 words; a table is filled to three quarters), and
// clearing one costs less than the garbage collector's share of making a
// new one. Three quarters rather than half halves the 64 KB a fresh
// process faults in for each of the two tables, and probing no more shows.
const fullTable = 2048

var tables sync.Pool

// recycle gives t back once nothing refers to it any more.
func (t *tokenTable) recycle() {
	if len(t.slots) != fullTable {
		return
	}
	clear(t.slots)
	t.used, t.zero, t.zeroStamp = 0, 0, 0
	tables.Put(t)
}

func (t *tokenTable) alloc(n int) {
	size, shift := 1, uint(64)
	for size < n {
		size, shift = size*2, shift-1
	}
	t.slots, t.shift = make([]tokenSlot, size), shift
	// A table fresh from the OS is read before it is written (slot looks
	// at the stamp first), which maps the shared zero page and then, at
	// the first write, copies it and flushes the TLB of every core running
	// the process. Writing each page first makes that one plain fault: the
	// first comparison of a process spends about 0.3 ms less.
	for i := 0; i < len(t.slots); i += pageSlots {
		t.slots[i].stamp = 0
	}
}

// pageSlots is how many slots a 4 KB page holds.
const pageSlots = 4096 / int(unsafe.Sizeof(tokenSlot{}))

func (t *tokenTable) slot(k uint64) *tokenSlot {
	mask := len(t.slots) - 1
	i := int((k * 0x9e3779b97f4a7c15) >> t.shift)
	for {
		s := &t.slots[i]
		if s.stamp == 0 || s.key == k {
			return s
		}
		i = (i + 1) & mask
	}
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
	// The same stores for a new token (an empty slot has count 0 and
	// stamp 0, never an item), a token new to this item and a repeat, so
	// that which one it is costs no mispredicted branch: most tokens of a
	// clause are one of the first two, at random.
	s := t.slot(k)
	fresh := s.stamp == 0
	var seen int32
	if s.stamp == item {
		seen = 1
	}
	s.key, s.count, s.stamp = k, s.count+mult*(1-seen), item
	if fresh {
		t.took()
	}
}

// took counts a slot newly taken, growing the table past three quarters
// full.
func (t *tokenTable) took() {
	if t.used++; t.used*4 > len(t.slots)*3 {
		t.grow()
	}
}

// merge adds the counts of o.
func (t *tokenTable) merge(o *tokenTable) {
	t.zero += o.zero
	for _, x := range o.slots {
		if x.stamp == 0 {
			continue
		}
		s := t.slot(x.key)
		if s.stamp != 0 {
			s.count += x.count
			continue
		}
		*s = tokenSlot{x.key, x.count, -1 << 31}
		t.took()
	}
}

func (t *tokenTable) get(k uint64) int32 {
	if k == 0 {
		return t.zero
	}
	return t.slot(k).count
}

func (t *tokenTable) grow() {
	old := t.slots
	t.alloc(2 * len(old))
	for _, x := range old {
		if x.stamp != 0 {
			*t.slot(x.key) = x
		}
	}
}
