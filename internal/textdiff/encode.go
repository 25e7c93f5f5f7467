package textdiff

import (
	"hash/maphash"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// scratch maps each distinct token to one private-use rune, the trick of
// go-diff's DiffLinesToRunes applied to words. Private-use runes all fall in
// one character class, so go-diff's boundary scoring treats every token
// boundary alike and never splits a token. Its buffers serve one diff after
// another.
type scratch struct {
	ta, tb []string
	ra, rb []rune
	ids    tokenRunes
}

var scratchPool = sync.Pool{New: func() any { return &scratch{ids: tokenRunes{seed: maphash.MakeSeed()}} }}

// reserve sizes the buffers for texts of na and nb bytes at once (a word
// and its space are about two tokens per six bytes): a fresh scratch, as
// every one is in a new process, would otherwise regrow them step by step.
func (sc *scratch) reserve(na, nb int) {
	if n := na/3 + 16; cap(sc.ta) < n {
		sc.ta = make([]string, 0, n)
		sc.ra = make([]rune, 0, n)
	}
	if n := nb/3 + 16; cap(sc.tb) < n {
		sc.tb = make([]string, 0, n)
		sc.rb = make([]rune, 0, n)
	}
}

func (sc *scratch) release() {
	// A table grown for one long clause would cost every later diff the
	// cache misses of its spread.
	if len(sc.ids.slots) > 1<<13 {
		sc.ids.slots, sc.ids.spill = nil, nil
	}
	clear(sc.ta)
	clear(sc.tb)
	scratchPool.Put(sc)
}

// leadOf returns in sc.tb the tokens b shares with a before its first
// change: a's, up to the last whose end, and every rune the tokenizer looked
// at after it, lie in the bytes a and b have in common. The tokenizer holds
// no state between tokens, so it may take b up from there.
func (sc *scratch) leadOf(a, b string) []string {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	// After a token it reads the next rune and, past a joiner, one more.
	limit := p - 2*utf8.UTFMax
	k, end := 0, 0
	for k < len(sc.ta) && end+len(sc.ta[k]) <= limit {
		end += len(sc.ta[k])
		k++
	}
	return append(sc.tb[:0], sc.ta[:k]...)
}

// appendRest appends the tokens of b from its byte from on, a token start,
// to out. Once they reach a place in the bytes b ends with as a does where
// a token of a starts too, the rest are a's last tokens: from a token's
// start on the tokenizer reads only what follows, so the same bytes from
// there give the same tokens.
func (sc *scratch) appendRest(out []string, a, b string, from int) []string {
	same := 0
	for same < len(a) && same < len(b)-from && a[len(a)-1-same] == b[len(b)-1-same] {
		same++
	}
	// a's tokens from k on make up its last tail bytes, all in the part
	// that b ends with too.
	k, tail := len(sc.ta), 0
	for k > 0 && tail+len(sc.ta[k-1]) <= same {
		k--
		tail += len(sc.ta[k])
	}
	for i := from; i < len(b); {
		for tail > len(b)-i {
			tail -= len(sc.ta[k])
			k++
		}
		if tail == len(b)-i {
			return append(out, sc.ta[k:]...)
		}
		j := nextToken(b, i)
		out = append(out, b[i:j])
		i = j
	}
	return out
}

// privateUse lists the private-use blocks, 137k code points in all.
var privateUse = [][2]rune{{0xE000, 0xF8FF}, {0xF0000, 0xFFFFD}, {0x100000, 0x10FFFD}}

// encode gives the runes of ta and tb; ok is false when they hold more
// distinct tokens than there are private-use runes.
func (sc *scratch) encode() (ra, rb []rune, ok bool) {
	// b's tokens before and after its changes are a's, numbered already:
	// their runes are copied, and only the changed middle is looked up.
	ta, tb := sc.ta, sc.tb
	pre := 0
	for pre < len(ta) && pre < len(tb) && ta[pre] == tb[pre] {
		pre++
	}
	suf := 0
	for suf < len(ta)-pre && suf < len(tb)-pre && ta[len(ta)-1-suf] == tb[len(tb)-1-suf] {
		suf++
	}
	sc.ids.reset(len(ta) + len(tb) - pre - suf)
	sc.ra, ok = sc.encodeInto(sc.ra[:0], ta)
	if !ok {
		return nil, nil, false
	}
	rb = append(sc.rb[:0], sc.ra[:pre]...)
	if rb, ok = sc.encodeInto(rb, tb[pre:len(tb)-suf]); !ok {
		return nil, nil, false
	}
	sc.rb = append(rb, sc.ra[len(ta)-suf:]...)
	return sc.ra, sc.rb, true
}

func (sc *scratch) encodeInto(out []rune, toks []string) ([]rune, bool) {
	for _, t := range toks {
		r := sc.ids.runeOf(t)
		if r < 0 {
			return nil, false
		}
		out = append(out, r)
	}
	return out, true
}

// tokenRunes gives each distinct token the next private-use rune, in the
// order tokens are first asked for: a map[string]rune, without its
// clearing after each diff and the cost of its generality on the few
// hundred tokens of a clause. A slot belongs to the current diff when it
// carries its round; others are empty. (A slot of an earlier round keeps
// its token's text alive until the slot is taken again or the scratch is
// dropped: the texts of clauses compared before, which their documents
// hold anyway.)
type tokenRunes struct {
	slots []tokenRune
	mask  int // the slots in use this round are slots[:mask+1]
	round uint32
	n     int // distinct tokens this round
	seed  maphash.Seed
	spill []tokenRune // see grow
}

type tokenRune struct {
	tok   string
	r     rune
	round uint32
}

// reset starts a round of at most tokens lookups. About one token in four
// of a text is new (most are spaces and common words): the table starts
// at that size and doubles when half full, so that probes stay short.
func (t *tokenRunes) reset(tokens int) {
	size := 64
	for size < tokens/4 {
		size *= 2
	}
	t.newRound(size)
	t.n = 0
}

// newRound makes size slots the table, all of them empty: slots of an
// earlier round count as empty, so only a new array or a wrapped round
// number needs clearing.
func (t *tokenRunes) newRound(size int) {
	if size > len(t.slots) {
		t.slots, t.round = make([]tokenRune, size), 0
		// find reads a slot before runeOf writes it: on memory fresh from
		// the OS that maps the shared zero page, and the first write then
		// copies it and flushes the TLB of every core running the process
		// (align's tokenTable does the same). A write to each page first
		// makes that one plain fault.
		for i := 0; i < len(t.slots); i += 4096 / int(unsafe.Sizeof(tokenRune{})) {
			t.slots[i].round = 0
		}
	}
	if t.round++; t.round == 0 { // wrapped: old rounds would come back
		clear(t.slots)
		t.round = 1
	}
	t.mask = size - 1
}

// runeOf returns the rune of tok, or -1 when the private-use runes are all
// taken.
func (t *tokenRunes) runeOf(tok string) rune {
	i := t.find(tok)
	if s := &t.slots[i]; s.round == t.round {
		return s.r
	}
	r := runeFor(t.n)
	if r < 0 {
		return -1
	}
	if 2*(t.n+1) > t.mask+1 {
		t.grow()
		i = t.find(tok)
	}
	t.slots[i] = tokenRune{tok, r, t.round}
	t.n++
	return r
}

// find returns the slot of tok, or the empty slot where it would go.
func (t *tokenRunes) find(tok string) int {
	for i := int(maphash.String(t.seed, tok)) & t.mask; ; i = (i + 1) & t.mask {
		if s := &t.slots[i]; s.round != t.round || s.tok == tok {
			return i
		}
	}
}

// grow doubles the slots in use. This round's tokens move through spill:
// a new round empties the slots at once, and slots left by a longer text
// before serve again.
func (t *tokenRunes) grow() {
	t.spill = t.spill[:0]
	for _, s := range t.slots[:t.mask+1] {
		if s.round == t.round {
			t.spill = append(t.spill, s)
		}
	}
	t.newRound(2 * (t.mask + 1))
	for _, s := range t.spill {
		s.round = t.round
		t.slots[t.find(s.tok)] = s
	}
	clear(t.spill) // no texts kept alive from here
}

func runeFor(i int) rune {
	for _, blk := range privateUse {
		size := int(blk[1]-blk[0]) + 1
		if i < size {
			return blk[0] + rune(i)
		}
		i -= size
	}
	return -1
}

func width(toks []string) int {
	n := 0
	for _, t := range toks {
		n += len(t)
	}
	return n
}
