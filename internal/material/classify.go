package material

import (
	"fmt"
	"sort"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

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

// dropVagueRight removes "right to" flags when a named right explains the
// change better.
func (v *verdict) dropVagueRight() {
	named := false
	for _, r := range v.reasons {
		named = named || r.Category == 4 && !strings.HasPrefix(r.Rule, "rights.right.")
	}
	if !named {
		return
	}
	kept := v.reasons[:0]
	for _, r := range v.reasons {
		if !strings.HasPrefix(r.Rule, "rights.right.") {
			kept = append(kept, r)
		}
	}
	v.reasons = kept
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
	if c.Kind == change.Cosmetic || sameText(c) {
		return v
	}
	a, b := sides(c, f)
	if a == b {
		return v
	}
	where := c.B
	if where == nil {
		where = c.A
	}
	sec := sectionCategoryIn(where, f.sections)
	// A clause that changed language was translated, not rewritten (captures
	// of a translated page mix both): only language-neutral entities, the
	// emails, numbers and links, can tell a change there.
	translated := a != "" && b != "" && doc.DetectLang(a) != doc.DetectLang(b) || f.retranslated(c)
	na, wa := f.counts(a)
	nb, wb := f.counts(b)
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

	for _, d := range diffEntities(f.entities(a), f.entities(b)) {
		// A link added or dropped alone is mostly a capture linking or
		// unlinking the same words; a link whose target changed is not.
		// Nor is a link moved within the same site under the same words
		// (/legal/privacy-policy/ → /us/privacy): the route is the site.
		if d.kind == entURL && (len(d.added) == 0 || len(d.gone) == 0 || sameHosts(d.added, d.gone)) {
			continue
		}
		added, gone := d.added, d.gone
		if f.whole() {
			// A version is read only for the entities that left or
			// entered a clause.
			added = f.notInDoc(false, d.kind, added)
			gone = f.notInDoc(true, d.kind, gone)
		}
		if len(added)+len(gone) == 0 {
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

	for i := range lexicon {
		con := &lexicon[i]
		x, y := na[con.name], nb[con.name]
		if x == y {
			continue
		}
		// Words that left one clause for another (a split, a merge, a
		// sentence moved, a heading the capture glued to the paragraph
		// before) did not leave the policy: a concept counts only if the
		// document as a whole gained or lost it too.
		if f.whole() && !(y > x && f.gained(con.name) || y < x && f.lost(con.name)) {
			continue
		}
		if y > x {
			v.add(con.cat, con.name+".added", fmt.Sprintf("%q: %d → %d", wb[con.name], x, y))
			continue
		}
		v.add(con.cat, con.name+".removed", fmt.Sprintf("%q: %d → %d", wa[con.name], x, y))
		// A right that leaves the clause and the document is reduced; one
		// that moved to another clause is not.
		// "right to" alone names no particular right; its count moves with
		// every rewording of a rights section.
		if con.cat == 4 && con.name != "rights.right" && (!f.whole() || f.lost(con.name)) {
			v.reduced = true
		}
	}

	v.dropVagueRight()

	if c.A != nil && c.B != nil && !translated {
		if m, ctx := negatedRight(c.Diff); m != "" {
			v.add(4, "rights.negated", fmt.Sprintf("inserted %q in %q", m, ctx))
			v.reduced = true
		}
		for _, fl := range flippedProcessing(c.Diff) {
			v.add(fl.cat, fl.rule, fl.evidence)
		}
	}

	if !translated {
		durationRules(&v, f.durations(a), f.durations(b), f)
		if c.A != nil && c.B != nil && editsNumber(c.Diff) {
			if ev := ageChange(a, b, strings.Join(where.Path(), "\n")); ev != "" {
				v.add(1, "data.children.age-changed", ev)
			}
		}
	}
	return v
}

// sameText reports whether a change's diff is all equal runs, as a clause
// that only moved has: sides would read the same text on both sides, and
// no rule sees a change.
func sameText(c *change.Change) bool {
	if c.A == nil || c.B == nil || len(c.Diff) == 0 {
		return false
	}
	for _, o := range c.Diff {
		if o.Op != change.OpEqual {
			return false
		}
	}
	return true
}

// notInDoc keeps the entities of es that a version (b: B, else A) does
// not hold.
func (f *docFacts) notInDoc(b bool, kind string, es []ent) []ent {
	var out []ent
	for _, e := range es {
		if !f.inDoc(b, kind, e.norm) {
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
