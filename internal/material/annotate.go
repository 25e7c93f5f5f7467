package material

import (
	"fmt"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/lazy"
)

// Annotate applies the material-change rules to a comparison. In version
// mode it marks each non-cosmetic change, picks the material-change clause
// (B's, else A's, else the built-in list, Side saying which) and sets
// NoticeRequired and ExplicitConsentRequired: clause 9.1 promises not to
// reduce users' rights without their explicit consent. In language mode it
// marks the findings whose disagreement would be material.
func Annotate(r *change.Result) {
	if r == nil {
		return
	}
	if r.Mode == change.ModeLanguage {
		r.MaterialClause = pickClause(r.DocA, r.DocB, r.A.Lang, r.B.Lang)
		for i := range r.Findings {
			annotateFinding(&r.Findings[i])
		}
		r.Tally()
		return
	}
	AnnotatePrepared(r, prepare(r.DocA, r.DocB, r.A.Lang, r.B.Lang, false, bSearch{}))
}

// Prepared is what the rules read of the two versions whole, before any
// change is known: the material-change clause and the document-wide counts
// of each concept. Prepare can run while the versions are being aligned.
// A Prepared serves one comparison: AnnotatePrepared fills its memos, so it
// must not be shared between goroutines.
type Prepared struct {
	clause *change.MaterialClause
	facts  *docFacts
}

// Prepare reads versions a and b (either may be nil) for AnnotatePrepared.
// It only reads them, so it may run beside a comparison of the same two.
func Prepare(a, b *doc.Document) *Prepared {
	return prepare(a, b, langOf(a), langOf(b), true, bSearch{})
}

// langOf is d's language, none for no document.
func langOf(d *doc.Document) doc.Lang {
	if d == nil {
		return ""
	}
	return d.Meta.Lang
}

// BClause is the part of Prepare that needs version B alone: B's
// material-change clause, or nil. A caller still loading A can find it
// meanwhile and hand it to PrepareWith.
func BClause(b *doc.Document) *change.MaterialClause {
	m := FindClause(b)
	if m != nil {
		m.Side = "b"
	}
	return m
}

// PrepareWith is Prepare(a, b) given bClause, BClause(b).
func PrepareWith(a, b *doc.Document, bClause *change.MaterialClause) *Prepared {
	return prepare(a, b, langOf(a), langOf(b), true, bSearch{bClause, true})
}

// bSearch is BClause(b) once done.
type bSearch struct {
	clause *change.MaterialClause
	done   bool
}

// prepare is Prepare; ahead says whether the document-wide counts are
// taken now, on a core that would otherwise wait, or on first use: a
// comparison with nothing of substance never needs them.
// The languages pick the built-in list when neither version has one.
func prepare(a, b *doc.Document, langA, langB doc.Lang, ahead bool, inB bSearch) *Prepared {
	p := &Prepared{facts: newFacts()}
	pick := func() *change.MaterialClause {
		if !inB.done {
			return pickClause(a, b, langA, langB)
		}
		return pickClauseAfter(inB.clause, a, langA, langB)
	}
	if a == nil || b == nil || !ahead || inB.clause != nil {
		p.clause = pick()
		if a != nil && b != nil {
			p.facts.docA, p.facts.docB = a, b
			if ahead {
				p.facts.readAhead()
			}
		}
		return p
	}
	// The search for the clause shares nothing with the counts: it goes to
	// whichever core is free first, often the one that has just aligned
	// the versions, while this one counts.
	clause := make(chan *change.MaterialClause, 1)
	go func() { clause <- pick() }()
	p.facts.docA, p.facts.docB = a, b
	p.facts.readAhead()
	p.clause = <-clause
	return p
}

// AnnotatePrepared is Annotate of a version comparison with the reading of
// its documents already done by Prepare(r.DocA, r.DocB).
func AnnotatePrepared(r *change.Result, p *Prepared) {
	r.MaterialClause = p.clause
	f := p.facts
	f.noteWhole(r.Changes)
	r.NoticeRequired, r.ExplicitConsentRequired = false, false
	for i := range r.Changes {
		c := &r.Changes[i]
		v := classify(c, f)
		c.Material = len(v.reasons) > 0
		c.Categories = v.categories()
		c.Reasons = v.reasons
		c.RightsReduced = v.reduced && c.Material
		if c.Material {
			r.NoticeRequired = true
		}
		if c.RightsReduced {
			r.ExplicitConsentRequired = true
		}
	}
	r.Tally()
}

func pickClause(a, b *doc.Document, langA, langB doc.Lang) *change.MaterialClause {
	return pickClauseAfter(BClause(b), a, langA, langB)
}

// pickClauseAfter is pickClause given BClause(b).
func pickClauseAfter(inB *change.MaterialClause, a *doc.Document, langA, langB doc.Lang) *change.MaterialClause {
	if inB != nil {
		return inB
	}
	if m := FindClause(a); m != nil {
		m.Side = "a"
		return m
	}
	lang := langB
	if lang == "" {
		lang = langA
	}
	return Builtin(lang)
}

// findingCategory maps the kinds of cross-language finding whose subject is
// itself a material item: a translation that disagrees on a contact email
// misleads readers of one language about where to complain.
var findingCategory = &lazy.Value[map[string]findingRule]{New: func() map[string]findingRule {
	return map[string]findingRule{
		"email-mismatch": {5, "contact.email.mismatch"},
		"phone-mismatch": {5, "contact.phone.mismatch"},
	}
}}

type findingRule struct {
	cat  int
	rule string
}

// annotateFinding flags a translation disagreement that would be material
// if it were a change: the disagreement itself names a material entity, or
// the clause it sits in carries a lexicon concept or a telling section.
func annotateFinding(fd *change.Finding) {
	var reasons []change.Reason
	add := func(cat int, rule, ev string) {
		reasons = append(reasons, change.Reason{Category: cat, Rule: rule, Evidence: ev})
	}
	where := fd.B
	if where == nil {
		where = fd.A
	}
	sec := sectionCategory(where)
	text := clean(fd.A) + "\n" + clean(fd.B)
	n, w := counts(text)
	has := func(prefix string) bool {
		for name, k := range n {
			if k > 0 && len(name) >= len(prefix) && name[:len(prefix)] == prefix {
				return true
			}
		}
		return false
	}
	if fc, ok := findingCategory.Get()[fd.Kind]; ok {
		add(fc.cat, fc.rule, fd.Detail)
	}
	switch fd.Kind {
	case "url-mismatch":
		if cat, stem := entityCategory(entURL, sec, where, has); cat != 0 {
			add(cat, stem+".url.mismatch", fd.Detail)
		}
	case "name-mismatch":
		cat, stem := entityCategory(entCompany, sec, where, has)
		add(cat, stem+".company.mismatch", fd.Detail)
	case "number-mismatch":
		// An age the translations disagree on moves the line between a
		// child and an adult user in one language.
		if fd.Subject == "age" {
			add(1, "data.children.age.mismatch", fd.Detail)
		}
		for _, d := range durations(text) {
			if d.Kind == "deadline" {
				add(4, "rights.deadline.mismatch", fd.Detail)
				break
			}
			if d.Kind == "retention" {
				add(1, "purpose.retention.mismatch", fd.Detail)
				break
			}
			if d.Kind == "notice" {
				add(4, "rights.notice-period.mismatch", fd.Detail)
				break
			}
		}
	case "missing-clause", "extra-clause", "list-mismatch", "table-mismatch", "untranslated":
		// Text one side lacks is material when it names a material
		// concept; say which. "right to" alone names no particular right
		// and comes and goes with rewording, but a sentence granting one,
		// left untranslated, is a right its reader cannot read.
		for i := range lexicon {
			con := &lexicon[i]
			if n[con.name] > 0 && (con.name != "rights.right" || fd.Kind == "untranslated") {
				add(con.cat, con.name+".untranslated", fmt.Sprintf("%s: %q in %s", fd.Kind, w[con.name], clauseRef(where)))
			}
		}
	case "negation-mismatch", "modality-mismatch":
		// What one language allows the other rules out, or makes a duty
		// of: material when the sentence it turns on, not merely its
		// clause, says what is done with personal information or names a
		// right, or (a duty) binds a child's guardian's consent.
		what := strings.TrimSuffix(fd.Kind, "-mismatch")
		sentence := findingSentence(fd)
		if cat := processingCategory(sentence); cat != 0 {
			add(cat, "processing."+what+".mismatch", fd.Detail)
		}
		if sn, _ := counts(sentence); namesRight(sn) {
			add(4, "rights."+what+".mismatch", fd.Detail)
		}
		if what == "modality" && aboutChildren(sentence) {
			add(1, "data.children.modality.mismatch", fd.Detail)
		}
	case "term-mismatch":
		// Only the term in question counts, not the rest of its clause.
		dn, dw := counts(fd.Detail)
		for i := range lexicon {
			con := &lexicon[i]
			if dn[con.name] > 0 && con.name != "rights.right" {
				add(con.cat, con.name+".mistranslated", fmt.Sprintf("%q in %s: %s", dw[con.name], clauseRef(where), fd.Detail))
			}
		}
	}
	fd.Reasons = dedupe(reasons)
	v := verdict{reasons: fd.Reasons}
	fd.Categories = v.categories()
	fd.Material = len(fd.Reasons) > 0
}

// findingSentence is the sentence a negation- or modality-mismatch turns
// on, cleaned: whole, as crosslang read it (its detail quotes a window of
// a long one), or the detail of a finding made without one.
func findingSentence(fd *change.Finding) string {
	if fd.Sentence == "" {
		return cleanText(fd.Detail)
	}
	return cleanText(fd.Sentence)
}

func clauseRef(c *doc.Clause) string {
	if c == nil {
		return "the document"
	}
	if c.ID != "" {
		return "clause " + c.ID
	}
	return fmt.Sprintf("line %d", c.Line)
}

func dedupe(rs []change.Reason) []change.Reason {
	var v verdict
	for _, r := range rs {
		v.add(r.Category, r.Rule, r.Evidence)
	}
	return v.reasons
}
