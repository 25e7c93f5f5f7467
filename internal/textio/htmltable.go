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
	var lines [][]string
	for _, row := range rows {
		var cells []string
		for _, td := range row {
			cells = append(cells, r.cellText(td))
			for i := 1; i < span(td); i++ {
				cells = append(cells, "")
			}
		}
		for len(cells) < width {
			cells = append(cells, "")
		}
		lines = append(lines, cells)
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
