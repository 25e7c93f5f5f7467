package doc

import (
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
