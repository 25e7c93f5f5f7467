package material

import (
	"regexp"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// itemRe is the pattern itemLabelEnd replaced: a list item label, (1),
// （1）, 1), ①, a), i.
var itemRe = regexp.MustCompile(`^\s*[-*•]?\s*(?:[(（]\s*(?:\d+|[一二三四五六七八九十]+|[a-zA-Z]|[ivx]+)\s*[)）]|\d+[)）]|[①②③④⑤⑥⑦⑧⑨⑩]|[a-z][.)])\s*`)

// TestItemLabelIsItsRegexp holds itemLabelEnd and stripItemLabel to itemRe
// on every line of the seeds and the corpus and on labels made of the
// pattern's pieces.
func TestItemLabelIsItsRegexp(t *testing.T) {
	pieces := []string{"", " ", "  ", "\t", "\n", "\v", "-", "*", "•", "(", "（", ")", "）", "1", "12", "一", "十二", "x", "X",
		"i", "iv", "xv", "vi", "a", "z", "A", ".", ",", "①", "⑩", "⑪", "word", "第", "é", "\u00a0"}
	texts := madeUp(pieces, 60000)
	// Most made-up lines are built as a label is, each part at times a
	// near miss.
	parts := [][]string{{"", " ", "\t", "-", "* ", " • ", "--"}, {"", "(", "（", " (", ")"}, {"1", "23", "一", "十", "a", "Z", "i", "iv", "x", "ivx", "ab", "①", "é", ""},
		{"", " ", ")", "）", ".", " )", "))"}, {"", " ", "Item", "  text", "\n"}}
	for n, p := range madeUp(pieces, 60000) {
		var b strings.Builder
		for k, ps := range parts {
			b.WriteString(ps[(n/(k+1)+len(p))%len(ps)])
		}
		texts = append(texts, b.String()+p)
	}
	for _, p := range sharedtest.Paragraphs() {
		texts = append(texts, strings.Split(p, "\n")...)
	}
	hits := 0
	for _, s := range texts {
		want := -1
		if loc := itemRe.FindStringIndex(s); loc != nil {
			want = loc[1]
			hits++
		}
		if got := itemLabelEnd(s); got != want {
			t.Fatalf("itemLabelEnd(%q) = %d, itemRe ends at %d", s, got, want)
		}
		if got, want := stripItemLabel(s), strings.TrimSpace(itemRe.ReplaceAllString(strings.TrimSpace(s), "")); got != want {
			t.Fatalf("stripItemLabel(%q) = %q, want %q", s, got, want)
		}
	}
	if hits < 10000 {
		t.Errorf("only %d labels among %d lines", hits, len(texts))
	}
}
