package crosslang

import (
	"fmt"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/glossary"
	"github.com/policydiff/policydiff/internal/parallel"
)

type side struct {
	doc     *doc.Document
	lang    doc.Lang
	clauses []*doc.Clause
	facts   []*facts
	joined  map[int]*facts // facts of clauses k and k+1 together, computed on demand
	whole   map[int]*facts // facts of table k with its rows
}

// content returns the facts of a table with all its rows, computed on demand.
func (s *side) content(k int, g *glossary.Glossary) *facts {
	if f, ok := s.whole[k]; ok {
		return f
	}
	parts := []string{clauseText(s.clauses[k])}
	for _, r := range s.clauses[k].Children {
		parts = append(parts, clauseText(r))
	}
	f := extract(strings.Join(parts, "\n"), s.lang, g)
	s.whole[k] = f
	return f
}

func (s *side) merged(k int, g *glossary.Glossary) *facts {
	if f, ok := s.joined[k]; ok {
		return f
	}
	f := merge(s.facts[k], s.facts[k+1], g)
	s.joined[k] = f
	return f
}

type comparer struct {
	g    *glossary.Glossary
	a, b *side
}

// Compare aligns the clauses of two language versions of a policy and checks
// every aligned pair for disagreements. Pairs come in document order of a;
// findings in the order of the pairs they concern. A nil glossary means the
// built-in one. When the documents carry different dates every finding is
// marked as possibly a change between versions.
func Compare(a, b *doc.Document, g *glossary.Glossary) (pairs []change.Pair, findings []change.Finding) {
	if g == nil {
		g = glossary.Builtin()
	}
	c := &comparer{g: g, a: newSide(a), b: newSide(b)}
	readFacts(g, c.a, c.b)
	groups := c.align()
	paired := map[*doc.Clause]bool{}
	for _, gr := range groups {
		for _, i := range gr.a {
			for _, j := range gr.b {
				pairs = append(pairs, change.Pair{A: c.a.clauses[i], B: c.b.clauses[j], Score: round2(gr.score)})
				paired[c.a.clauses[i]], paired[c.b.clauses[j]] = true, true
			}
		}
	}
	listed := map[*doc.Clause]bool{} // parents already reported by a list or table check
	for _, gr := range groups {
		switch {
		case len(gr.a) > 0 && len(gr.b) > 0:
			findings = append(findings, c.checkGroup(gr)...)
			if len(gr.a) == 1 && len(gr.b) == 1 {
				f := c.checkChildren(c.a.clauses[gr.a[0]], c.b.clauses[gr.b[0]], paired)
				if f != nil {
					listed[c.a.clauses[gr.a[0]]], listed[c.b.clauses[gr.b[0]]] = true, true
					findings = append(findings, *f)
				}
			}
		}
	}
	for _, gr := range groups {
		switch {
		case len(gr.b) == 0:
			cl := c.a.clauses[gr.a[0]]
			if (!listed[cl.Parent] || cl.Parent == nil) && !fragment(cl) {
				findings = append(findings, change.Finding{Kind: "missing-clause", A: cl,
					Detail: fmt.Sprintf("clause %s (%s) has no counterpart in %s", quoteClause(cl), c.a.lang, c.b.lang)})
			}
		case len(gr.a) == 0:
			cl := c.b.clauses[gr.b[0]]
			if (!listed[cl.Parent] || cl.Parent == nil) && !fragment(cl) {
				findings = append(findings, change.Finding{Kind: "extra-clause", B: cl,
					Detail: fmt.Sprintf("clause %s (%s) has no counterpart in %s", quoteClause(cl), c.b.lang, c.a.lang)})
			}
		}
	}
	if note := versionNote(a, b, c.a.lang, c.b.lang); note != "" {
		for i := range findings {
			findings[i].MaybeVersionChange = true
			findings[i].Detail += note
			findings[i].Note = note
		}
	}
	return pairs, findings
}

func newSide(d *doc.Document) *side {
	s := &side{doc: d, lang: d.Meta.Lang, joined: map[int]*facts{}, whole: map[int]*facts{}}
	var all strings.Builder
	d.Walk(func(c *doc.Clause) bool {
		if clauseText(c) != "" {
			s.clauses = append(s.clauses, c)
		}
		if s.lang == "" && all.Len() < 4000 {
			all.WriteString(clauseText(c))
		}
		return true
	})
	if s.lang == "" {
		s.lang = doc.DetectLang(all.String())
	}
	s.facts = make([]*facts, len(s.clauses))
	return s
}

// readFacts reads the facts of every clause of the sides, on every core: the
// reading is most of a comparison (BenchmarkCompareJDCloud), and an English
// side takes three times a Chinese one, so the clauses of both go to one
// queue rather than a side to a core.
func readFacts(g *glossary.Glossary, sides ...*side) {
	type job struct {
		s *side
		i int
	}
	var jobs []job
	for _, s := range sides {
		for i := range s.clauses {
			jobs = append(jobs, job{s, i})
		}
	}
	parallel.Each(len(jobs), func(k int) {
		j := jobs[k]
		f := extract(clauseText(j.s.clauses[j.i]), j.s.lang, g)
		// What the negation and modality checks ask of a pair, read here
		// on every core rather than pair by pair after.
		f.negated()
		f.modality()
		j.s.facts[j.i] = f
	})
}

// clauseText is what a clause says of its own: heading and text, or for a
// table row its cells.
func clauseText(c *doc.Clause) string {
	if c.Kind == doc.KindRow && len(c.Cells) > 0 {
		return strings.TrimSpace(strings.Join(c.Cells, " | "))
	}
	return strings.TrimSpace(c.Full())
}

// versionNote says why a finding may not be a translation defect: the two
// documents are dated differently, so they may be different versions.
// Every detail of such a comparison ends with it.
func versionNote(a, b *doc.Document, la, lb doc.Lang) string {
	da, db := dateOf(a.Meta), dateOf(b.Meta)
	if da == "" || db == "" || da == db {
		return ""
	}
	return fmt.Sprintf(" — documents dated %s (%s) and %s (%s): may be a change between versions rather than a translation defect",
		da, la, db, lb)
}

// VersionNote is the note on the documents' dates that every finding's
// detail ends with, said once for a view that shows it above them, or "".
func VersionNote(findings []change.Finding) string {
	for _, f := range findings {
		if f.MaybeVersionChange {
			if f.Note != "" {
				return "Note:" + strings.TrimPrefix(f.Note, " —")
			}
			return "Note: the documents are dated differently; findings may be changes between versions rather than translation defects"
		}
	}
	return ""
}

// WithoutVersionNote is s, the detail of f or the evidence the material
// rules quote from it, without that note, for a view that says it once.
func WithoutVersionNote(f change.Finding, s string) string {
	return strings.TrimSuffix(s, f.Note)
}

func dateOf(m doc.Meta) string {
	if m.Effective != "" {
		return m.Effective
	}
	return m.Updated
}

func quoteClause(c *doc.Clause) string {
	id := c.ID
	if id == "" {
		id = c.Label
	}
	q := fmt.Sprintf("%q", excerpt(clauseText(c), 60))
	if id == "" {
		return q
	}
	return id + " " + q
}

func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	// An English word is not cut ("guardian be…"): the excerpt ends at the
	// space before it, unless that word is most of the excerpt.
	cut := n
	for cut > n/2 && isLatinLetter(rs[cut-1]) && isLatinLetter(rs[cut]) {
		cut--
	}
	if cut == n/2 {
		cut = n
	}
	return strings.TrimSpace(string(rs[:cut])) + "…"
}

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }
