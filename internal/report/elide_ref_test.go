package report

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// elideRef is elide as it was, cutting a []rune copy of each run: the
// reference the byte-offset one must agree with.
func elideRef(ops []change.Op, ctx int) []change.Op {
	out := make([]change.Op, len(ops))
	copy(out, ops)
	edits := false
	for _, o := range ops {
		edits = edits || o.Op != change.OpEqual
	}
	for i, o := range out {
		if o.Op != change.OpEqual {
			continue
		}
		rs := []rune(o.Text)
		first, last := i == 0, i == len(out)-1
		switch {
		case !edits:
			if len(rs) > 4*ctx {
				out[i].Text = string(rs[:4*ctx]) + " …"
			}
		case first && last:
		case first && len(rs) > ctx+10:
			out[i].Text = "… " + tailRef(rs, ctx)
		case last && len(rs) > ctx+10:
			out[i].Text = headRef(rs, ctx) + " …"
		case !first && !last && len(rs) > 2*ctx+10:
			out[i].Text = headRef(rs, ctx) + " … " + tailRef(rs, ctx)
		}
	}
	return out
}

func headRef(rs []rune, n int) string {
	for k := n; k > n-15 && k > 0; k-- {
		if rs[k] == ' ' {
			return string(rs[:k])
		}
	}
	return string(rs[:n])
}

func tailRef(rs []rune, n int) string {
	start := len(rs) - n
	for k := start; k < start+15 && k < len(rs); k++ {
		if rs[k] == ' ' {
			return string(rs[k+1:])
		}
	}
	return string(rs[start:])
}

// TestElideMatchesReference cuts every paragraph of the seeds and corpus
// into unchanged runs and edits at pseudo-random places, some with a byte of
// invalid UTF-8 let in, and elides them with both implementations at the
// contexts the reports use.
func TestElideMatchesReference(t *testing.T) {
	texts := append([]string{"", "a", "\xff\xfe" + string(make([]byte, 300))}, sharedtest.Paragraphs()...)
	if len(texts) < 10 {
		t.Skip("no seeds or corpus")
	}
	rng := rand.New(rand.NewSource(1))
	kinds := []string{change.OpEqual, change.OpDelete, change.OpInsert}
	for _, text := range texts {
		if rng.Intn(8) == 0 && len(text) > 0 {
			k := rng.Intn(len(text))
			text = text[:k] + "\x80" + text[k:]
		}
		for _, parts := range []int{1, 2, 3, 5} {
			var ops []change.Op
			rest := text
			for p := 0; p < parts && rest != ""; p++ {
				cut := len(rest)
				if p < parts-1 {
					cut = rng.Intn(len(rest) + 1)
				}
				op := change.OpEqual
				if p%2 == 1 {
					op = kinds[1+rng.Intn(2)]
				}
				ops = append(ops, change.Op{Op: op, Text: rest[:cut]})
				rest = rest[cut:]
			}
			for _, ctx := range []int{40, 60, 80} {
				// Appended after a run already there, as Text and Markdown
				// append to scratch.
				before := []change.Op{{Op: change.OpEqual, Text: strings.Repeat("x ", 200)}}
				if got, want := elide(before, ops, ctx)[1:], elideRef(ops, ctx); !slices.Equal(got, want) {
					t.Fatalf("ctx %d, %q:\n got %q\nwant %q", ctx, ops, got, want)
				}
			}
		}
	}
}
