package material

import (
	"fmt"
	"sort"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// docFacts are document-wide counts: an entity or right that only moved
// from one clause to another has not appeared or disappeared.
type docFacts struct {
	entA, entB map[string]map[string]string
	cntA, cntB map[string]int
}

func factsOf(a, b *doc.Document) *docFacts {
	if a == nil || b == nil {
		return nil
	}
	ta, tb := wholeText(a), wholeText(b)
	f := &docFacts{entA: entities(ta), entB: entities(tb)}
	f.cntA, _ = counts(ta)
	f.cntB, _ = counts(tb)
	return f
}

func wholeText(d *doc.Document) string {
	var b strings.Builder
	for _, c := range d.Flatten() {
		b.WriteString(clean(c))
		b.WriteByte('\n')
	}
	return b.String()
}

// verdict is what the rules conclude about one change.
type verdict struct {
	reasons []change.Reason
	reduced bool
}

func (v *verdict) add(cat int, rule, evidence string) {
	for _, r := range v.reasons {
		if r.Category == cat && r.Rule == rule && r.Evidence == evidence {
			return
		}
	}
	v.reasons = append(v.reasons, change.Reason{Category: cat, Rule: rule, Evidence: evidence})
}

func (v *verdict) categories() []int {
	seen := map[int]bool{}
	var out []int
	for _, r := range v.reasons {
		if !seen[r.Category] {
			seen[r.Category] = true
			out = append(out, r.Category)
		}
	}
	sort.Ints(out)
	return out
}

// classify applies every rule to one change. A flag always rests on a
// changed entity or lexicon concept; the section only picks the category
// of entities that do not say it themselves (links, company names).
func classify(c *change.Change, f *docFacts) verdict {
	var v verdict
	if c.Kind == change.Cosmetic {
		return v
	}
	a, b := sides(c)
	if a == b {
		return v
	}
	where := c.B
	if where == nil {
		where = c.A
	}
	sec := sectionCategory(where)
	// A clause that changed language was translated, not rewritten (captures
	// of a translated page mix both): only language-neutral entities, the
	// emails, numbers and links, can tell a change there.
	translated := a != "" && b != "" && doc.DetectLang(a) != doc.DetectLang(b)
	na, wa := counts(a)
	nb, wb := counts(b)
	if translated {
		na, nb = nil, nil
	}
	has := func(prefix string) bool {
		for name, n := range nb {
			if n > 0 && strings.HasPrefix(name, prefix) {
				return true
			}
		}
		for name, n := range na {
			if n > 0 && strings.HasPrefix(name, prefix) {
				return true
			}
		}
		return false
	}

	for _, d := range diffEntities(entities(a), entities(b)) {
		added, gone := d.added, d.gone
		if f != nil {
			added = notIn(added, f.entA[d.kind])
			gone = notIn(gone, f.entB[d.kind])
		}
		if len(added)+len(gone) == 0 {
			continue
		}
		// A link added or dropped alone is mostly a capture linking or
		// unlinking the same words; a link whose target changed is not.
		if d.kind == entURL && (len(added) == 0 || len(gone) == 0) {
			continue
		}
		cat, stem := entityCategory(d.kind, sec, where, has)
		if cat == 0 || translated && (d.kind == entCompany || d.kind == entAddress) {
			continue
		}
		rule, ev := entityRule(stem, d.kind, added, gone)
		v.add(cat, rule, ev)
		// A contact route gone with nothing in its place is a way to
		// exercise a right that users lose.
		if len(added) == 0 && (d.kind == entEmail || d.kind == entPhone) && (cat == 4 || cat == 5) {
			v.reduced = true
		}
	}

	whole := c.A == nil || c.B == nil
	for _, con := range lexicon {
		x, y := na[con.name], nb[con.name]
		if x == y {
			continue
		}
		// A clause added or removed whole may be the other half of a split,
		// a merge or a move the alignment did not pair: its words count only
		// if the document as a whole gained or lost them too.
		gained, lost := f != nil && f.cntB[con.name] > f.cntA[con.name], f != nil && f.cntB[con.name] < f.cntA[con.name]
		if whole && f != nil && !(y > x && gained || y < x && lost) {
			continue
		}
		if y > x {
			v.add(con.cat, con.name+".added", fmt.Sprintf("%q: %d → %d", wb[con.name], x, y))
			continue
		}
		v.add(con.cat, con.name+".removed", fmt.Sprintf("%q: %d → %d", wa[con.name], x, y))
		// A right that leaves the clause and the document is reduced; one
		// that moved to another clause is not.
		if con.cat == 4 && (f == nil || f.cntB[con.name] < f.cntA[con.name]) {
			v.reduced = true
		}
	}

	if c.A != nil && c.B != nil && has("rights.") {
		if m := negationRe.FindString(inserted(c.Diff)); m != "" && !negationRe.MatchString(a) {
			v.add(4, "rights.negated", fmt.Sprintf("inserted %q in a clause about users' rights", m))
			v.reduced = true
		}
	}

	if !translated {
		durationRules(&v, durations(a), durations(b))
	}
	return v
}

func notIn(es []ent, set map[string]string) []ent {
	var out []ent
	for _, e := range es {
		if _, ok := set[e.norm]; !ok {
			out = append(out, e)
		}
	}
	return out
}

// entityCategory decides which item a changed entity belongs to. Emails,
// phones and addresses are contact methods wherever they sit; links and
// company names take their meaning from the clause around them.
func entityCategory(kind string, sec int, where *doc.Clause, has func(string) bool) (int, string) {
	switch kind {
	case entEmail, entPhone, entAddress:
		return 5, "contact"
	case entURL:
		switch {
		case sec == 4 || sec == 5:
			return sec, map[int]string{4: "rights", 5: "contact"}[sec]
		case has("contact."):
			return 5, "contact"
		case has("rights.") && !has("rights.right"):
			return 4, "rights"
		}
		return 0, ""
	case entCompany:
		switch {
		case has("ownership.transaction"):
			return 2, "ownership"
		case sec == 5:
			return 5, "contact"
		case has("ownership."):
			return 2, "ownership"
		case has("recipient.") || sec == 3:
			return 3, "recipient"
		case sec == 0:
			return 2, "ownership"
		}
		return 3, "recipient"
	}
	return 0, ""
}

func entityRule(stem, kind string, added, gone []ent) (rule, evidence string) {
	list := func(es []ent) string {
		var ps []string
		for _, e := range es {
			ps = append(ps, e.printed)
		}
		return strings.Join(ps, ", ")
	}
	switch {
	case len(added) > 0 && len(gone) > 0:
		return stem + "." + kind + ".changed", fmt.Sprintf("%s %s → %s", kind, list(gone), list(added))
	case len(added) > 0:
		return stem + "." + kind + ".added", fmt.Sprintf("%s %s added", kind, list(added))
	}
	return stem + "." + kind + ".removed", fmt.Sprintf("%s %s removed", kind, list(gone))
}

// durationRules compares the periods of the two sides by what they bound: a
// reply deadline that grows makes users wait longer to exercise a right.
func durationRules(v *verdict, da, db []Duration) {
	for _, kind := range []string{"deadline", "retention"} {
		gone, added := unmatched(da, db, kind), unmatched(db, da, kind)
		for i := 0; i < len(gone) || i < len(added); i++ {
			var ev string
			var longer bool
			switch {
			case i < len(gone) && i < len(added):
				ev = gone[i].Text + " → " + added[i].Text
				longer = added[i].Days > gone[i].Days
			case i < len(gone):
				ev = gone[i].Text + " removed"
				longer = kind == "deadline"
			default:
				ev = added[i].Text + " added"
			}
			if kind == "retention" {
				v.add(1, "purpose.retention.changed", "retention period "+ev)
				continue
			}
			rule := "rights.deadline.changed"
			if longer {
				rule = "rights.deadline.longer"
				v.reduced = true
			}
			v.add(4, rule, "reply deadline "+ev)
		}
	}
}

// unmatched returns the periods of kind in xs that ys lacks, multiset-wise.
func unmatched(xs, ys []Duration, kind string) []Duration {
	used := make([]bool, len(ys))
	var out []Duration
	for _, x := range xs {
		if x.Kind != kind {
			continue
		}
		found := false
		for j, y := range ys {
			if !used[j] && y.Kind == kind && y.Days == x.Days {
				used[j], found = true, true
				break
			}
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}
