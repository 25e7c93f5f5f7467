package align

import (
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

// fingerprintOf hashes tokens in one pass without building strings.
func fingerprintOf(text string) fingerprint {
	out := appendTokens(make([]uint64, 0, len(text)/6+1), text)
	slices.Sort(out)
	return slices.Compact(out)
}

// asciiWord maps an ASCII letter or digit to the byte its token hashes (the
// lower case), and every other byte to 0.
var asciiWord = func() (t [utf8.RuneSelf]byte) {
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
// policy, the punctuation of a Chinese one) takes a byte path that gives the
// same tokens as the rune path without the Unicode tables.
func appendTokens(out []uint64, text string) []uint64 {
	start := len(out)
	var word uint64
	inWord := false
	var prevHan rune
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if l := asciiWord[c]; l != 0 {
				if !inWord {
					word, inWord = fnvOffset, true
				}
				for {
					word = (word ^ uint64(l)) * fnvPrime
					if i++; i == len(text) || text[i] >= utf8.RuneSelf {
						break
					}
					if l = asciiWord[text[i]]; l == 0 {
						break
					}
				}
				prevHan = 0
				continue
			}
			i++
			if inWord {
				out, inWord = append(out, word), false
			}
			if c != ' ' && (c < '\t' || c > '\r') {
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
	if len(out) == start && prevHan != 0 {
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
