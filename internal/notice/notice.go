// Package notice drafts the prominent notice that material changes oblige
// the publisher to send (clause 9.2 of the JD Cloud privacy policy): the
// changes grouped by item, in plain words, old and new wording quoted, the
// effective date, and the request for explicit consent that clause 9.1
// requires when users' rights are reduced. The draft is for a legal
// reviewer to edit, not to send unread.
package notice

import (
	"fmt"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/material"
)

// item is one material change as the notice presents it.
type item struct {
	ref      string // "clause 2.1" / "第2.1条"
	section  string
	what     []string
	old, new string
	reduced  bool
}

// Draft returns the notice for the material changes of r in lang (English
// unless lang is Chinese). Quoted wording stays in the document's own
// language.
func Draft(r *change.Result, lang doc.Lang) string {
	w := words(lang)
	if r == nil {
		return w.none("", "")
	}
	if r.Mode == change.ModeLanguage {
		return w.language(r)
	}
	groups := map[int][]item{}
	var reducedRefs []string
	for _, c := range r.Changes {
		if !c.Material {
			continue
		}
		it := toItem(c, w, lang)
		if it.reduced {
			reducedRefs = append(reducedRefs, it.ref)
		}
		for _, cat := range c.Categories {
			g := it
			g.what = nil
			var terms []string
			for _, rs := range c.Reasons {
				if rs.Category == cat {
					g.what = appendUnique(g.what, material.Explain(rs, lang))
					terms = append(terms, material.EvidenceTerms(rs)...)
				}
			}
			// Each group quotes the sentences its own evidence sits in.
			g.old, g.new = changedWording(c, terms)
			groups[cat] = append(groups[cat], g)
		}
	}
	title := r.B.Title
	if title == "" {
		title = r.A.Title
	}
	if len(groups) == 0 {
		return w.none(title, r.A.Source+" → "+r.B.Source)
	}
	var b strings.Builder
	b.WriteString(w.opening(title, effective(r.B, lang), basis(r.MaterialClause, lang)))
	n := 0
	for cat := 1; cat <= 6; cat++ {
		its := groups[cat]
		if len(its) == 0 {
			continue
		}
		n++
		name := material.CategoryName(cat, lang)
		if lang != doc.Chinese {
			name = strings.ToUpper(name[:1]) + name[1:]
		}
		fmt.Fprintf(&b, "\n%s%s\n", w.ordinal(n), name)
		for i, it := range its {
			what := strings.Join(it.what, w.sep)
			if !strings.HasSuffix(what, ".") {
				what += w.stop
			}
			fmt.Fprintf(&b, "%d. %s%s%s%s\n", i+1, it.ref, it.section, w.colon, what)
			if it.old != "" {
				fmt.Fprintf(&b, "   %s%s\n", w.before, quote(it.old, lang))
			}
			if it.new != "" {
				fmt.Fprintf(&b, "   %s%s\n", w.after, quote(it.new, lang))
			}
		}
	}
	if len(reducedRefs) > 0 {
		b.WriteString("\n" + w.consent(reducedRefs) + "\n")
	}
	b.WriteString("\n" + w.closing(material.ContactEmails(r.DocB)) + "\n")
	return b.String()
}

func toItem(c change.Change, w wording, lang doc.Lang) item {
	cl := c.B
	if cl == nil {
		cl = c.A
	}
	it := item{ref: w.ref(cl), reduced: c.RightsReduced}
	// The section in parentheses, unless the reference names it already.
	if top := cl.Section(); top != cl && top.Heading != "" && top != headingSection(cl) {
		it.section = w.paren(top.Heading)
	}
	return it
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// effective formats B's effective date (or its update date) for lang; an
// empty date leaves a placeholder the reviewer must fill.
func effective(m doc.Meta, lang doc.Lang) string {
	d := m.Effective
	if d == "" {
		d = m.Updated
	}
	var y, mo, day int
	if _, err := fmt.Sscanf(d, "%d-%d-%d", &y, &mo, &day); err != nil {
		if lang == doc.Chinese {
			return "【生效日期】"
		}
		return "[effective date]"
	}
	if lang == doc.Chinese {
		return fmt.Sprintf("%d年%d月%d日", y, mo, day)
	}
	months := [...]string{"", "January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	if mo < 1 || mo > 12 {
		return d
	}
	return fmt.Sprintf("%s %d, %d", months[mo], day, y)
}

// basis names the clause that makes these changes material.
func basis(m *change.MaterialClause, lang doc.Lang) string {
	zh := lang == doc.Chinese
	switch {
	case m == nil || m.Side == "builtin" || m.ID == "":
		if zh {
			return "根据《信息安全技术 个人信息安全规范》（GB/T 35273）"
		}
		return "Under the material-change list of GB/T 35273 (Personal Information Security Specification)"
	case zh:
		return fmt.Sprintf("根据本政策第%s条", m.ID)
	}
	return fmt.Sprintf("Under clause %s of the Policy", m.ID)
}
