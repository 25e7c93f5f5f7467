package report

import (
	"fmt"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/textdiff"
)

// ref names a clause the way a reviewer cites it: the canonical number,
// with the printed label when it says something else ("9 [IX.]").
func ref(c *doc.Clause) string {
	if c == nil {
		return ""
	}
	id := c.ID
	if c.Kind == doc.KindPreamble {
		return "preamble"
	}
	if id == "" {
		id = "¶"
		if c.Line > 0 {
			id = fmt.Sprintf("¶ line %d", c.Line)
		}
	}
	label := strings.Trim(c.Label, " .、．")
	if label != "" && label != c.ID {
		return id + " [" + c.Label + "]"
	}
	return id
}

// pairRef cites both sides of a change: "9.2" when the number stayed,
// "A 9.2 → B 9.3" when it changed.
func pairRef(ch change.Change) string {
	switch {
	case ch.A == nil:
		return ref(ch.B)
	case ch.B == nil:
		return ref(ch.A)
	case ch.A.ID == ch.B.ID && ch.A.Label == ch.B.Label:
		return ref(ch.B)
	}
	return "A " + ref(ch.A) + " → B " + ref(ch.B)
}

// heading is the heading to show for a change, from B when it has one.
func heading(ch change.Change) string {
	for _, c := range []*doc.Clause{ch.B, ch.A} {
		if c != nil && c.Heading != "" {
			return c.Heading
		}
	}
	return ""
}

// parentHeading is the heading of the section a change sits in, for
// context when the clause has no heading of its own.
func parentHeading(ch change.Change) string {
	for _, c := range []*doc.Clause{ch.B, ch.A} {
		for p := c; p != nil; p = p.Parent {
			if p != c && p.Heading != "" {
				return p.Heading
			}
		}
	}
	return ""
}

// quiet shows the cosmetic edits inside a substantive change as unchanged B
// text (a quote or line break swapped next to a changed word is not what the
// reviewer is looking for). The change's own diff keeps them; only the
// display drops them. The runs are appended to out.
func quiet(out, ops []change.Op) []change.Op {
	add := func(op, text string) {
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += text
			return
		}
		out = append(out, change.Op{Op: op, Text: text})
	}
	for i := 0; i < len(ops); i++ {
		o := ops[i]
		switch {
		case o.Op == change.OpDelete && i+1 < len(ops) && ops[i+1].Op == change.OpInsert &&
			textdiff.SameNormal(o.Text, ops[i+1].Text):
			add(change.OpEqual, ops[i+1].Text)
			i++
		case o.Op == change.OpDelete && textdiff.SameNormal(o.Text, ""):
		case o.Op == change.OpInsert && textdiff.SameNormal(o.Text, ""):
			add(change.OpEqual, o.Text)
		default:
			add(o.Op, o.Text)
		}
	}
	return out
}

var kindMarks = map[change.Kind]string{
	change.Added: "+", change.Removed: "-", change.Modified: "~", change.Moved: ">", change.Cosmetic: "·",
}

// materialLines explains a material flag: one line per reason, rule and
// evidence, so a reviewer can disagree with it on the facts.
func materialLines(ch change.Change) []string {
	if !ch.Material && len(ch.Reasons) == 0 {
		return nil
	}
	var out []string
	for _, r := range ch.Reasons {
		out = append(out, fmt.Sprintf("MATERIAL [%d] %s: %s → %s", r.Category, categoryName(r.Category), r.Rule, r.Evidence))
	}
	if len(out) == 0 {
		var cats []string
		for _, c := range ch.Categories {
			cats = append(cats, fmt.Sprintf("[%d] %s", c, categoryName(c)))
		}
		if len(cats) == 0 {
			cats = append(cats, "(the rules gave no reason)")
		}
		out = append(out, "MATERIAL "+strings.Join(cats, "; "))
	}
	if ch.RightsReduced {
		out = append(out, "RIGHTS REDUCED: this change narrows what users may do")
	}
	return out
}

func categoryName(n int) string {
	if n > 0 && n < len(change.CategoryNames) {
		return change.CategoryNames[n]
	}
	return "uncategorised"
}

// verdictLines states what the material changes oblige the publisher to do,
// citing the material-change clause the verdict rests on.
func verdictLines(r *change.Result) []string {
	var out []string
	if r.NoticeRequired {
		out = append(out, "NOTICE REQUIRED: material changes oblige a prominent notice to users")
	}
	if r.ExplicitConsentRequired {
		out = append(out, "EXPLICIT CONSENT REQUIRED: users must agree again before the change applies to them")
	}
	if mc := r.MaterialClause; mc != nil && (r.NoticeRequired || r.ExplicitConsentRequired || r.Summary.Material > 0) {
		where := "built-in list"
		if mc.Side == "a" || mc.Side == "b" {
			where = fmt.Sprintf("clause %s of version %s", mc.ID, strings.ToUpper(mc.Side))
		}
		out = append(out, fmt.Sprintf("material-change rule: %s (%d items)", where, len(mc.Items)))
	}
	return out
}

// docName is how a version is named in a title line.
func docName(m doc.Meta) string {
	name := m.Source
	if m.Policy != "" {
		name = m.Policy
		if m.Lang != "" {
			name += "/" + string(m.Lang)
		}
	}
	if name == "" {
		name = m.Title
	}
	date := m.Effective
	if date == "" {
		date = m.Updated
	}
	if date != "" {
		name += " " + date
	}
	return name
}

// touched lists the clauses that substantive changes touch, by their number
// in B, or "A n" for a clause that exists only in A.
func touched(cs []change.Change) []string {
	var out []string
	for _, ch := range cs {
		switch {
		case ch.Kind == change.Cosmetic:
		case ch.B == nil:
			out = append(out, "A "+ref(ch.A))
		default:
			out = append(out, ref(ch.B))
		}
	}
	return out
}

func summaryCounts(s change.Summary) string {
	return fmt.Sprintf("%d added, %d removed, %d modified, %d moved, %d cosmetic, %d material",
		s.Added, s.Removed, s.Modified, s.Moved, s.Cosmetic, s.Material)
}
