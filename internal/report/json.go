// Package report renders a comparison (*change.Result) for people and
// programs: JSON (schema policydiff/diff/v1), terminal text and a Markdown
// pull-request comment. Renderers only read the result; they never judge.
package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/policydiff/policydiff/internal/change"
)

// JSON writes r as the policydiff/diff/v1 document of CONTRACT.md. Lists are
// [] rather than null, and the summary is recounted from the changes so that
// it can never disagree with them.
func JSON(w io.Writer, r *change.Result) error {
	out := *r
	out.Schema = change.Schema
	if out.Mode == "" {
		out.Mode = change.ModeVersion
	}
	out.Changes = make([]change.Change, len(r.Changes))
	for i, c := range r.Changes {
		if c.Diff == nil {
			c.Diff = []change.Op{}
		}
		if c.Categories == nil {
			c.Categories = []int{}
		}
		if c.Reasons == nil {
			c.Reasons = []change.Reason{}
		}
		out.Changes[i] = c
	}
	out.Findings = make([]change.Finding, len(r.Findings))
	for i, f := range r.Findings {
		if f.Categories == nil {
			f.Categories = []int{}
		}
		out.Findings[i] = f
	}
	if out.Pairs == nil {
		out.Pairs = []change.Pair{}
	}
	if mc := out.MaterialClause; mc != nil && mc.Items == nil {
		cp := *mc
		cp.Items = []string{}
		out.MaterialClause = &cp
	}
	out.Tally()
	// The encoder writes compact JSON, indented on its way to w: its own
	// indenting (SetIndent) makes a second, indented copy of the document
	// through its general JSON scanner, which took three quarters of the time.
	b := bufio.NewWriter(w)
	enc := json.NewEncoder(&jsonIndenter{w: b})
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&out); err != nil {
		return err
	}
	return b.Flush()
}

// jsonIndenter indents compact JSON, as encoding/json writes it, the way
// json.Indent does with two spaces: a line for every element, a space after
// a colon, [] and {} for empty lists and objects. The compact form has no
// white space but inside strings, except the line break that ends it.
// Write reports no error of its own: w keeps the first one, and JSON's
// Flush returns it.
type jsonIndenter struct {
	w        *bufio.Writer
	depth    int
	inString bool
	escaped  bool // the last byte of the string so far is an escaping backslash
	opened   bool // after [ or {: the line break waits to see whether it is empty
}

func (d *jsonIndenter) Write(p []byte) (int, error) {
	for i := 0; i < len(p); {
		if d.inString {
			start := i
			for i < len(p) && d.inString {
				if d.escaped {
					d.escaped = false
					i++
					continue
				}
				i += quoteOrBackslash(p[i:])
				if i < len(p) {
					// A backslash escapes the next byte; a quote ends the string.
					d.escaped = p[i] == '\\'
					d.inString = d.escaped
					i++
				}
			}
			d.w.Write(p[start:i])
			continue
		}
		c := p[i]
		i++
		if d.opened && c != ']' && c != '}' {
			d.opened = false
			d.depth++
			d.newline()
		}
		switch c {
		case '"':
			d.inString = true
			d.w.WriteByte(c)
		case '[', '{':
			d.opened = true
			d.w.WriteByte(c)
		case ',':
			d.w.WriteByte(c)
			d.newline()
		case ':':
			d.w.WriteString(": ")
		case ']', '}':
			if d.opened {
				d.opened = false
			} else {
				d.depth--
				d.newline()
			}
			d.w.WriteByte(c)
		default:
			d.w.WriteByte(c)
		}
	}
	return len(p), nil
}

// quoteOrBackslash returns the index of the first '"' or '\\' in p, or
// len(p). Backslashes are rare: the search for them stops at the quote.
func quoteOrBackslash(p []byte) int {
	q := bytes.IndexByte(p, '"')
	if q < 0 {
		q = len(p)
	}
	if b := bytes.IndexByte(p[:q], '\\'); b >= 0 {
		return b
	}
	return q
}

const jsonIndent = "                                " // sixteen levels

func (d *jsonIndenter) newline() {
	d.w.WriteByte('\n')
	for n := 2 * d.depth; n > 0; n -= len(jsonIndent) {
		d.w.WriteString(jsonIndent[:min(n, len(jsonIndent))])
	}
}
