package material

import (
	"math/rand"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// negationRe is the pattern findNegation replaced: a right withdrawn by an
// inserted "not" rather than by deleted words, "you may delete" → "you may
// not delete".
var negationRe = regexp.MustCompile(`(?i)\b(?:not|no longer|cannot|can't|unable|never)\b|不能|无法|不再|不得|不可|不支持|不提供|不予`)

// madeUp returns n strings of one to seven pieces, drawn at random: text
// made of a pattern's own words, its near misses and their neighbours.
func madeUp(pieces []string, n int) []string {
	rng := rand.New(rand.NewSource(1))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range 1 + rng.Intn(7) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		out[i] = b.String()
	}
	return out
}

// realTexts returns each sentence of every paragraph of the seeds and the
// corpus, cleaned as the rules read it: the text the hand-written matchers
// replacing a pattern meet (made-up text covers the rest).
var realTexts = sync.OnceValue(func() []string {
	var out []string
	for _, p := range sharedtest.Paragraphs() {
		out = append(out, sentences(cleanText(p))...)
	}
	return out
})

// TestFindNegationIsItsRegexp holds findNegation to negationRe on every
// paragraph and sentence of the seeds and the corpus and on made-up text.
func TestFindNegationIsItsRegexp(t *testing.T) {
	pieces := []string{"", " ", "-", "_", "'", "’", ".", "\n", "x", "s", "1", "not", "NOT", "Not", "no", "longer", "no longer",
		"No  longer", "cannot", "can't", "can", "unable", "never", "Never", "nothing", "knot", "annotate", "notably",
		"不能", "无法", "不再", "不得", "不可", "不支持", "不提供", "不予", "不", "能", "支", "ſ", "é", "\u212a"}
	texts := append(madeUp(pieces, 200000), realTexts()...)
	hits := 0
	for _, s := range texts {
		got, want := findNegation(s), negationRe.FindString(s)
		if got != want {
			t.Errorf("findNegation(%q) = %q, negationRe finds %q", s, got, want)
		}
		if want != "" {
			hits++
		}
	}
	if hits < 10000 {
		t.Errorf("only %d negations among %d texts", hits, len(texts))
	}
}

// TestNegationsHaveNoCaseTwins checks that (?i) matches the letters of the
// English negations with their ASCII twin alone, as findNegation assumes.
func TestNegationsHaveNoCaseTwins(t *testing.T) {
	for _, w := range enNegations {
		for _, c := range w {
			for r := unicode.SimpleFold(c); r != c; r = unicode.SimpleFold(r) {
				if r >= 0x80 {
					t.Errorf("%q in %q has the case twin %q", c, w, r)
				}
			}
		}
	}
}

// findNegation looks at a word only if it starts with n, c or u: a negation
// added with another first letter ("won't") would never be found.
func TestNegationsStartWithTheirLetters(t *testing.T) {
	for _, w := range enNegations {
		if l := w[0] | 0x20; l != 'n' && l != 'c' && l != 'u' {
			t.Errorf("%q starts with %q: findNegation skips words that do not start with n, c or u", w, w[0])
		}
	}
}
