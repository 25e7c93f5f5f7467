package textdiff

import (
	"sync"
	"unicode/utf8"
)

// scratch maps each distinct token to one private-use rune, the trick of
// go-diff's DiffLinesToRunes applied to words. Private-use runes all fall in
// one character class, so go-diff's boundary scoring treats every token
// boundary alike and never splits a token. Its buffers serve one diff after
// another.
type scratch struct {
	ta, tb []string
	ra, rb []rune
	ids    map[string]rune
}

var scratchPool = sync.Pool{New: func() any { return &scratch{ids: make(map[string]rune)} }}

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
	// A table grown for one long clause would cost every later clear.
	if len(sc.ids) > 1<<12 {
		sc.ids = make(map[string]rune)
	} else {
		clear(sc.ids)
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

// privateUse lists the private-use blocks, 137k code points in all.
var privateUse = [][2]rune{{0xE000, 0xF8FF}, {0xF0000, 0xFFFFD}, {0x100000, 0x10FFFD}}

// encode gives the runes of ta and tb; ok is false when they hold more
// distinct tokens than there are private-use runes.
func (sc *scratch) encode() (ra, rb []rune, ok bool) {
	sc.ra, ok = sc.encodeInto(sc.ra[:0], sc.ta)
	if !ok {
		return nil, nil, false
	}
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
	rb = append(sc.rb[:0], sc.ra[:pre]...)
	if rb, ok = sc.encodeInto(rb, tb[pre:len(tb)-suf]); !ok {
		return nil, nil, false
	}
	sc.rb = append(rb, sc.ra[len(ta)-suf:]...)
	return sc.ra, sc.rb, true
}

func (sc *scratch) encodeInto(out []rune, toks []string) ([]rune, bool) {
	for _, t := range toks {
		r, ok := sc.ids[t]
		if !ok {
			if r = runeFor(len(sc.ids)); r < 0 {
				return nil, false
			}
			sc.ids[t] = r
		}
		out = append(out, r)
	}
	return out, true
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
