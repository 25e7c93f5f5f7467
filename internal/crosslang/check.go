package crosslang

import (
	"fmt"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/glossary"
	"github.com/policydiff/policydiff/internal/lazy"
)

// checkGroup compares the facts of one aligned pair (or merged run).
func (c *comparer) checkGroup(gr group) []change.Finding {
	fa, fb := c.groupFacts(c.a, gr.a), c.groupFacts(c.b, gr.b)
	ca, cb := c.a.clauses[gr.a[0]], c.b.clauses[gr.b[0]]
	la, lb := c.a.lang, c.b.lang
	var out []change.Finding
	add := func(kind, detail string) *change.Finding {
		out = append(out, change.Finding{Kind: kind, A: ca, B: cb, Detail: detail})
		return &out[len(out)-1]
	}
	for _, k := range []struct {
		kind, what string
		a, b       []Span
	}{
		{"phone-mismatch", "phone", fa.phones, fb.phones},
		{"email-mismatch", "email", fa.emails, fb.emails},
		{"url-mismatch", "URL", fa.urls, fb.urls},
		{"date-mismatch", "date", fa.dates, fb.dates},
	} {
		if d := spanDiff(k.what, k.a, k.b, la, lb); d != "" {
			add(k.kind, d)
		}
	}
	// Time limits and ages are compared with their units when both sides
	// state some; their numbers then leave the plain number comparison, so a
	// wrong time limit is reported once, as a time limit.
	var ownedA, ownedB []Span
	for _, k := range []struct {
		what string
		a, b []Span
	}{{"duration", fa.durations, fb.durations}, {"age", fa.ages, fb.ages}} {
		if len(k.a) == 0 || len(k.b) == 0 {
			continue
		}
		if d := spanDiff(k.what, k.a, k.b, la, lb); d != "" {
			add("number-mismatch", d).Subject = k.what
		}
		ownedA = append(ownedA, k.a...)
		ownedB = append(ownedB, k.b...)
	}
	if d := numberDiff(fa, fb, ownedA, ownedB, la, lb); d != "" {
		add("number-mismatch", d).Subject = "number"
	}
	if d := c.nameDiff(fa, fb); d != "" {
		add("name-mismatch", d)
	} else if ca.Kind == doc.KindRow && cb.Kind == doc.KindRow && len(ca.Cells) == len(cb.Cells) && len(gr.a) == 1 && len(gr.b) == 1 {
		// a row names its organisation in one cell; compare cell by cell so
		// the scenario column ("Huawei Push") does not hide the recipient
		for k := range ca.Cells {
			fca := &facts{lang: la, orgs: Orgs(ca.Cells[k], la, c.g)}
			fcb := &facts{lang: lb, orgs: Orgs(cb.Cells[k], lb, c.g)}
			if d := c.nameDiff(fca, fcb); d != "" {
				add("name-mismatch", d)
			}
		}
	}
	for _, d := range c.termDiff(fa, fb) {
		add("term-mismatch", d)
	}
	for _, x := range []struct {
		s   *side
		idx []int
	}{{c.a, gr.a}, {c.b, gr.b}} {
		for _, i := range x.idx {
			if d := untranslated(x.s.clauses[i], x.s.lang); d != "" {
				add("untranslated", d)
			}
		}
	}
	// Only a pair that surely translates one clause as the other: a pair
	// of different clauses differs in everything.
	if gr.score >= minReadScore {
		for _, m := range []struct {
			kind string
			m    mismatch
		}{{"negation-mismatch", negationDiff(fa, fb)}, {"modality-mismatch", modalityDiff(fa, fb)}} {
			if m.m.detail != "" {
				f := add(m.kind, m.m.detail)
				f.Word, f.Sentence = m.m.word, m.m.sentence
			}
		}
	}
	return out
}

func (c *comparer) groupFacts(s *side, idx []int) *facts {
	if len(idx) == 1 {
		return s.facts[idx[0]]
	}
	return s.merged(idx[0], c.g)
}

// spanDiff describes the keys found on one side only, quoting both sides:
// `phone 400-615-1212 (en) ≠ 400-098-8505 转 2 (zh)`.
func spanDiff(what string, a, b []Span, la, lb doc.Lang) string {
	onlyA, onlyB := onlyIn(a, b), onlyIn(b, a)
	return describe(what, texts(onlyA), texts(onlyB), la, lb)
}

func describe(what string, onlyA, onlyB []string, la, lb doc.Lang) string {
	switch {
	case len(onlyA) > 0 && len(onlyB) > 0:
		return fmt.Sprintf("%s %s (%s) ≠ %s (%s)", what, strings.Join(onlyA, ", "), la, strings.Join(onlyB, ", "), lb)
	case len(onlyA) > 0:
		return fmt.Sprintf("%s %s (%s) missing in %s", what, strings.Join(onlyA, ", "), la, lb)
	case len(onlyB) > 0:
		return fmt.Sprintf("%s %s (%s) missing in %s", what, strings.Join(onlyB, ", "), lb, la)
	}
	return ""
}

func onlyIn(a, b []Span) []Span {
	in := map[string]bool{}
	for _, s := range b {
		in[s.Key] = true
	}
	var out []Span
	for _, s := range a {
		if !in[s.Key] {
			in[s.Key] = true // report each key once
			out = append(out, s)
		}
	}
	return out
}

func texts(xs []Span) []string {
	var out []string
	for _, x := range xs {
		out = append(out, strings.Join(strings.Fields(x.Text), " "))
	}
	return out
}

func numberDiff(fa, fb *facts, ownedA, ownedB []Span, la, lb doc.Lang) string {
	toSpans := func(f *facts, owned []Span) []Span {
		var out []Span
		for _, n := range significantNumbers(f) {
			if overlaps(owned, n.Pos, n.End) {
				continue
			}
			t := strings.TrimSpace(n.Text)
			if v := n.Key(); strings.TrimSuffix(t, "%") != strings.TrimSuffix(v, "%") {
				t += " = " + v
			}
			out = append(out, Span{Text: t, Key: n.Key(), Pos: n.Pos, End: n.End})
		}
		return out
	}
	return spanDiff("number", toSpans(fa, ownedA), toSpans(fb, ownedB), la, lb)
}

// nameDiff reports an organisation named on one side whose known
// counterpart is absent on the other, when the other names a different
// organisation there instead (so a merely omitted name is not a finding).
func (c *comparer) nameDiff(fa, fb *facts) string {
	oa, ob := fa.orgs, fb.orgs
	known := func(os []Org) map[int]string {
		m := map[int]string{}
		for _, o := range os {
			if o.Entry >= 0 {
				m[o.Entry] = o.Text
			}
		}
		return m
	}
	ka, kb := known(oa), known(ob)
	var onlyA, onlyB []string
	for _, o := range oa {
		if _, ok := kb[o.Entry]; o.Entry >= 0 && !ok {
			onlyA = append(onlyA, o.Text)
		}
	}
	for _, o := range ob {
		if _, ok := ka[o.Entry]; o.Entry >= 0 && !ok {
			onlyB = append(onlyB, o.Text)
		}
	}
	if len(onlyA) == 0 || len(onlyB) == 0 {
		return ""
	}
	return describe("organisation", onlyA, onlyB, fa.lang, fb.lang)
}

// termDiff reports a grouped glossary term (share / transfer / public
// disclosure; delete / anonymise / cancel; consent / authorisation) present
// on one side whose rendering is absent on the other, where the other uses a
// term of the same group that the first side does not: a term translated
// as its neighbour, which changes what the clause permits.
func (c *comparer) termDiff(fa, fb *facts) []string {
	en, zh := fa, fb
	if fa.lang == doc.Chinese && fb.lang != doc.Chinese {
		en, zh = fb, fa
	}
	has := func(f *facts, e int) bool { return f.gloss[e/64]&(1<<(e%64)) != 0 }
	var out []string
	seen := map[int]bool{}
	for _, m := range en.terms {
		e := c.g.Entry(m.Entry)
		if e.Tag == "" || e.Tag == "org" || seen[m.Entry] || has(zh, m.Entry) {
			continue
		}
		seen[m.Entry] = true
		for _, z := range zh.terms {
			ze := c.g.Entry(z.Entry)
			if ze.Tag != e.Tag || z.Entry == m.Entry || has(en, z.Entry) {
				continue
			}
			out = append(out, fmt.Sprintf("term %q (en) rendered as %s (zh), which translates %q; the glossary gives %s",
				m.Text, z.Text, firstVariant(ze.EN), strings.Join(glossary.Variants(e.ZH), "/")))
			break
		}
	}
	return out
}

func firstVariant(s string) string { return glossary.Variants(s)[0] }

// checkChildren compares the number of list items and of table rows under
// two paired clauses. A difference is reported only when some item or row
// found no counterpart at all, and those are named: an item split in two or
// a table cut by a page break changes the count but loses nothing.
func (c *comparer) checkChildren(a, b *doc.Clause, paired map[*doc.Clause]bool) *change.Finding {
	count := func(cl *doc.Clause) (items, rows int) {
		for _, ch := range cl.Children {
			switch {
			case ch.Kind == doc.KindRow && !fragment(ch):
				rows++
			case listItem(ch):
				items++
			}
		}
		return
	}
	ia, ra := count(a)
	ib, rb := count(b)
	kind, what, na, nb := "", "", 0, 0
	switch {
	case a.Kind == doc.KindTable && b.Kind == doc.KindTable && ra != rb:
		kind, what, na, nb = "table-mismatch", "rows", ra, rb
	case ia != ib && ia > 0 && ib > 0:
		kind, what, na, nb = "list-mismatch", "items", ia, ib
	default:
		return nil
	}
	var lone []string
	for _, cl := range [][]*doc.Clause{a.Children, b.Children} {
		for _, ch := range cl {
			if (listItem(ch) || ch.Kind == doc.KindRow) && !paired[ch] && clauseText(ch) != "" && !fragment(ch) {
				lone = append(lone, quoteClause(ch))
			}
		}
	}
	if len(lone) == 0 {
		return nil
	}
	detail := fmt.Sprintf("%d %s (%s) ≠ %d %s (%s); without counterpart: %s",
		na, what, c.a.lang, nb, what, c.b.lang, strings.Join(lone, "; "))
	return &change.Finding{Kind: kind, A: a, B: b, Detail: detail}
}

var dottedLabel = &lazy.Regexp{Expr: `^\d+(?:\.\d+)+\.?$`}

// listItem tells an enumerated item ("(3)", "1.", "2、") from a numbered
// sub-clause ("9.3"): a lost sub-clause is a missing clause, not a shorter list.
func listItem(c *doc.Clause) bool {
	return c.Kind == doc.KindSection && c.Label != "" && !dottedLabel.Re().MatchString(c.Label)
}

// fragment tells a row holding a single cell's spill-over ("公司" carried
// to the next page of a PDF) from a real row.
func fragment(row *doc.Clause) bool {
	full := 0
	for _, c := range row.Cells {
		if strings.TrimSpace(c) != "" {
			full++
		}
	}
	return row.Kind == doc.KindRow && len(row.Cells) > 1 && full < 2
}
