package material

import (
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
)

// TestFullKeyIsFull checks that two clauses have the same fullKey exactly
// when they have the same full text, on every pair of clauses of the seeds
// and of clauses made to put a line break anywhere.
func TestFullKeyIsFull(t *testing.T) {
	var cs []*doc.Clause
	for _, h := range []string{"", "A", "A\\nB", "A\nB", "\n", "A\n", "\nB", "B"} {
		for _, x := range []string{"", "A", "B", "A\nB", "\n", "B\nC", "\nC", "A\nB\nC"} {
			cs = append(cs, &doc.Clause{Heading: h, Text: x})
		}
	}
	for _, key := range []string{"mall-en", "cloud-en", "cloud-zh"} {
		name, text := readSeed(t, key)
		cs = append(cs, parseText(name, text).Flatten()...)
	}
	same := 0
	for _, x := range cs {
		for _, y := range cs {
			if (keyOf(x) == keyOf(y)) != (x.Full() == y.Full()) {
				t.Fatalf("keys %v and %v, full texts %q and %q", keyOf(x), keyOf(y), x.Full(), y.Full())
			}
			if x != y && x.Full() == y.Full() {
				same++
			}
		}
	}
	if same == 0 {
		t.Error("no two clauses with the same text")
	}
}
