package material

import (
	"strings"
	"unicode"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// docFacts are document-wide counts: an entity or right that only moved
// from one clause to another has not appeared or disappeared.
type docFacts struct {
	entA, entB map[string]map[string]string
	cntA, cntB map[string]int
	// added and removed hold the letters of the clauses added and removed
	// whole, so that text split off into a new clause (or merged in from a
	// removed one) is not read as deleted (or inserted).
	added, removed []string
	docs           bool // the counts and entities above are known
	// wholeLang maps "added <id>" / "removed <id>" to the language of the
	// clause added or removed whole under that id.
	wholeLang map[string]doc.Lang
}

// retranslated reports whether an added (removed) clause has a removed
// (added) twin under the same id in the other language: a page capture
// that swapped an untranslated paragraph for its translation.
func (f *docFacts) retranslated(c *change.Change) bool {
	switch {
	case c.A == nil && c.B != nil:
		l, ok := f.wholeLang["removed "+c.B.ID]
		return ok && l != doc.DetectLang(c.B.Full())
	case c.B == nil && c.A != nil:
		l, ok := f.wholeLang["added "+c.A.ID]
		return ok && l != doc.DetectLang(c.A.Full())
	}
	return false
}

func factsOf(r *change.Result) *docFacts {
	f := &docFacts{wholeLang: map[string]doc.Lang{}}
	for _, c := range r.Changes {
		switch {
		case c.A == nil && c.B != nil:
			f.added = append(f.added, letters(c.B.Full()))
			f.wholeLang["added "+c.B.ID] = doc.DetectLang(c.B.Full())
		case c.B == nil && c.A != nil:
			f.removed = append(f.removed, letters(c.A.Full()))
			f.wholeLang["removed "+c.A.ID] = doc.DetectLang(c.A.Full())
		}
	}
	if r.DocA == nil || r.DocB == nil {
		return f
	}
	f.docs = true
	memo := map[string]clauseFacts{}
	f.entA, f.cntA = docTotals(r.DocA, memo)
	f.entB, f.cntB = docTotals(r.DocB, memo)
	return f
}

type clauseFacts struct {
	ents map[string]map[string]string
	n    map[string]int
}

// docTotals sums the entities and concept counts of every clause. Clause
// by clause is faster than the whole text at once (small inputs take Go's
// backtracking matcher), and clauses both versions share are read once.
func docTotals(d *doc.Document, memo map[string]clauseFacts) (map[string]map[string]string, map[string]int) {
	ents, n := map[string]map[string]string{}, map[string]int{}
	for _, c := range d.Flatten() {
		text := clean(c)
		cf, ok := memo[text]
		if !ok {
			cf.ents = entities(text)
			cf.n, _ = counts(text)
			memo[text] = cf
		}
		for k, v := range cf.n {
			n[k] += v
		}
		for kind, m := range cf.ents {
			if ents[kind] == nil {
				ents[kind] = map[string]string{}
			}
			for norm, printed := range m {
				ents[kind][norm] = printed
			}
		}
	}
	return ents, n
}

// letters keeps the letters and digits of s, lower-cased: the key under
// which moved text is recognised whatever its layout.
func letters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// movedTo reports whether run is a sizeable piece of text found whole in
// one of the clauses of pool.
func movedTo(run string, pool []string) bool {
	k := letters(run)
	if len([]rune(k)) < 30 {
		return false
	}
	for _, p := range pool {
		if strings.Contains(p, k) {
			return true
		}
	}
	return false
}

func wholeText(d *doc.Document) string {
	var b strings.Builder
	for _, c := range d.Flatten() {
		b.WriteString(clean(c))
		b.WriteByte('\n')
	}
	return b.String()
}
