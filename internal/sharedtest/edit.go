package sharedtest

import (
	"fmt"
	"math/rand"
	"strings"
)

// SynthEdit is the benchmarks' second version of a policy: a word replaced
// every 25 lines, a sentence added every 50, one line in a hundred removed
// and one moved further down. The parser sees what it sees; nothing is
// aimed at a clause by hand. The same seed gives the same edit, so the
// versiondiff and material benchmarks time the very pair the CLI benchmark runs.
func SynthEdit(text string, seed int64) string {
	rng := rand.New(rand.NewSource(seed))
	lines := strings.Split(text, "\n")
	var out, moved []string
	for i, l := range lines {
		switch {
		case i > 30 && i%100 == 50 && len(l) > 40:
			continue // removed
		case i > 30 && i%100 == 70 && len(l) > 40:
			moved = append(moved, l)
			continue
		case i > 30 && i%25 == 3 && len(l) > 40:
			w := strings.Fields(l)
			w[rng.Intn(len(w))] = "amended"
			l = strings.Join(w, " ")
		}
		out = append(out, l)
		if i > 30 && i%50 == 10 {
			out = append(out, fmt.Sprintf("We may also process your personal information for purpose number %d, which we describe here in some detail.", i))
		}
		if i%100 == 95 && len(moved) > 0 {
			out = append(out, moved...)
			moved = nil
		}
	}
	return strings.Join(append(out, moved...), "\n")
}

// Scaled repeats a policy n times, each paragraph tagged with its copy so
// that no paragraph is a duplicate of another.
func Scaled(text string, n int) string {
	var b strings.Builder
	for k := range n {
		for _, l := range strings.Split(text, "\n") {
			if strings.TrimSpace(l) == "" {
				b.WriteString("\n")
				continue
			}
			fmt.Fprintf(&b, "%s [part %d]\n", l, k)
		}
	}
	return b.String()
}
