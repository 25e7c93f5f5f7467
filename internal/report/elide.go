package report

import (
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/change"
)

// elide shortens long unchanged runs to ctx characters of context on the
// side of each edit, so that a one-word change in a long clause fits on a
// screen. A diff without edits keeps its opening. The runs are appended to
// out.
func elide(out, ops []change.Op, ctx int) []change.Op {
	base := len(out)
	out = append(out, ops...)
	edits := false
	for _, o := range ops {
		edits = edits || o.Op != change.OpEqual
	}
	for i, o := range ops {
		// A run no longer than the shortest cut, in bytes, is not counted
		// in characters.
		if o.Op != change.OpEqual || len(o.Text) <= ctx+10 {
			continue
		}
		n := utf8.RuneCountInString(o.Text)
		first, last := i == 0, i == len(ops)-1
		at := base + i
		switch {
		case !edits:
			if n > 4*ctx {
				out[at].Text = runesOf(o.Text).head(4*ctx) + " …"
			}
		case first && last:
		case first && n > ctx+10:
			out[at].Text = "… " + runesOf(o.Text).tail(n, ctx)
		case last && n > ctx+10:
			out[at].Text = runesOf(o.Text).wordHead(ctx) + " …"
		case !first && !last && n > 2*ctx+10:
			r := runesOf(o.Text)
			out[at].Text = r.wordHead(ctx) + " … " + r.tail(n, ctx)
		}
	}
	return out
}

// runes is text cut by the character, as by []rune but without the copy.
type runes string

// runesOf makes invalid UTF-8 valid the way []rune does, each bad byte
// becoming U+FFFD, so that a cut is the same string as from []rune.
func runesOf(s string) runes {
	if !utf8.ValidString(s) {
		s = string([]rune(s))
	}
	return runes(s)
}

// at returns the byte offset of character k.
func (s runes) at(k int) int {
	for i := range string(s) {
		if k == 0 {
			return i
		}
		k--
	}
	return len(s)
}

// head is the first n characters.
func (s runes) head(n int) string { return string(s[:s.at(n)]) }

// wordHead is about n characters from the start, cut after a whole word when
// there is a space near the cut. It needs more than n characters.
func (s runes) wordHead(n int) string {
	lo := max(n-14, 1) // the characters a space is looked for at, up to n
	i := s.at(lo)
	cut := -1
	for k := lo; k <= n; k++ {
		if s[i] == ' ' {
			cut = i
		}
		_, size := utf8.DecodeRuneInString(string(s[i:]))
		i += size
	}
	if cut < 0 {
		return s.head(n)
	}
	return string(s[:cut])
}

// tail is about n of the total characters from the end, starting at a
// whole word when there is a space near the cut.
func (s runes) tail(total, n int) string {
	start := s.at(total - n)
	for k, i := 0, start; k < 15 && i < len(s); k++ {
		if s[i] == ' ' {
			return string(s[i+1:])
		}
		_, size := utf8.DecodeRuneInString(string(s[i:]))
		i += size
	}
	return string(s[start:])
}

// diffScratch holds the runs of the change a report is writing, reused for
// the next change.
type diffScratch struct{ quieted, elided []change.Op }

// shown is ops as a report shows them: cosmetic edits inside a change made
// quiet (quiet, unless the change is itself cosmetic), and unchanged
// stretches cut to ctx characters of context (elide). The result is valid
// until the next call.
func (d *diffScratch) shown(ops []change.Op, quieten bool, ctx int) []change.Op {
	if quieten {
		d.quieted = quiet(d.quieted[:0], ops)
		ops = d.quieted
	}
	d.elided = elide(d.elided[:0], ops, ctx)
	return d.elided
}
