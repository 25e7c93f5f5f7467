package align

import (
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

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

// fingerprintOf hashes tokens in one pass without building strings: it runs
// on every clause of both versions, so it must be cheap. ASCII, most of an
// English policy and the punctuation of a Chinese one, takes a byte path
// that gives the same tokens as the rune path without the Unicode tables.
func fingerprintOf(text string) fingerprint {
	out := tokensOf(text)
	slices.Sort(out)
	return slices.Compact(out)
}

func tokensOf(text string) []uint64 {
	out := make([]uint64, 0, len(text)/6+1)
	var word uint64
	inWord := false
	var prevHan rune
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			i++
			switch {
			case c|0x20 >= 'a' && c|0x20 <= 'z':
				c |= 0x20
				fallthrough
			case c >= '0' && c <= '9':
				if !inWord {
					word, inWord = fnvOffset, true
				}
				word = (word ^ uint64(c)) * fnvPrime
				prevHan = 0
			case c == ' ' || c >= '\t' && c <= '\r':
				if inWord {
					out, inWord = append(out, word), false
				}
			default:
				if inWord {
					out, inWord = append(out, word), false
				}
				prevHan = 0
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		r = textdiff.Fold(r)
		switch {
		case isHan(r):
			if inWord {
				out, inWord = append(out, word), false
			}
			if prevHan != 0 {
				out = append(out, (uint64(prevHan)<<21|uint64(r))*fnvPrime^0x9e3779b97f4a7c15)
			}
			prevHan = r
			continue
		case r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z' || r >= '0' && r <= '9'),
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
	if inWord {
		out = append(out, word)
	}
	// A clause of one Chinese character (or none) still needs something to
	// compare by.
	if len(out) == 0 && prevHan != 0 {
		out = append(out, uint64(prevHan))
	}
	return out
}

// isHan is unicode.Is(unicode.Han, r) without the table search for the
// runes a policy is made of.
func isHan(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// weights gives each token its inverse document frequency over the clauses
// of both versions, so that "you may ... the" weighs little and "export a
// copy" much when deciding whether two clauses say the same thing.
type weights struct {
	df   map[uint64]int32
	n    float64 // how many clauses the document frequencies count
	rare float64 // the weight of a token seen in no sampled clause
}

func newWeights(fps ...[]fingerprint) weights {
	size := 0
	for _, side := range fps {
		for _, f := range side {
			size += len(f)
		}
	}
	// Half the tokens of a clause are seen in another one.
	df := make(map[uint64]int32, size/2)
	n := 0
	for _, side := range fps {
		for _, f := range side {
			n++
			for _, t := range f {
				df[t]++
			}
		}
	}
	return weights{df: df, n: float64(n), rare: math.Log(1 + float64(n+1))}
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
	if d, ok := w.df[t]; ok {
		return math.Log(1 + w.n/float64(d))
	}
	return w.rare
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

func union(a, b fingerprint) fingerprint {
	out := make(fingerprint, 0, len(a)+len(b))
	out = append(append(out, a...), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// lis returns, for a sequence of distinct values, which positions belong to
// one longest increasing subsequence (patience sorting, O(n log n)).
func lis(seq []int) []bool {
	tails := []int{} // positions in seq of the smallest tail of each length
	prev := make([]int, len(seq))
	for i, v := range seq {
		k, _ := slices.BinarySearchFunc(tails, v, func(p, v int) int { return seq[p] - v })
		if k > 0 {
			prev[i] = tails[k-1]
		} else {
			prev[i] = -1
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	in := make([]bool, len(seq))
	if len(tails) == 0 {
		return in
	}
	for p := tails[len(tails)-1]; p >= 0; p = prev[p] {
		in[p] = true
	}
	return in
}
