package tui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/lazy"
)

// row is one line of the translation view: an aligned pair, or a clause
// that has no counterpart on the other side.
type row struct {
	a, b     *doc.Clause
	score    float64
	findings []int // indexes into Result.Findings
	material bool  // some finding on the row is material
	terms    []string
}

// buildRows lists the aligned pairs in document order and slots in the
// clauses that only a finding mentions (missing or extra ones).
func buildRows(r *change.Result) []row {
	rows := make([]row, 0, len(r.Pairs))
	for _, p := range r.Pairs {
		rows = append(rows, row{a: p.A, b: p.B, score: p.Score})
	}
	find := func(f change.Finding) int {
		for i, rw := range rows {
			if (f.A != nil && rw.a == f.A) || (f.B != nil && rw.b == f.B) {
				return i
			}
		}
		return -1
	}
	for i, f := range r.Findings {
		j := find(f)
		if j < 0 {
			if f.A == nil && f.B == nil {
				continue // a document-level finding; listed, not placed
			}
			rows = append(rows, row{a: f.A, b: f.B})
			j = len(rows) - 1
		}
		rows[j].findings = append(rows[j].findings, i)
		rows[j].material = rows[j].material || f.Material
		rows[j].terms = append(rows[j].terms, FindingTerms(f.Detail)...)
	}
	sort.SliceStable(rows, func(i, j int) bool { return rowKey(rows[i]) < rowKey(rows[j]) })
	return rows
}

// rowKey orders rows by where they sit in the English (A) text, falling
// back to the Chinese side for clauses only B has.
func rowKey(rw row) int {
	switch {
	case rw.a != nil:
		return rw.a.Line * 2
	case rw.b != nil:
		return rw.b.Line*2 + 1
	}
	return 0
}

// RenderRow draws one pair: a header with both ids and the score, then the
// two texts side by side.
func RenderRow(rw row, width int, selected bool, st *Styles) []string {
	out := []string{RowHeader(rw, width, selected, st)}
	var a, b []Seg
	if rw.a != nil {
		a = HighlightTerms(rw.a.Full(), rw.terms, st)
	}
	if rw.b != nil {
		b = HighlightTerms(rw.b.Full(), rw.terms, st)
	}
	return append(out, SideBySide(a, b, width, st)...)
}

// RowHeader is the first line of a row: the finding mark, both clause ids,
// the alignment score and how many findings the row has.
func RowHeader(rw row, width int, selected bool, st *Styles) string {
	mark := "  "
	switch {
	case rw.material:
		mark = st.Material.Render("!") + " "
	case len(rw.findings) > 0:
		mark = st.Finding.Render("?") + " "
	}
	if selected {
		mark = st.Cursor.Render(">") + mark[len(mark)-1:]
		if rw.material {
			mark = st.Cursor.Render(">") + st.Material.Render("!")
		} else if len(rw.findings) > 0 {
			mark = st.Cursor.Render(">") + st.Finding.Render("?")
		}
	}
	head := fmt.Sprintf("%s ↔ %s", idOr(rw.a, "(none)"), idOr(rw.b, "(missing)"))
	if rw.a != nil && rw.b != nil && rw.score > 0 {
		head += fmt.Sprintf("  %.2f", rw.score)
	}
	if n := len(rw.findings); n > 0 {
		head += "  " + change.Count(n, "finding")
	}
	if selected {
		return fit(mark+st.Selected.Render(fit(head, width-2)), width)
	}
	return fit(mark+st.ClauseID.Render(head), width)
}

// detailRe reads the values a finding quotes, as crosslang words them:
// "phone 400-615-1212 (en) ≠ 400-098-8505 转 2 (zh)" or
// "email a@b.com (en) missing in zh". Compiled on first use: \p{L} makes it
// cost 0.1 ms, which every command would pay at process start.
var detailRe = &lazy.Regexp{Expr: `^[\p{L} -]*?[a-z] (.+?) \((?:en|zh)\)(?: ≠ (.+?) \((?:en|zh)\))?`}

// FindingTerms returns the values a finding's detail quotes, so the texts
// can show where the two versions disagree.
func FindingTerms(detail string) []string {
	m := detailRe.Re().FindStringSubmatch(detail)
	if m == nil {
		return nil
	}
	var out []string
	for _, list := range m[1:] {
		for _, t := range strings.Split(list, ", ") {
			if t = strings.TrimSpace(t); len([]rune(t)) >= 2 {
				out = append(out, t)
			}
		}
	}
	return out
}

// HighlightTerms marks every occurrence of the terms in text.
func HighlightTerms(text string, terms []string, st *Styles) []Seg {
	var out []Seg
	for text != "" {
		at, term := -1, ""
		for _, t := range terms {
			if i := strings.Index(text, t); i >= 0 && (at < 0 || i < at) {
				at, term = i, t
			}
		}
		if at < 0 {
			break
		}
		if at > 0 {
			out = append(out, Seg{text[:at], nil})
		}
		out = append(out, Seg{plainMark(st, "{!", term, "!}"), &st.Finding})
		text = text[at+len(term):]
	}
	if text != "" {
		out = append(out, Seg{text, nil})
	}
	return out
}

func idOr(c *doc.Clause, none string) string {
	if c == nil {
		return none
	}
	if c.ID == "" {
		return c.Label
	}
	return c.ID
}

// FindingLine is one entry of the findings list.
func FindingLine(f change.Finding, n int, width int, selected bool, st *Styles) string {
	where := idOr(f.A, "-") + "↔" + idOr(f.B, "-")
	s := fmt.Sprintf("%2d %s %s: %s", n, f.Kind, where, f.Detail)
	if f.MaybeVersionChange {
		s += " (dates differ: may be a change between versions)"
	}
	mark := " "
	if f.Material {
		mark = "!"
	}
	if selected {
		return st.Selected.Render(fit(">"+mark+s, width))
	}
	mark = " " + mark
	if f.Material {
		return fit(st.Material.Render(mark)+st.Finding.Render(s), width)
	}
	return fit(mark+s, width)
}
