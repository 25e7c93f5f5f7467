// Package sidebyside renders a cross-language comparison as two columns,
// one clause pair per block, so a translator reads each English clause
// beside its Chinese counterpart with the disagreements marked under it.
// Columns line up by display width: a Chinese character takes two columns.
package sidebyside

import (
	"fmt"
	"io"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/crosslang"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/termwidth"
)

// minWidth is the narrowest layout that still has room for two columns.
const minWidth = 24

const gutter = " │ "

// styles are ANSI escapes; empty when colour is off.
type styles struct{ bold, id, warn, dim, reset string }

func newStyles(color bool) styles {
	if !color {
		return styles{}
	}
	return styles{bold: "\x1b[1m", id: "\x1b[1;34m", warn: "\x1b[33m", dim: "\x1b[2m", reset: "\x1b[0m"}
}

func (s styles) paint(style, text string) string {
	if style == "" || text == "" {
		return text
	}
	return style + text + s.reset
}

// row is one block of the view: clauses of a beside clauses of b (either
// side may be empty) and the findings about them.
type row struct {
	a, b     []*doc.Clause
	score    float64
	paired   bool
	findings []change.Finding
}

// Render writes the side-by-side view of a language comparison. No line is
// wider than width display columns (it is raised to a minimum of 24). Plain
// text when color is false.
func Render(w io.Writer, r *change.Result, width int, color bool) error {
	return render(w, r, width, color, true)
}

// RenderColumns is Render without the note on the documents' dates and the
// counts, for a report that has given both above it.
func RenderColumns(w io.Writer, r *change.Result, width int, color bool) error {
	return render(w, r, width, color, false)
}

func render(w io.Writer, r *change.Result, width int, color, summary bool) error {
	width = max(width, minWidth)
	st := newStyles(color)
	// The gutter and the rule are box-drawing characters, which a terminal
	// set up for East Asian text (RUNEWIDTH_EASTASIAN=1) shows two columns
	// wide: they are measured, not assumed one column each.
	colW := (width - termwidth.String(gutter)) / 2
	rule := strings.Repeat("─", width/termwidth.String("─"))
	var b strings.Builder
	line := func(s string) { b.WriteString(strings.TrimRight(s, " ") + "\n") }

	line(st.paint(st.bold, termwidth.Truncate(docLine("A", r.A), width, "…")))
	line(st.paint(st.bold, termwidth.Truncate(docLine("B", r.B), width, "…")))
	if summary {
		if note := crosslang.VersionNote(r.Findings); note != "" {
			for _, l := range wrap(note, width) {
				line(st.paint(st.warn, l))
			}
		}
		line(change.Count(len(r.Pairs), "pair") + ", " + change.Count(len(r.Findings), "finding"))
	}

	for _, rw := range rows(r) {
		line(st.paint(st.dim, rule))
		line(st.paint(st.id, termwidth.Truncate(rowTitle(rw), width, "…")))
		left := wrap(clausesText(rw.a), colW)
		right := wrap(clausesText(rw.b), colW)
		for k := 0; k < max(len(left), len(right)); k++ {
			var l, rt string
			if k < len(left) {
				l = left[k]
			}
			if k < len(right) {
				rt = right[k]
			}
			line(pad(l, colW) + gutter + rt)
		}
		for _, f := range rw.findings {
			text := "! " + f.Kind + ": " + crosslang.WithoutVersionNote(f, f.Detail)
			if f.Material {
				text += fmt.Sprintf(" [material %v]", f.Categories)
			}
			for k, l := range wrap(text, width-4) {
				indent := "  "
				if k > 0 {
					indent = "    "
				}
				line(indent + st.paint(st.warn, l))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func docLine(side string, m doc.Meta) string {
	date := m.Effective
	if date == "" {
		date = m.Updated
	}
	name := m.Title
	if name == "" {
		name = m.Source
	}
	return fmt.Sprintf("%s: %s (%s, %s)", side, name, m.Lang, orDash(date))
}

func orDash(s string) string {
	if s == "" {
		return "undated"
	}
	return s
}

func rowTitle(rw row) string {
	ids := func(cs []*doc.Clause) string {
		if len(cs) == 0 {
			return "—"
		}
		var out []string
		for _, c := range cs {
			out = append(out, clauseID(c))
		}
		return strings.Join(out, "+")
	}
	t := ids(rw.a) + " ↔ " + ids(rw.b)
	if rw.paired {
		t += fmt.Sprintf("  score %.2f", rw.score)
	}
	return t
}

func clauseID(c *doc.Clause) string {
	switch {
	case c.ID != "":
		return c.ID
	case c.Label != "":
		return c.Label
	}
	return "?"
}

func clausesText(cs []*doc.Clause) string {
	var parts []string
	for _, c := range cs {
		if c.Kind == doc.KindRow && len(c.Cells) > 0 {
			parts = append(parts, strings.Join(c.Cells, " | "))
			continue
		}
		parts = append(parts, c.Full())
	}
	return strings.Join(parts, "\n")
}
