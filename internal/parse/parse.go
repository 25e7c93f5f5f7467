// Package parse reads the text of a policy into a clause tree with
// canonical, language-neutral ids, and finds its title and dates.
//
// The text comes from textio: UTF-8 with LF line ends, plain text (often a
// PDF extraction with broken lines and split tables) or markdown-ish text.
// Parsing never fails: what the parser cannot place stays as text of the
// clause before it and is named in Document.Warnings.
//
// Ids are language-neutral. Sections numbered I., 一、 or 1. at the top are
// "1"; dotted numbers are absolute ("4.1.1"); (一)/(I), 1./1、 and the like
// under a parent append ".n"; (1) and ① append "(n)", (a) "(a)", (i) "(i)";
// 第N条 is "N" and 第N章 "CN". Text before the first section is the preamble
// "0" (a table of contents stays in its text). Attachments are "A1", "A2"…
// Unnumbered markdown headings are numbered by position: "h1", "h1.2".
// Tables are "<parent>/t1" with rows "<parent>/t1/r1". A number repeated
// under the same parent gets "~2", "~3" so that ids stay unique.
package parse

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/textio"
)

// Hint carries what the caller already knows; zero values mean detect.
type Hint struct {
	Lang   doc.Lang
	Policy string
	Format string
}

// File reads, decodes and parses the file at path, filling the metadata
// that depends on the bytes (source, sha256, format, encoding).
func File(path string) (*doc.Document, error) {
	t, sum, err := textio.ReadText(path, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	d := Parse(t.Text, Hint{Format: t.Format})
	d.Meta.Source = path
	d.Meta.SHA256 = hex.EncodeToString(sum[:])
	d.Meta.Format = t.Format
	d.Meta.Encoding = t.Encoding
	return d, nil
}

// Parse reads text into a document. It never returns nil and never panics.
func Parse(text string, hint Hint) *doc.Document {
	d := &doc.Document{Source: text}
	units := scan(text)
	markTOC(units)
	markLoneRomans(units)
	title := titleHeading(units)
	nav := navHeadings(units)
	top := topRank(units, title, nav)

	b := newBuilder(d, maxClauses(units, title, nav))
	inPreamble := true
	for i := range units {
		u := &units[i]
		if nav[i] {
			continue
		}
		if i == title {
			pre := b.preamble(u.line)
			pre.body = append(pre.body, CleanInline(u.text))
			b.preLines = append(b.preLines, u.line)
			continue
		}
		r, numbered := unitRank(u)
		if inPreamble && numbered && r <= top {
			inPreamble = false
			b.stack = b.stack[:0]
		}
		if inPreamble && len(b.stack) == 0 {
			b.stack = append(b.stack, entry{n: b.preamble(u.line), rank: -1})
		}
		switch {
		case u.kind == unitTable:
			b.table(u)
		case numbered && b.placeMarker(u):
		default:
			b.paragraph(u, inPreamble)
		}
	}
	if len(d.Clauses) == 1 && b.pre != nil && b.pre.kids == 0 && len(b.pre.body) > 1 {
		d.Clauses = paragraphs(b.pre, b.preLines)
		b.nodes, b.pre = b.nodes[:0], nil
	}
	b.linkChildren()
	for _, n := range b.nodes {
		finish(n, text)
	}
	if b.pre != nil && b.pre.c.Text == "" && b.pre.c.Heading == "" && len(b.pre.c.Children) == 0 {
		d.Clauses = d.Clauses[1:]
	}
	fillMeta(d, units, title, hint)
	return d
}

// maxClauses is the number of clauses units can make at most: the preamble,
// one for each numbered line and heading, one for each table and its rows.
// The title, navigation and a table of contents make none.
func maxClauses(units []unit, title int, nav []bool) int {
	n := 1
	for i := range units {
		switch u := &units[i]; {
		case i == title || nav[i] || u.toc:
		case u.kind == unitTable:
			n += len(u.rows)
		case u.mk != nil || u.kind == unitHeading:
			n++
		}
	}
	return n
}

// paragraphs splits a text without any structure into one clause per
// paragraph, "p1", "p2"…, so that a comparison still has clauses to align.
// lines are the source lines of the paragraphs.
func paragraphs(pre *node, lines []int) []*doc.Clause {
	out := make([]*doc.Clause, len(pre.body))
	for i, t := range pre.body {
		out[i] = &doc.Clause{ID: fmt.Sprintf("p%d", i+1), Kind: doc.KindSection, Text: t, Raw: t, Line: lines[i]}
	}
	return out
}

// unitRank returns the rank of a unit that opens a clause.
func unitRank(u *unit) (int, bool) {
	switch {
	case u.toc || u.kind == unitTable:
		return 0, false
	case u.kind == unitHeading:
		return styleHeading.rank(int(u.level)), true
	case u.mk != nil:
		return u.mk.style.rank(0), true
	}
	return 0, false
}

// topRank is the rank of the document's top-level clauses: text before the
// first of them is the preamble. Attachments do not count: a document of
// attachments alone still has a body.
func topRank(units []unit, title int, nav []bool) int {
	best, dotted := 1<<30, 1<<30
	for i := range units {
		if i == title || nav[i] {
			continue
		}
		u := &units[i]
		r, ok := unitRank(u)
		switch {
		case !ok || u.mk != nil && (u.mk.style == styleAttach || u.mk.sloppy):
		case u.kind == unitPara && u.mk.style == styleDotted:
			// Dotted numbers hang from the clause their prefix names; they
			// are the top level only when nothing else is numbered.
			dotted = min(dotted, r)
		default:
			best = min(best, r)
		}
	}
	if best == 1<<30 {
		return dotted
	}
	return best
}

func (b *builder) paragraph(u *unit, inPreamble bool) {
	t, _ := stripLead(u.text)
	if inPreamble && linkOnly(t) {
		return // site navigation, not policy text
	}
	t = CleanInline(t)
	if t == "" {
		return
	}
	n := b.top()
	if n == nil {
		n = b.preamble(u.line)
	}
	n.body = append(n.body, t)
	if n == b.pre {
		b.preLines = append(b.preLines, u.line)
	}
	n.raw = append(n.raw, u.raw...)
}

// table adds a table clause and one row clause per data row under the
// current clause.
func (b *builder) table(u *unit) {
	if len(u.rows) == 0 {
		return
	}
	parent := b.top()
	var pc *doc.Clause
	id := "t"
	if parent != nil {
		pc = parent.c
		id = pc.ID + "/t"
	}
	b.tables[pc]++
	id += strconv.Itoa(b.tables[pc])
	head := cleanCells(u.rows[0])
	tn := b.newNode(id, doc.KindTable, u.line)
	tc := tn.c
	tc.Cells, tc.Text, tc.Raw = head, strings.Join(head, " | "), strings.Join(u.raw, "\n")
	b.add(parent, tc, tn, u)
	for k, row := range u.rows[1:] {
		cells := cleanCells(row)
		if strings.Join(cells, "") == "" {
			continue
		}
		rn := b.newNode(tc.ID+"/r"+strconv.Itoa(k+1), doc.KindRow, u.rowAt[k+1])
		rn.c.Cells, rn.c.Text, rn.c.Raw = cells, strings.Join(cells, " | "), u.rowRaw[k+1]
		b.add(tn, rn.c, rn, u)
	}
}

func cleanCells(row []string) []string {
	out := make([]string, len(row))
	for i, c := range row {
		out[i] = CleanInline(c)
	}
	return out
}

// linkOnly reports a line made only of markdown links: navigation.
func linkOnly(t string) bool {
	if !strings.HasPrefix(t, "[") {
		return false
	}
	for i := 0; i < len(t); {
		switch t[i] {
		case ' ', '/', '|', '>', '·':
			i++
			continue
		case '[':
			_, end, ok := link(t, i)
			if !ok {
				return false
			}
			i = end
			continue
		}
		return false
	}
	return true
}

// finish decides heading and text of a clause now that its children and
// paragraphs are known. text is the source its lines are slices of.
func finish(n *node, text string) {
	c := n.c
	if c.Kind == doc.KindTable || c.Kind == doc.KindRow {
		return
	}
	body := joinIn(text, n.body)
	c.Raw = joinIn(text, n.raw)
	var rest string
	if n.mk != nil {
		rest = n.mk.cleanRest()
	} else {
		rest = CleanInline(n.rest)
	}
	switch {
	case rest == "":
		c.Text = body
	case n.heading:
		c.Heading, c.Text = rest, body
	case headingLike(rest, isBold(n.rest)) && (len(c.Children) > 0 || body != "" && !listOfText(n)):
		c.Heading, c.Text = rest, body
	default:
		if h, t, ok := splitHeading(n.rest, n.mk != nil && n.mk.plainRest); ok {
			c.Heading, c.Text = h, joinParas(text, t, body)
		} else {
			c.Text = joinParas(text, rest, body)
		}
	}
	if c.Heading == "" && c.Text == "" {
		c.Heading = c.Label
	}
}

// joinParas joins paragraphs a and b of a clause, most often two lines of
// text in a row, which joinIn then need not copy.
func joinParas(text, a, b string) string {
	if b == "" {
		return a
	}
	return joinIn(text, []string{a, b})
}

func isBold(raw string) bool {
	t := strings.TrimSpace(raw)
	return strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") || strings.HasPrefix(t, "__") && strings.HasSuffix(t, "__")
}

// listOfText reports a list item whose sibling before it, of the same
// style, is plain text: "3. Release the authorization…" ends a list of
// sentences, and the paragraph after it is not its body under a heading.
func listOfText(n *node) bool {
	c, p := n.c, n.prev
	if len(c.Children) > 0 || c.Label == "" || c.Parent == nil || p == nil {
		return false
	}
	return p.Kind == doc.KindSection && p.Heading == "" && p.Text != "" && sameStyle(p.Label, c.Label)
}

// sameStyle compares two labels by their shape: digits, letters and
// punctuation classes, so "2." and "3." match but "2." and "(3)" do not.
func sameStyle(a, b string) bool {
	shape := func(s string) string {
		var sb strings.Builder
		for _, r := range s {
			r = foldWidth(r)
			switch {
			case r >= '0' && r <= '9':
				r = '0'
			case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
				r = 'a'
			}
			if n := sb.Len(); n > 0 && sb.String()[n-1] == byte(r) && r < 0x80 {
				continue
			}
			sb.WriteRune(r)
		}
		return sb.String()
	}
	return shape(a) == shape(b)
}
