package report

import (
	"io"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/engine"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// benchResult is the CLI benchmark's comparison: the 60 KB seed against its
// synthetic edit.
func benchResult(b testing.TB) *change.Result {
	text := sharedtest.Read(b, "seeds/jd-privacy.en.2020-10-20.txt")
	hint := parse.Hint{Policy: "jd-privacy"}
	return engine.Compare(parse.Parse(text, hint), parse.Parse(sharedtest.SynthEdit(text, 1), hint))
}

// BenchmarkText60KB renders the comparison as plain text, as 'policydiff
// diff' does when its output is not a terminal.
func BenchmarkText60KB(b *testing.B) {
	r := benchResult(b)
	b.ResetTimer()
	for range b.N {
		if err := Text(io.Discard, r, TextOptions{Width: 100}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTextColor60KB renders it with ANSI styles, as in a terminal.
func BenchmarkTextColor60KB(b *testing.B) {
	r := benchResult(b)
	b.ResetTimer()
	for range b.N {
		if err := Text(io.Discard, r, TextOptions{Width: 100, Color: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSON60KB renders it as 'policydiff diff --format json' does.
func BenchmarkJSON60KB(b *testing.B) {
	r := benchResult(b)
	b.ResetTimer()
	for range b.N {
		if err := JSON(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarkdown60KB renders it as 'policydiff diff --format markdown' does.
func BenchmarkMarkdown60KB(b *testing.B) {
	r := benchResult(b)
	b.ResetTimer()
	for range b.N {
		if err := Markdown(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}
