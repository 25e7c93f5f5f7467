package material

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// synthEdit is versiondiff's benchmark edit (a word replaced every 25
// lines, a sentence added every 50, lines removed and moved), so that the
// rules are timed on the pair BenchmarkCLIvsGit runs.
func synthEdit(text string, seed int64) string {
	rng := rand.New(rand.NewSource(seed))
	lines := strings.Split(text, "\n")
	var out, moved []string
	for i, l := range lines {
		switch {
		case i > 30 && i%100 == 50 && len(l) > 40:
			continue
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

// scaled repeats a policy n times, each paragraph tagged with its copy.
func scaled(text string, n int) string {
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

func benchAnnotate(b *testing.B, key string, copies int) {
	name, text := readSeed(b, key)
	text = scaled(text, copies)
	base := compareDocs(parseText(name, text), parseText(name, synthEdit(text, 1)))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		r := *base
		r.Changes = slices.Clone(base.Changes)
		Annotate(&r)
	}
}

// BenchmarkAnnotateEdited runs the rules on the 60 KB pair of the CLI
// benchmark, once as is and once at 20 times its size: the rules must grow
// with the text, not faster.
func BenchmarkAnnotateEdited(b *testing.B) {
	b.Run("1x", func(b *testing.B) { benchAnnotate(b, "mall-en", 1) })
	b.Run("20x", func(b *testing.B) { benchAnnotate(b, "mall-en", 20) })
}
