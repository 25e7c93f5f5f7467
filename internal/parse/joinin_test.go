package parse

import (
	"math/rand"
	"strings"
	"testing"
)

// TestJoinIn compares joinIn with strings.Join on runs of lines sliced
// from a text, copied, trimmed, skipped or empty.
func TestJoinIn(t *testing.T) {
	text := "Privacy Policy\n1. We collect\n  indented  \n\n(a) data\nlast line"
	lines := strings.Split(text, "\n")
	rng := rand.New(rand.NewSource(9))
	for range 20000 {
		i := rng.Intn(len(lines))
		var parts []string
		for k := i; k < len(lines) && k < i+1+rng.Intn(4); k++ {
			p := lines[k]
			switch rng.Intn(8) {
			case 0:
				p = strings.Clone(p)
			case 1:
				p = strings.TrimSpace(p)
			case 2:
				continue // a line left out
			case 3:
				p = ""
			}
			parts = append(parts, p)
		}
		if got, want := joinIn(text, parts), strings.Join(parts, "\n"); got != want {
			t.Fatalf("joinIn(%q) = %q, want %q", parts, got, want)
		}
	}
	if got := joinIn(text, lines[1:3]); got != "1. We collect\n  indented  " {
		t.Fatalf("joinIn of two lines = %q", got)
	}
}
