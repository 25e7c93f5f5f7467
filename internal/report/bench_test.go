package report

import (
	"io"
	"testing"

	"github.com/policydiff/policydiff/internal/engine"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// BenchmarkText60KB renders the CLI benchmark's comparison (the 60 KB seed
// against its synthetic edit) as plain text, as 'policydiff diff' does when
// its output is not a terminal.
func BenchmarkText60KB(b *testing.B) {
	text := sharedtest.Read(b, "seeds/jd-privacy.en.2020-10-20.txt")
	hint := parse.Hint{Policy: "jd-privacy"}
	r := engine.Compare(parse.Parse(text, hint), parse.Parse(sharedtest.SynthEdit(text, 1), hint))
	b.ResetTimer()
	for range b.N {
		if err := Text(io.Discard, r, TextOptions{Width: 100}); err != nil {
			b.Fatal(err)
		}
	}
}
