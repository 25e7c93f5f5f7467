package doc

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// detectLangRunes is DetectLang as first written, rune by rune: the byte scan
// must count the same letters and ideographs on any input, valid or not.
func detectLangRunes(text string) (cjk, latin int) {
	for _, r := range text {
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			cjk++
		case r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z'):
			latin++
		}
	}
	return cjk, latin
}

func TestLangCountsAgreesWithRuneCount(t *testing.T) {
	pieces := []string{"a", "Z", " ", "1", "@", "中", "一", "\u9fff", "\u4e00", "\u4dff", "\ua000", "é", "ｈ", "😀",
		"\xe4", "\xe4\xb8", "\xe4\xb7\xbf", "\xed\xa0\x80", "\xf0", "\xbf", "\xe9\xbf\xbf", "\xe9\xbf"}
	rng := rand.New(rand.NewSource(7))
	for range 50000 {
		var b []byte
		for range rng.Intn(12) {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		s := string(b)
		wc, wl := detectLangRunes(s)
		if c, l := LangCounts(s); c != wc || l != wl {
			t.Fatalf("LangCounts(%q) = %d CJK, %d Latin; rune by rune %d, %d", s, c, l, wc, wl)
		}
	}
}

// TestLangCountsASCIIWords covers the eight-bytes-at-a-time path: every
// ASCII byte, alone and in random runs longer than a word.
func TestLangCountsASCIIWords(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	for c := range 128 {
		s := string(bytes.Repeat([]byte{byte(c)}, 17))
		if gc, gl := LangCounts(s); gc != 0 || gl != wantLatin(s) {
			t.Fatalf("LangCounts(%q) = %d, %d", s, gc, gl)
		}
	}
	for range 20000 {
		b := make([]byte, rng.Intn(40))
		for i := range b {
			b[i] = byte(rng.Intn(128))
		}
		if rng.Intn(4) == 0 && len(b) > 0 {
			b = append(b[:rng.Intn(len(b))], "中文"...)
		}
		s := string(b)
		wc, wl := detectLangRunes(s)
		if c, l := LangCounts(s); c != wc || l != wl {
			t.Fatalf("LangCounts(%q) = %d CJK, %d Latin; rune by rune %d, %d", s, c, l, wc, wl)
		}
	}
}

func wantLatin(s string) int {
	_, l := detectLangRunes(s)
	return l
}

// TestDetectLangStopsOnlyWhenSure checks that DetectLang, which stops
// counting once the rest of the text cannot turn the answer, answers as a
// count of the whole text does: on the seeds and the corpus, and on random
// mixes of ideographs and letters near the threshold, blocks apart.
func TestDetectLangStopsOnlyWhenSure(t *testing.T) {
	texts := sharedtest.Paragraphs()
	if len(texts) > 0 {
		texts = append(texts, strings.Join(texts, "\n\n"))
	}
	rng := rand.New(rand.NewSource(9))
	pieces := []string{"a", "word ", "中", "文字", "\xe4\xb8", " ", "1", "é"}
	for range 400 {
		// A text that changes its mix halfway, so that a prefix can
		// mislead.
		var b []byte
		n := rng.Intn(30000)
		for half := range 2 {
			weights := []int{rng.Intn(20), rng.Intn(20), rng.Intn(5), rng.Intn(5), 1, 5, 1, 1}
			for len(b) < n*(half+1)/2 {
				k := rng.Intn(len(pieces))
				for rng.Intn(20) >= weights[k] {
					k = rng.Intn(len(pieces))
				}
				b = append(b, pieces[k]...)
			}
		}
		texts = append(texts, string(b))
	}
	// Letters, then ideographs as dense as they come, or the other way
	// round, split near the threshold: the texts a loose bound misjudges.
	for _, n := range []int{3000, 20000, 70000} {
		for p := n * 3 / 10; p < n*7/10; p += 1 + n/500 {
			letters, ideographs := strings.Repeat("a", p), strings.Repeat("中", (n-p)/3)
			texts = append(texts, letters+ideographs, ideographs+letters)
		}
	}
	for _, s := range texts {
		if got, want := DetectLang(s), LangOf(LangCounts(s)); got != want {
			c, l := LangCounts(s)
			t.Fatalf("DetectLang of %d bytes (%d CJK, %d Latin) = %s, want %s", len(s), c, l, got, want)
		}
	}
}
