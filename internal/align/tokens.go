package align

import (
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/textdiff"
)

// fingerprint is the sorted set of hashed content tokens of a clause: lower
// case words and numbers, and Chinese character bigrams (a bigram is about
// as specific as an English word; single characters match everything).
// Punctuation width, quotes, emphasis and spacing do not enter it.
type fingerprint []uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fingerprintOf hashes tokens in one pass without building strings.
func fingerprintOf(text string) fingerprint {
	buf := tokenBufs.Get().(*[]uint64)
	defer tokenBufs.Put(buf)
	*buf = appendTokens((*buf)[:0], text)
	return slices.Compact(sortTokens(*buf))
}

// fingerprintOfClause is fingerprintOf(c.Full()), read part by part
// without joining them (appendFullTokens).
func fingerprintOfClause(c *doc.Clause) fingerprint {
	buf := tokenBufs.Get().(*[]uint64)
	defer tokenBufs.Put(buf)
	*buf = appendFullTokens((*buf)[:0], c)
	return slices.Compact(sortTokens(*buf))
}

// tokenBufs hold the tokens of one clause while its fingerprint is made.
var tokenBufs = sync.Pool{New: func() any { return new([]uint64) }}

// sortTokens returns xs sorted in a new slice (xs, pooled, is reused for
// the next clause). Tokens are hashes, spread evenly: one pass puts each in the bucket of its top bits, which
// leaves only neighbours in one bucket out of order for insertion sort to
// fix. That is linear where a comparison sort pays a mispredicted branch
// per comparison, and it is the bulk of a fingerprint's cost.
func sortTokens(xs []uint64) []uint64 {
	const maxBits = 8
	if len(xs) < 32 || len(xs) > 8<<maxBits {
		xs = slices.Clone(xs)
		slices.Sort(xs)
		return xs
	}
	b := min(bits.Len(uint(len(xs))), maxBits)
	shift := 64 - b
	var start [1<<maxBits + 1]int32
	for _, x := range xs {
		start[x>>shift+1]++
	}
	for i := 1; i <= 1<<b; i++ {
		start[i] += start[i-1]
	}
	out := make([]uint64, len(xs))
	for _, x := range xs {
		out[start[x>>shift]] = x
		start[x>>shift]++
	}
	for i := 1; i < len(out); i++ {
		x, j := out[i], i
		for ; j > 0 && out[j-1] > x; j-- {
			out[j] = out[j-1]
		}
		out[j] = x
	}
	return out
}

// asciiWord maps an ASCII letter or digit to the byte its token hashes (the
// lower case), and every other byte, non-ASCII ones included, to 0.
var asciiWord = func() (t [256]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// appendTokens appends the tokens of text in order, repeats included. It
// runs on every clause of both versions, so ASCII (most of an English
// policy, the punctuation of a Chinese one) goes through asciiRun, which
// gives the same tokens as the rune path without the Unicode tables.
func appendTokens(out []uint64, text string) []uint64 {
	var t tokenizer
	return t.finish(t.read(out, text), len(out))
}

// tokenizer is appendTokens between two pieces of one text: the word being
// read and the Chinese character pending where the last piece ended.
type tokenizer struct {
	word    uint64
	inWord  bool
	prevHan rune
}

// read appends the tokens that end in text, read after the pieces before.
func (t *tokenizer) read(out []uint64, text string) []uint64 {
	word, inWord, prevHan := t.word, t.inWord, t.prevHan
	for i := 0; i < len(text); {
		// A Chinese character pending makes white space matter (it may
		// stand between the two of a bigram), which asciiRun does not
		// know of: ASCII after one takes the byte path below.
		if prevHan == 0 {
			if out, i, word, inWord = asciiRun(out, text, i, word, inWord); i == len(text) {
				break
			}
		}
		if c := text[i]; c < utf8.RuneSelf {
			if l := asciiWord[c]; l != 0 {
				if !inWord {
					word, inWord = fnvOffset, true
				}
				word = (word ^ uint64(l)) * fnvPrime
				prevHan = 0
			} else {
				if inWord {
					out, inWord = append(out, word), false
				}
				if c != ' ' && (c < '\t' || c > '\r') {
					prevHan = 0
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		r = textdiff.Fold(r)
		switch {
		case textdiff.IsHan(r):
			if inWord {
				out, inWord = append(out, word), false
			}
			if prevHan != 0 {
				out = append(out, (uint64(prevHan)<<21|uint64(r))*fnvPrime^0x9e3779b97f4a7c15)
			}
			prevHan = r
			continue
		case r < 0x80 && asciiWord[r] != 0,
			r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if !inWord {
				word, inWord = fnvOffset, true
			}
			word = (word ^ uint64(unicode.ToLower(r))) * fnvPrime
		default:
			if inWord {
				out, inWord = append(out, word), false
			}
		}
		if !unicode.IsSpace(r) {
			prevHan = 0
		}
	}
	t.word, t.inWord, t.prevHan = word, inWord, prevHan
	return out
}

// finish appends the token the text ends in, if any; start is where the
// text's tokens begin in out.
func (t *tokenizer) finish(out []uint64, start int) []uint64 {
	if t.inWord {
		out = append(out, t.word)
	}
	// A clause of one Chinese character (or none) still needs something to
	// compare by.
	if len(out) == start && t.prevHan != 0 {
		out = append(out, uint64(t.prevHan))
	}
	return out
}

// asciiRun is appendTokens over the ASCII bytes from text[i] on, with no
// Chinese character pending; it stops at the first other byte, or the end,
// and returns where, with the word being read there (its hash so far, and
// whether there is one). The path through it is the same for every byte:
// the hash is taken or reset by a conditional move, and the hash before
// each byte is stored at out's end, which moves on by one only where that
// byte ends a word. A branch on each byte, mispredicted at every word's
// start and end, cost more than the whole of the byte's work.
// It reads at most asciiBlock bytes a call, for which it makes room.
func asciiRun(out []uint64, text string, i int, word uint64, inWord bool) ([]uint64, int, uint64, bool) {
	end := min(len(text), i+asciiBlock)
	// At most one token ends per two bytes, and one more may be carried
	// in: room for those and the store past the last.
	out = slices.Grow(out, (end-i)/2+2)
	n, buf := len(out), out[:cap(out)]
	h, was := uint64(fnvOffset), 0
	if inWord {
		h, was = word, 1
	}
	for ; i < end; i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			break
		}
		l := uint64(asciiWord[c])
		buf[n] = h
		isWord := 0
		if l != 0 {
			isWord = 1
		}
		n += was &^ isWord
		next := (h ^ l) * fnvPrime
		h = fnvOffset
		if l != 0 {
			h = next
		}
		was = isWord
	}
	return buf[:n], i, h, was != 0
}

// asciiBlock bounds the room asciiRun makes beyond the tokens it finds
// (about a third of it), which a pooled buffer would keep.
const asciiBlock = 4096
