package material

import (
	"slices"
	"strings"
	"testing"
)

var cues = map[string]*cueWords{"deadline": deadlineCue, "retention": retentionCue, "notice": noticeCue, "advance": advanceCue}

// TestCueWordsAreTheirPatterns checks that each cue's lists are what its
// pattern matches, as the lexicon scan reads a pattern's fixed strings,
// and that MatchString answers as the pattern on every sentence of the
// seeds and the corpus that states a period (the cues read no other), on
// every eighth of the others, and on text made of the cues' words and
// their near misses.
func TestCueWordsAreTheirPatterns(t *testing.T) {
	pieces := []string{"", " ", "  ", "_", "x", "s", "-", ".", "\n", "ſ", "\u212a", "é", "存储库", "仓"}
	for name, c := range cues {
		var en, zh []string
		for i, alt := range flagAlts(c.re.Expr) {
			x := newExactAlt(alt)
			if x == nil || (i == 0) != (x.wbBefore && x.wbAfter && x.fold) {
				t.Fatalf("%s: alternative %q is not a list of words", name, alt)
			}
			if i == 0 {
				en = append(en, x.strs...)
			} else {
				zh = append(zh, x.strs...)
			}
		}
		if !sameSet(en, c.en) || !sameSet(zh, c.zh) {
			t.Errorf("%s: lists %q %q, the pattern matches %q %q", name, c.en, c.zh, en, zh)
		}
		for _, w := range append(c.en, c.zh...) {
			pieces = append(pieces, w, strings.ToUpper(w), w[:len(w)-1], w[1:])
		}
	}
	texts := madeUp(pieces, 50000)
	for i, s := range realTexts() {
		if i%8 == 0 || durations(s) != nil {
			texts = append(texts, s)
		}
	}
	for name, c := range cues {
		hits := 0
		for _, s := range texts {
			got, want := c.MatchString(s), c.re.Re().MatchString(s)
			if got != want {
				t.Fatalf("%s.MatchString(%q) = %v, the pattern says %v", name, s, got, want)
			}
			if want {
				hits++
			}
		}
		if hits < 1000 {
			t.Errorf("%s: only %d of %d texts match", name, hits, len(texts))
		}
	}
}

func sameSet(x, y []string) bool {
	x, y = slices.Clone(x), slices.Clone(y)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}
