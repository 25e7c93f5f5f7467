// Package tree renders one document as a clause tree: the show/v1 JSON of
// CONTRACT.md and an indented outline for people.
package tree

import (
	"fmt"
	"io"
	"strings"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/report/jsonout"
	"github.com/policydiff/policydiff/internal/termwidth"
)

// Schema is the JSON schema id of a show document.
const Schema = "policydiff/show/v1"

type node struct {
	*doc.Clause
	Children []node `json:"children"`
}

type showDoc struct {
	Schema   string        `json:"schema"`
	Document doc.Meta      `json:"document"`
	Clauses  []node        `json:"clauses"`
	Warnings []doc.Warning `json:"warnings,omitempty"`
}

func nodes(cs []*doc.Clause) []node {
	out := make([]node, 0, len(cs))
	for _, c := range cs {
		out = append(out, node{Clause: c, Children: nodes(c.Children)})
	}
	return out
}

// JSON writes d, or only the subtree at root when root is not nil.
func JSON(w io.Writer, d *doc.Document, root *doc.Clause) error {
	cs, warnings := d.Clauses, d.Warnings
	if root != nil {
		// The document's warnings are about lines elsewhere.
		cs, warnings = []*doc.Clause{root}, nil
	}
	return jsonout.Write(w, showDoc{Schema: Schema, Document: d.Meta, Clauses: nodes(cs), Warnings: warnings})
}

// Text writes an outline: one block per clause, indented by depth, wrapped
// to width by display width so Chinese lines fit the terminal.
func Text(w io.Writer, d *doc.Document, root *doc.Clause, width int) error {
	m := d.Meta
	if root == nil {
		fmt.Fprintf(w, "%s\n", orDash(m.Title))
		fmt.Fprintf(w, "policy %s · %s · effective %s · updated %s · %s/%s · %d clauses\n\n",
			orDash(m.Policy), orDash(string(m.Lang)), orDash(m.Effective), orDash(m.Updated),
			orDash(m.Format), orDash(m.Encoding), d.Count())
	}
	cs := d.Clauses
	if root != nil {
		cs = []*doc.Clause{root}
	}
	var walk func([]*doc.Clause, int)
	walk = func(cs []*doc.Clause, depth int) {
		for _, c := range cs {
			indent := strings.Repeat("  ", depth)
			head := "[" + c.ID + "]"
			if c.Label != "" && c.Label != c.ID {
				head += " " + c.Label
			}
			if c.Heading != "" {
				head += " " + c.Heading
			}
			for _, l := range Wrap(head, width-len(indent)) {
				fmt.Fprintf(w, "%s%s\n", indent, l)
			}
			for _, para := range strings.Split(c.Text, "\n") {
				if para == "" {
					continue
				}
				for _, l := range Wrap(para, width-len(indent)-2) {
					fmt.Fprintf(w, "%s  %s\n", indent, l)
				}
			}
			walk(c.Children, depth+1)
		}
	}
	walk(cs, 0)
	if root != nil {
		return nil
	}
	for _, wr := range d.Warnings {
		fmt.Fprintf(w, "warning: line %d: %s: %s\n", wr.Line, wr.Why, termwidth.Truncate(wr.Text, 60, "…"))
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// Wrap breaks s into lines of at most width display cells, between words in
// English and between any two characters in Chinese.
func Wrap(s string, width int) []string {
	if width < 10 {
		width = 10
	}
	var lines []string
	var cur strings.Builder
	curW := 0
	flush := func() {
		lines = append(lines, strings.TrimRight(cur.String(), " "))
		cur.Reset()
		curW = 0
	}
	for _, tok := range tokens(s) {
		tw := termwidth.String(tok)
		if curW+tw > width && curW > 0 {
			flush()
			if tok == " " {
				continue
			}
		}
		for tw > width { // a single token longer than the line
			var part string
			part, tok = termwidth.Cut(tok, width, true)
			lines = append(lines, part)
			tw = termwidth.String(tok)
		}
		cur.WriteString(tok)
		curW += tw
	}
	if cur.Len() > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// tokens splits into Latin words, single spaces and single CJK characters,
// the units a line may break between.
func tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if r == ' ' || doc.IsCJK(r) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			out = append(out, string(r))
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}
