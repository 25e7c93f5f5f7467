package material

import (
	"math/rand"
	"strings"
	"sync"
	"testing"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

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
// paragraph and sentence of the seeds and the corpus and on made-up text,
// "ſ" among its pieces.
func TestFindNegationIsItsRegexp(t *testing.T) {
	pieces := []string{"", " ", "-", "_", "'", "’", ".", "\n", "x", "s", "1", "not", "NOT", "Not", "no", "longer", "no longer",
		"No  longer", "cannot", "can't", "can", "unable", "never", "Never", "nothing", "knot", "annotate", "notably",
		"don't", "DON'T", "doesn't", "don", "dont", "won't", "wont", "isn't", "is", "aren't", "shan't", "mustn't", "wouldn't", "a", "i", "m", "w", "d",
		"couldn't", "wasn't", "weren't", "hasn't", "haven't", "has", "h", "并不", "并", "决不", "从未", "未", "没有", "没", "勿",
		"不能", "无法", "不再", "不得", "不可", "不支持", "不提供", "不予", "不会", "会", "绝不", "绝", "从不", "从", "禁止", "禁",
		"不", "能", "支", "ſ", "é", "\u212a"}
	texts := append(madeUp(pieces, 200000), realTexts()...)
	hits := 0
	for _, s := range texts {
		got, want := findNegation(s), negationRe.Re().FindString(s)
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

// findNegation looks at a word only if negationStart takes its first
// letter: a negation added with another one would never be found.
func TestNegationsStartWithTheirLetters(t *testing.T) {
	for _, w := range enNegations {
		if !negationStart(w[0] | 0x20) {
			t.Errorf("%q starts with %q, which negationStart does not take: findNegation would skip it", w, w[0])
		}
	}
}
