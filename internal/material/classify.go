package material

import (
	"fmt"
	"sort"
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
	if c.Kind == change.Cosmetic {
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
	sec := sectionCategory(where)
	// A clause that changed language was translated, not rewritten (captures
	// of a translated page mix both): only language-neutral entities, the
	// emails, numbers and links, can tell a change there.
	translated := a != "" && b != "" && doc.DetectLang(a) != doc.DetectLang(b) || f.retranslated(c)
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
		// A link added or dropped alone is mostly a capture linking or
		// unlinking the same words; a link whose target changed is not.
		// Nor is a link moved within the same site under the same words
		// (/legal/privacy-policy/ → /us/privacy): the route is the site.
		if d.kind == entURL && (len(d.added) == 0 || len(d.gone) == 0 || sameHosts(d.added, d.gone)) {
			continue
		}
		added, gone := d.added, d.gone
		if f.docs {
			added = notIn(d.kind, added, f.entA[d.kind])
			gone = notIn(d.kind, gone, f.entB[d.kind])
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

	for _, con := range lexicon {
		x, y := na[con.name], nb[con.name]
		if x == y {
			continue
		}
		// Words that left one clause for another (a split, a merge, a
		// sentence moved, a heading the capture glued to the paragraph
		// before) did not leave the policy: a concept counts only if the
		// document as a whole gained or lost it too.
		gained, lost := f.cntB[con.name] > f.cntA[con.name], f.cntB[con.name] < f.cntA[con.name]
		if f.docs && !(y > x && gained || y < x && lost) {
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
		if con.cat == 4 && con.name != "rights.right" && (!f.docs || lost) {
			v.reduced = true
		}
	}

	v.dropVagueRight()

	if c.A != nil && c.B != nil && !translated {
		if m, ctx := negatedRight(c.Diff); m != "" {
			v.add(4, "rights.negated", fmt.Sprintf("inserted %q in %q", m, ctx))
			v.reduced = true
		}
	}

	if !translated {
		durationRules(&v, durations(a), durations(b))
	}
	return v
}

func notIn(kind string, es []ent, set map[string]string) []ent {
	var out []ent
	for _, e := range es {
		if !contains(set, kind, e.norm) {
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

// negatedRight finds a negation inserted next to a right: "You can cancel
// your account" → "You cannot cancel your account". It looks only at the
// inserted run and the unchanged words of its sentence, so a "not" added
// in one sentence does not negate a right named in another.
func negatedRight(ops []change.Op) (neg, context string) {
	for i, o := range ops {
		if o.Op != change.OpInsert {
			continue
		}
		// Only a short insert edits an existing sentence; a long one is new
		// text, whose "not" says nothing about a right that was there.
		m := negationRe.FindString(cleanText(linkTargetRe.ReplaceAllString(o.Text, "]")))
		if m == "" || len([]rune(letters(o.Text))) > 12 {
			continue
		}
		before, after := "", ""
		for j := i - 1; j >= 0 && before == ""; j-- {
			if ops[j].Op == change.OpEqual {
				before = lastSentence(ops[j].Text)
			}
		}
		for j := i + 1; j < len(ops) && after == ""; j++ {
			if ops[j].Op == change.OpEqual {
				after = firstSentence(ops[j].Text)
			}
		}
		ctx := cleanText(before + o.Text + after)
		for _, con := range lexicon {
			if con.cat == 4 && con.name != "rights.right" && con.re.MatchString(ctx) {
				return m, ctx
			}
		}
	}
	return "", ""
}

func lastSentence(s string) string {
	sp := Sentences(s)
	if len(sp) == 0 {
		return ""
	}
	last := sp[len(sp)-1]
	if last[1] < len(strings.TrimRight(s, " ")) {
		return "" // s ends a sentence: the insert starts a new one
	}
	return s[last[0]:]
}

func firstSentence(s string) string {
	sp := Sentences(s)
	if len(sp) == 0 {
		return ""
	}
	return s[:sp[0][1]]
}

// sameHosts reports whether two sets of links point at the same sites.
func sameHosts(x, y []ent) bool {
	hosts := func(es []ent) map[string]bool {
		m := map[string]bool{}
		for _, e := range es {
			h := e.norm
			if i := strings.IndexAny(h, "/?"); i >= 0 {
				h = h[:i]
			}
			m[h] = true
		}
		return m
	}
	hx, hy := hosts(x), hosts(y)
	if len(hx) != len(hy) {
		return false
	}
	for h := range hx {
		if !hy[h] {
			return false
		}
	}
	return true
}
