package material

import (
	"strings"
	"unicode"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// sides returns the two texts the rules compare. With a diff they are
// rebuilt from it (it may hold link targets the clause text hides), and
// every delete/insert pair that changes nothing a rule could see is read as
// equal: a one-word typo fix, or a sentence translated between English and
// Chinese (captures of a translated page mix both) that keeps its emails,
// numbers and links. Text split off into a clause of its own, or merged in
// from a removed one, is left out: it moved, it did not go.
// The texts are cleaned through f's memo: without a neutral pair or moved
// text they are the clauses' full texts, which Prepare has cleaned when
// their clause is one the versions do not share.
func sides(c *change.Change, f *docFacts) (a, b string) {
	if c.A == nil || c.B == nil || len(c.Diff) == 0 {
		return f.clean(c.A), f.clean(c.B)
	}
	var sa, sb strings.Builder
	ops := c.Diff
	la, lb := sideLens(ops)
	sa.Grow(la)
	sb.Grow(lb)
	for i := 0; i < len(ops); i++ {
		if i+1 < len(ops) {
			del, ins, ok := pair(ops[i], ops[i+1])
			if ok && neutral(del, ins) {
				sa.WriteString(ins)
				sb.WriteString(ins)
				i++
				continue
			}
		}
		switch ops[i].Op {
		case change.OpEqual:
			sa.WriteString(ops[i].Text)
			sb.WriteString(ops[i].Text)
		case change.OpDelete:
			if !movedTo(ops[i].Text, f.added) {
				sa.WriteString(ops[i].Text)
			}
		case change.OpInsert:
			if !movedTo(ops[i].Text, f.removed) {
				sb.WriteString(ops[i].Text)
			}
		}
	}
	return f.cleanText(sa.String()), f.cleanText(sb.String())
}

// sideLens is how long the texts of A and B a diff holds are.
func sideLens(ops []change.Op) (a, b int) {
	for _, o := range ops {
		if o.Op != change.OpInsert {
			a += len(o.Text)
		}
		if o.Op != change.OpDelete {
			b += len(o.Text)
		}
	}
	return a, b
}

func pair(x, y change.Op) (del, ins string, ok bool) {
	switch {
	case x.Op == change.OpDelete && y.Op == change.OpInsert:
		return x.Text, y.Text, true
	case x.Op == change.OpInsert && y.Op == change.OpDelete:
		return y.Text, x.Text, true
	}
	return "", "", false
}

func neutral(del, ins string) bool {
	if isTypo(strings.TrimSpace(del), strings.TrimSpace(ins)) {
		return true
	}
	if doc.DetectLang(del) == doc.DetectLang(ins) || !hasLetters(del) || !hasLetters(ins) {
		return false
	}
	ea, eb := entities(del), entities(ins)
	for _, k := range []string{entEmail, entPhone, entURL} {
		if len(ea[k]) != len(eb[k]) {
			return false
		}
		for n := range ea[k] {
			if _, ok := eb[k][n]; !ok {
				return false
			}
		}
	}
	return true
}

func hasLetters(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// plainWord reports whether s is one Latin word, with at most one
// apostrophe followed by lower-case letters ("don't", "user's"): the
// regexp ^[A-Za-z]+(?:'[a-z]+)?$, which cost a first comparison more to
// compile than all its uses.
func plainWord(s string) bool {
	i := 0
	for i < len(s) && isLetter(s[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	if i == len(s) {
		return true
	}
	if s[i] != '\'' || i+1 == len(s) {
		return false
	}
	for _, c := range []byte(s[i+1:]) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// isTypo: one Latin word each side, one edit apart (a swap of neighbours
// counts as one). Short words that differ in meaning by one letter ("sell"
// and "tell") must not differ in the lexicon.
func isTypo(del, ins string) bool {
	if !plainWord(del) || !plainWord(ins) || strings.EqualFold(del, ins) {
		return false
	}
	if editDistance(strings.ToLower(del), strings.ToLower(ins)) > 1 {
		return false
	}
	if len(del) >= 5 && len(ins) >= 5 {
		return true
	}
	// The lexicon's scanner, not each concept's own pattern: compiling
	// all of them for one short typo cost a millisecond.
	nd, _ := countConcepts(del)
	ni, _ := countConcepts(ins)
	for i := range lexicon {
		if name := lexicon[i].name; nd[name] > 0 != (ni[name] > 0) {
			return false
		}
	}
	return true
}

// editDistance is the optimal-string-alignment distance: insertions,
// deletions, substitutions and swaps of adjacent letters cost one each.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
