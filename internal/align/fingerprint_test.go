package align

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/policydiff/policydiff/internal/sharedtest"
	"github.com/policydiff/policydiff/internal/textdiff"
)

// referenceFingerprint is the plain rune-by-rune definition that
// fingerprintOf's byte path must agree with.
func referenceFingerprint(text string) fingerprint {
	var out []uint64
	var word uint64
	inWord := false
	var prevHan rune
	endWord := func() {
		if inWord {
			out = append(out, word)
			inWord = false
		}
	}
	for _, r := range text {
		r = textdiff.Fold(r)
		switch {
		case unicode.Is(unicode.Han, r):
			endWord()
			if prevHan != 0 {
				out = append(out, (uint64(prevHan)<<21|uint64(r))*fnvPrime^0x9e3779b97f4a7c15)
			}
			prevHan = r
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord {
				word, inWord = fnvOffset, true
			}
			word = (word ^ uint64(unicode.ToLower(r))) * fnvPrime
		default:
			endWord()
		}
		if !unicode.IsSpace(r) {
			prevHan = 0
		}
	}
	endWord()
	if len(out) == 0 && prevHan != 0 {
		out = append(out, uint64(prevHan))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func TestFingerprintMatchesReference(t *testing.T) {
	texts := []string{"", "a", "\"Quoted\" e-mail: A@B.com 1.2", "我们 收集\t您的\n信息。", "中", "中 。文",
		"ＡＢＣ１２ full width，中文（括号）", "bad \xff utf8 \xe4\xb8", "mixed中文words and 数字123", "\u00a0nbsp\u0085nel中\u3000文",
		"café résumé naïve", "中 abc 文", "中 , 文", "中\n\n文x", "word中", "中word", "Kelvin \u212a",
		// Past asciiBlock, a word across a block's end.
		strings.Repeat("abc defgh ", 1000), strings.Repeat("x", asciiBlock-1) + "yz more", strings.Repeat("y", 3*asciiBlock+5)}
	for _, p := range sharedtest.Paragraphs() {
		texts = append(texts, p)
		texts = append(texts, strings.Split(p, "\n")...)
	}
	// Random mixes of what the tokenizer tells apart: ASCII runs that
	// start and end anywhere around other scripts.
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"a", "Z", "9", " ", "\n", ".", "-", "é", "中", "文", "’", "Ａ", "\u3000", "_", "\u212a", "\xff"}
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(40) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := fingerprintOf(s), referenceFingerprint(s); !slices.Equal(got, want) {
			t.Fatalf("fingerprintOf(%q) = %v, want %v", s, got, want)
		}
	}
}

func BenchmarkFingerprint(b *testing.B) {
	text := sharedtest.Read(b, "seeds/jd-privacy.en.2020-10-20.txt")
	paras := strings.Split(text, "\n")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for range b.N {
		for _, p := range paras {
			fingerprintOf(p)
		}
	}
}

func TestSortTokens(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 31, 32, 33, 100, 255, 256, 257, 1000, 2047, 2048, 2049, 5000} {
		xs := make([]uint64, n)
		for i := range xs {
			switch i % 3 {
			case 0:
				xs[i] = rng.Uint64()
			case 1:
				xs[i] = rng.Uint64() >> 60 // crowds the first bucket
			default:
				xs[i] = xs[rng.Intn(i)] // repeats
			}
		}
		want := slices.Sorted(slices.Values(xs))
		if got := sortTokens(xs); !slices.Equal(got, want) {
			t.Fatalf("sortTokens of %d tokens is not sorted", n)
		}
	}
}

func TestUnion(t *testing.T) {
	for _, tt := range [][3]fingerprint{{nil, nil, nil}, {{1, 3}, nil, {1, 3}}, {{1, 3, 5}, {2, 3, 6, 7}, {1, 2, 3, 5, 6, 7}}} {
		if got := union(tt[0], tt[1]); !slices.Equal(got, tt[2]) {
			t.Errorf("union(%v, %v) = %v", tt[0], tt[1], got)
		}
	}
}
