package doc

import (
	"bytes"
	"math/rand"
	"testing"
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
		if c, l := langCounts(s); c != wc || l != wl {
			t.Fatalf("langCounts(%q) = %d CJK, %d Latin; rune by rune %d, %d", s, c, l, wc, wl)
		}
	}
}

// TestLangCountsASCIIWords covers the eight-bytes-at-a-time path: every
// ASCII byte, alone and in random runs longer than a word.
func TestLangCountsASCIIWords(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	for c := range 128 {
		s := string(bytes.Repeat([]byte{byte(c)}, 17))
		if gc, gl := langCounts(s); gc != 0 || gl != wantLatin(s) {
			t.Fatalf("langCounts(%q) = %d, %d", s, gc, gl)
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
		if c, l := langCounts(s); c != wc || l != wl {
			t.Fatalf("langCounts(%q) = %d CJK, %d Latin; rune by rune %d, %d", s, c, l, wc, wl)
		}
	}
}

func wantLatin(s string) int {
	_, l := detectLangRunes(s)
	return l
}
