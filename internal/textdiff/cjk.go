package textdiff

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// widenCJK turns a one-character substitution inside a Chinese word into a
// substitution of the whole two-character word: 收集→采集 reads as one
// changed word, not as 收→采 followed by an unchanged 集. Most Chinese words
// have two characters; which neighbour belongs to the word is guessed from
// how often each candidate bigram occurs in the text itself (the clause is
// its own small lexicon), preferring the following character on a tie.
func widenCJK(ops []change.Op, a, b string) []change.Op {
	ops = absorbLoneHan(ops)
	text := "" // a+b, joined only when a substitution between Chinese characters asks
	for i := 0; i+1 < len(ops); i++ {
		x, y, ok := substitution(ops[i], ops[i+1])
		if !ok {
			continue
		}
		var left, right rune
		if i > 0 && ops[i-1].Op == change.OpEqual {
			left, _ = utf8.DecodeLastRuneInString(ops[i-1].Text)
		}
		if i+2 < len(ops) && ops[i+2].Op == change.OpEqual {
			right, _ = utf8.DecodeRuneInString(ops[i+2].Text)
		}
		useLeft, useRight := IsHan(left), IsHan(right)
		if useLeft && useRight {
			if text == "" {
				text = a + b
			}
			l := strings.Count(text, string(left)+x) + strings.Count(text, string(left)+y)
			r := strings.Count(text, x+string(right)) + strings.Count(text, y+string(right))
			useLeft, useRight = l > r, l <= r
		}
		switch {
		case useRight:
			n := utf8.RuneLen(right)
			ops[i].Text += string(right)
			ops[i+1].Text += string(right)
			ops[i+2].Text = ops[i+2].Text[n:]
		case useLeft:
			n := utf8.RuneLen(left)
			ops[i].Text = string(left) + ops[i].Text
			ops[i+1].Text = string(left) + ops[i+1].Text
			ops[i-1].Text = ops[i-1].Text[:len(ops[i-1].Text)-n]
		}
	}
	return regroup(ops)
}

// regroup merges each run of edits between two equalities into one deletion
// followed by one insertion.
func regroup(ops []change.Op) []change.Op {
	out := make([]change.Op, 0, len(ops))
	var del, ins joined
	flush := func() {
		out = appendOp(out, change.OpDelete, del.take())
		out = appendOp(out, change.OpInsert, ins.take())
	}
	for _, o := range ops {
		switch o.Op {
		case change.OpDelete:
			del.add(o.Text)
		case change.OpInsert:
			ins.add(o.Text)
		default:
			if o.Text == "" {
				continue
			}
			flush()
			out = appendOp(out, o.Op, o.Text)
		}
	}
	flush()
	return out
}

// joined is the texts added to it, one after another: the text itself
// when only one came, as nearly always, rather than a copy.
type joined struct {
	first string
	more  strings.Builder
	n     int
}

func (j *joined) add(s string) {
	switch j.n {
	case 0:
		j.first = s
	case 1:
		j.more.WriteString(j.first)
		fallthrough
	default:
		j.more.WriteString(s)
	}
	j.n++
}

// take returns the texts joined and starts again.
func (j *joined) take() string {
	s := j.first
	if j.n > 1 {
		s = j.more.String()
	}
	j.first, j.n = "", 0
	j.more.Reset()
	return s
}

// absorbLoneHan folds a single unchanged Chinese character between two
// edits into them: go-diff's overlap step turns 质量→品质 into
// {+品+}质[-量-], which splits a word a reader sees as replaced.
func absorbLoneHan(ops []change.Op) []change.Op {
	for i := 1; i+1 < len(ops); i++ {
		o := ops[i]
		if o.Op != change.OpEqual || ops[i-1].Op == change.OpEqual || ops[i+1].Op == change.OpEqual {
			continue
		}
		r, n := utf8.DecodeRuneInString(o.Text)
		if n != len(o.Text) || !IsHan(r) {
			continue
		}
		ops[i] = change.Op{Op: change.OpDelete, Text: o.Text}
		ops = append(ops[:i+1], append([]change.Op{{Op: change.OpInsert, Text: o.Text}}, ops[i+1:]...)...)
	}
	return regroup(ops)
}

// substitution reports whether a and b replace one Chinese character by
// another, returning the deleted and inserted character.
func substitution(a, b change.Op) (del, ins string, ok bool) {
	if a.Op == change.OpInsert && b.Op == change.OpDelete {
		a, b = b, a
	}
	if a.Op != change.OpDelete || b.Op != change.OpInsert {
		return "", "", false
	}
	if utf8.RuneCountInString(a.Text) != 1 || utf8.RuneCountInString(b.Text) != 1 {
		return "", "", false
	}
	ra, _ := utf8.DecodeRuneInString(a.Text)
	rb, _ := utf8.DecodeRuneInString(b.Text)
	if !IsHan(ra) || !IsHan(rb) {
		return "", "", false
	}
	return a.Text, b.Text, true
}

// IsHan is unicode.Is(unicode.Han, r) without the table search for the
// runes a policy is made of: the tokenizers here and in align ask it of
// every non-ASCII rune.
func IsHan(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// detectChinese is doc.DetectLang(a+b) == doc.Chinese without building a+b:
// its counts add up over the two texts, and ASCII needs no decoding.
func detectChinese(a, b string) bool {
	if r, n := utf8.DecodeLastRuneInString(a); r == utf8.RuneError && n == 1 {
		// A broken sequence at the end of a could join the start of b.
		return doc.DetectLang(a+b) == doc.Chinese
	}
	ca, la := doc.LangCounts(a)
	cb, lb := doc.LangCounts(b)
	return doc.LangOf(ca+cb, la+lb) == doc.Chinese
}
