// Package ci renders the material changes of a comparison for CI systems:
// SARIF 2.1.0 for code-scanning dashboards and GitHub workflow annotations
// for pull-request diffs. Each material change becomes one finding placed
// at its clause's line in version B, the file the pull request changes.
package ci

import (
	"fmt"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// finding is one material change or finding, ready to render.
type finding struct {
	rule    int // lowest category
	line    int
	clause  string
	title   string
	message string
	reduced bool
	cats    []int
}

// findings collects what the renderers report, in document order.
func findings(r *change.Result) []finding {
	var out []finding
	loc := newLocator(r)
	for i, c := range r.Changes {
		if !c.Material || len(c.Categories) == 0 {
			continue
		}
		cl := c.B
		if cl == nil {
			cl = c.A
		}
		f := finding{rule: c.Categories[0], line: loc.line(i), clause: ref(cl), reduced: c.RightsReduced, cats: c.Categories}
		f.title = fmt.Sprintf("Material change in %s (%s)", f.clause, c.Kind)
		f.message = message(string(c.Kind), f.clause, c.Categories, c.Reasons, c.RightsReduced)
		out = append(out, f)
	}
	for _, fd := range r.Findings {
		if !fd.Material || len(fd.Categories) == 0 {
			continue
		}
		cl, line := fd.B, 1
		if cl != nil && cl.Line > 0 {
			line = cl.Line
		}
		if cl == nil {
			cl = fd.A
		}
		f := finding{rule: fd.Categories[0], line: line, clause: ref(cl), cats: fd.Categories}
		f.title = fmt.Sprintf("Translations disagree on a material point in %s (%s)", f.clause, fd.Kind)
		f.message = message(fd.Kind, f.clause, fd.Categories, fd.Reasons, false)
		// The reasons quote the detail as their evidence, as a rule does
		// for most kinds: said again, the annotation doubles in length.
		if fd.Detail != "" && !strings.Contains(f.message, fd.Detail) {
			f.message += " " + fd.Detail
		}
		out = append(out, f)
	}
	return out
}

func ref(c *doc.Clause) string {
	switch {
	case c == nil:
		return "the document"
	case c.ID == "" || c.Kind == doc.KindPreamble:
		return "the preamble"
	}
	return "clause " + c.ID
}

func message(kind, clause string, cats []int, reasons []change.Reason, reduced bool) string {
	var names []string
	for _, c := range cats {
		names = append(names, fmt.Sprintf("%d %s", c, change.CategoryNames[c]))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s: material change (%s)", strings.ToUpper(clause[:1])+clause[1:], kind, strings.Join(names, "; "))
	if reduced {
		b.WriteString("; users' rights reduced, explicit consent required")
	}
	b.WriteString(".")
	for _, r := range reasons {
		fmt.Fprintf(&b, " [%d] %s: %s.", r.Category, r.Rule, r.Evidence)
	}
	return b.String()
}

// locator finds the line in B where a change belongs. A removed clause has
// no line of its own in B: it is placed at the next clause of A that
// survives in B, else at its parent's counterpart, else at line 1.
type locator struct {
	r        *change.Result
	counterB map[*doc.Clause]*doc.Clause // A clause → B clause
	byText   map[string]*doc.Clause      // B clauses by their words
	flatA    []*doc.Clause
}

func newLocator(r *change.Result) *locator {
	l := &locator{r: r, counterB: map[*doc.Clause]*doc.Clause{}, byText: map[string]*doc.Clause{}}
	for _, c := range r.Changes {
		if c.A != nil && c.B != nil {
			l.counterB[c.A] = c.B
		}
	}
	if r.DocB != nil {
		for _, c := range r.DocB.Flatten() {
			if _, ok := l.byText[c.Full()]; !ok {
				l.byText[c.Full()] = c
			}
		}
	}
	if r.DocA != nil {
		l.flatA = r.DocA.Flatten()
	}
	return l
}

func (l *locator) line(i int) int {
	c := l.r.Changes[i]
	if c.B != nil {
		return max(c.B.Line, 1)
	}
	// The next clause of A after the removed one and its children.
	for k, x := range l.flatA {
		if x != c.A {
			continue
		}
		for _, y := range l.flatA[k+1:] {
			if isUnder(y, c.A) {
				continue
			}
			if b := l.counterpart(y); b != nil {
				return b.Line
			}
		}
		break
	}
	for p := c.A.Parent; p != nil; p = p.Parent {
		if b := l.counterpart(p); b != nil {
			return b.Line
		}
	}
	// Without the documents, the next change that has a B side.
	for _, n := range l.r.Changes[i+1:] {
		if n.B != nil && n.B.Line > 0 {
			return n.B.Line
		}
	}
	return 1
}

func (l *locator) counterpart(a *doc.Clause) *doc.Clause {
	if b := l.counterB[a]; b != nil && b.Line > 0 {
		return b
	}
	if b := l.byText[a.Full()]; b != nil && b.Line > 0 {
		return b
	}
	return nil
}

func isUnder(c, anc *doc.Clause) bool {
	for p := c.Parent; p != nil; p = p.Parent {
		if p == anc {
			return true
		}
	}
	return false
}
