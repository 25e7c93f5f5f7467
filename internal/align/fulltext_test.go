package align

import (
	"hash/maphash"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// fullParts are heading and text parts whose joins meet at every kind of
// edge the tokenizer and the key tell apart.
var fullParts = []string{"", "a", "A b", "a\nb", "\n", "b\n", "中", "文", " 文", "中 ", "中\n", "x中", "文y", "ＡＢ", "é", "a\n中",
	strings.Repeat("long ", 7), strings.Repeat("longer ", 12) + "\n" + strings.Repeat("x", 40), "long long\nlong long long long long long long long"}

// TestFullEqualIsTheFullText: fullEqual and fullHash see the full text,
// however heading and text divide it.
func TestFullEqualIsTheFullText(t *testing.T) {
	var cs []*doc.Clause
	for _, h := range fullParts {
		for _, x := range fullParts {
			cs = append(cs, &doc.Clause{Heading: h, Text: x})
		}
	}
	seed := maphash.MakeSeed()
	for _, x := range cs {
		if got := fullLen(x); got != len(x.Full()) {
			t.Fatalf("fullLen(%q, %q) = %d", x.Heading, x.Text, got)
		}
		if empty(x) != (x.Full() == "") {
			t.Fatalf("empty(%q, %q) = %v", x.Heading, x.Text, empty(x))
		}
		for _, y := range cs {
			if fullEqual(x, y) != (x.Full() == y.Full()) {
				t.Fatalf("fullEqual(%q|%q, %q|%q) = %v", x.Heading, x.Text, y.Heading, y.Text, fullEqual(x, y))
			}
			if x.Full() == y.Full() && fullHash(seed, x) != fullHash(seed, y) {
				t.Fatalf("fullHash(%q|%q) != fullHash(%q|%q), one full text", x.Heading, x.Text, y.Heading, y.Text)
			}
		}
	}
}

// TestFullTokensAreTheTokens: reading a clause's heading and text apart
// gives the tokens of its full text, on made-up joins and on every clause
// of the seeds and the corpus.
func TestFullTokensAreTheTokens(t *testing.T) {
	var cs []*doc.Clause
	for _, h := range fullParts {
		for _, x := range fullParts {
			cs = append(cs, &doc.Clause{Heading: h, Text: x})
		}
	}
	var files []string
	if dir, ok := sharedtest.Dir("seeds"); ok {
		seeds, _ := filepath.Glob(filepath.Join(dir, "*.*"))
		files = append(files, seeds...)
	}
	for _, hist := range sharedtest.Histories(t) {
		files = append(files, hist...)
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, parse.Parse(string(text), parse.Hint{}).Flatten()...)
	}
	for _, c := range cs {
		if got, want := appendFullTokens(nil, c), appendTokens(nil, c.Full()); !slices.Equal(got, want) {
			t.Fatalf("tokens of %.80q|%.80q read apart = %x, want %x", c.Heading, c.Text, got, want)
		}
	}
}

// Boilerplate clauses of one length that differ in a single byte anywhere
// get different hashes, and a clause hashes alike however its full text is
// cut into heading and text: the anchor's chains hold only true twins, so
// 20,000 such clauses stay linear (a sampled hash took 7 s on them).
func TestFullHashReadsEveryByte(t *testing.T) {
	seed := maphash.MakeSeed()
	base := strings.Repeat("The provider processes the data described in this clause for the stated purpose. ", 4)
	seen := map[uint64]int{}
	for i := range len(base) {
		b := []byte(base)
		b[i] = '#'
		h := fullHash(seed, &doc.Clause{Text: string(b)})
		if j, dup := seen[h]; dup {
			t.Fatalf("texts edited at byte %d and at byte %d share a hash", j, i)
		}
		seen[h] = i
	}
	whole := fullHash(seed, &doc.Clause{Text: "Heading\n" + base})
	if cut := fullHash(seed, &doc.Clause{Heading: "Heading", Text: base}); cut != whole {
		t.Error("a heading and its text hash unlike the same full text in one piece")
	}
}
