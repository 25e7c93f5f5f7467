package textio

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// table renders a table as markdown pipe rows, the first row as the header.
// A table of one column is page layout, not data, and its cells are
// rendered as ordinary blocks.
func (r *htmlRenderer) table(n *html.Node) {
	r.flush()
	var rows [][]*html.Node
	var caption *html.Node
	var walk func(*html.Node)
	walk = func(p *html.Node) {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skip(c) {
				continue
			}
			switch c.DataAtom {
			case atom.Caption:
				caption = c
			case atom.Thead, atom.Tbody, atom.Tfoot:
				walk(c)
			case atom.Tr:
				var cells []*html.Node
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) && !skip(td) {
						cells = append(cells, td)
					}
				}
				if len(cells) > 0 {
					rows = append(rows, cells)
				}
			}
		}
	}
	walk(n)
	if caption != nil {
		r.block(caption)
	}
	width := 0
	for _, row := range rows {
		w := 0
		for _, td := range row {
			w += span(td)
		}
		width = max(width, w)
	}
	if width <= 1 || r.inCell {
		for _, row := range rows {
			for _, td := range row {
				r.children(td)
				r.flush()
			}
		}
		return
	}
	lines := r.tableCells(rows)
	for _, cells := range lines {
		width = max(width, len(cells))
	}
	for i := range lines {
		for len(lines[i]) < width {
			lines[i] = append(lines[i], "")
		}
	}
	r.blank()
	for i, cells := range lines {
		r.out = append(r.out, pipeRow(cells))
		if i == 0 {
			sep := make([]string, width)
			for j := range sep {
				sep[j] = "---"
			}
			r.out = append(r.out, pipeRow(sep))
		}
	}
	r.blank()
}

// tableCells lays the cells out on the grid: a colspan cell is padded
// with empty cells, and a rowspan cell's text is copied into the rows it
// covers, since each row becomes a clause of its own.
func (r *htmlRenderer) tableCells(rows [][]*html.Node) [][]string {
	type carry struct {
		text string
		left int
	}
	carried := map[int]*carry{}
	var lines [][]string
	for _, row := range rows {
		var cells []string
		fill := func() {
			for c := carried[len(cells)]; c != nil; c = carried[len(cells)] {
				cells = append(cells, c.text)
				if c.left--; c.left == 0 {
					delete(carried, len(cells)-1)
				}
			}
		}
		for _, td := range row {
			fill()
			text := r.cellText(td)
			if n := rowspan(td, len(rows)); n > 1 {
				carried[len(cells)] = &carry{text: text, left: n - 1}
			}
			cells = append(cells, text)
			for i := 1; i < span(td) && len(cells) < maxColumns; i++ {
				cells = append(cells, "")
			}
		}
		fill()
		lines = append(lines, cells)
	}
	return lines
}

// maxColumns bounds the padding of spanned cells, so a hostile colspan on
// every cell cannot multiply the memory a table takes.
const maxColumns = 256

func rowspan(td *html.Node, rows int) int {
	n, err := strconv.Atoi(attr(td, "rowspan"))
	if err != nil || n < 0 {
		return 1
	}
	if n == 0 { // to the end of the table
		return rows
	}
	return min(n, rows)
}

func span(td *html.Node) int {
	n, err := strconv.Atoi(attr(td, "colspan"))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, 50)
}

// cellText renders a cell on its own and joins its lines, since a pipe row
// holds one line per row.
func (r *htmlRenderer) cellText(td *html.Node) string {
	sub := &htmlRenderer{inCell: true}
	sub.children(td)
	sub.flush()
	var parts []string
	for _, l := range sub.out {
		if l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
}

// pipeRow writes one markdown table row, escaping pipes inside cells.
func pipeRow(cells []string) string {
	var b strings.Builder
	b.WriteString("|")
	for _, c := range cells {
		b.WriteString(" ")
		b.WriteString(strings.ReplaceAll(c, "|", `\|`))
		b.WriteString(" |")
	}
	return b.String()
}
