package material

import (
	"slices"
	"testing"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

func benchAnnotate(b *testing.B, key string, copies int) {
	name, text := readSeed(b, key)
	text = sharedtest.Scaled(text, copies)
	base := compareDocs(parseText(name, text), parseText(name, sharedtest.SynthEdit(text, 1)))
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

// BenchmarkAnnotatePrepared times what the rules do after the versions are
// compared, on the 60 KB pair of the CLI benchmark: Prepare runs beside the
// alignment, but this part runs alone, after it, and every microsecond of
// it is one of the command's.
func BenchmarkAnnotatePrepared(b *testing.B) {
	name, text := readSeed(b, "mall-en")
	base := compareDocs(parseText(name, text), parseText(name, sharedtest.SynthEdit(text, 1)))
	preps := make([]*Prepared, b.N)
	for i := range preps {
		preps[i] = Prepare(base.DocA, base.DocB)
	}
	b.ResetTimer()
	for i := range b.N {
		r := *base
		r.Changes = slices.Clone(base.Changes)
		AnnotatePrepared(&r, preps[i])
	}
}
