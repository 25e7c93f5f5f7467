package textio

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlRenderer walks the DOM once, collecting inline text into cur and
// emitting finished lines into out at block boundaries.
type htmlRenderer struct {
	out          []string
	cur          strings.Builder
	pendingSpace bool // collapsed whitespace waiting for the next character
	pendingNL    bool // ... and it contained a line break
	prefix       string
	indent       string
	lists        []htmlList
	pre          int
	inCell       bool // rendering a table cell: no markdown markers
}

type htmlList struct {
	ordered bool
	next    int
	style   string // the ol type attribute: 1, a, A, i, I
}

func blockAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main,
		atom.Header, atom.Footer, atom.Address, atom.Blockquote,
		atom.Figure, atom.Figcaption, atom.Dl, atom.Dt, atom.Dd,
		atom.Center, atom.Details, atom.Summary, atom.Fieldset,
		atom.Legend, atom.Body, atom.Html, atom.Caption:
		return true
	}
	return false
}

func (r *htmlRenderer) block(n *html.Node) {
	if skip(n) {
		return
	}
	if n.Type == html.TextNode {
		r.text(n.Data)
		return
	}
	if n.Type != html.ElementNode && n.Type != html.DocumentNode {
		return
	}
	switch a := n.DataAtom; {
	case a == atom.Br:
		r.cur.WriteByte('\n')
		r.pendingSpace, r.pendingNL = false, false
	case a == atom.Hr:
		r.flush()
		r.blank()
	case headingLevel(a) > 0:
		r.flush()
		r.children(n)
		if r.inCell {
			r.flush()
			return
		}
		t := strings.Join(strings.Fields(r.take()), " ")
		if t != "" {
			r.blank()
			r.out = append(r.out, strings.Repeat("#", headingLevel(a))+" "+t)
			r.blank()
		}
	case a == atom.Ul || a == atom.Ol || a == atom.Menu:
		r.list(n)
	case a == atom.Li:
		r.item(n)
	case a == atom.Table:
		r.table(n)
	case a == atom.Pre:
		r.flush()
		r.pre++
		r.children(n)
		r.flush()
		r.pre--
	case blockAtom(a):
		r.flush()
		r.children(n)
		r.flush()
	default:
		r.children(n)
	}
}

func (r *htmlRenderer) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.block(c)
	}
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// text appends a text node, collapsing HTML whitespace (ASCII only: NBSP
// and the ideographic space are content). A line break between two CJK
// characters is dropped rather than turned into a space, because Chinese
// does not put spaces between words.
func (r *htmlRenderer) text(s string) {
	if r.pre > 0 {
		r.cur.WriteString(s)
		return
	}
	for _, c := range s {
		switch c {
		case ' ', '\t', '\n', '\r', '\f':
			r.pendingSpace = true
			if c == '\n' || c == '\r' {
				r.pendingNL = true
			}
			continue
		}
		if r.pendingSpace {
			last, _ := utf8.DecodeLastRuneInString(r.cur.String())
			if r.cur.Len() > 0 && last != '\n' && !(r.pendingNL && isCJK(last) && isCJK(c)) {
				r.cur.WriteByte(' ')
			}
			r.pendingSpace, r.pendingNL = false, false
		}
		r.cur.WriteRune(c)
	}
}

// take returns and clears the pending inline text.
func (r *htmlRenderer) take() string {
	s := r.cur.String()
	r.cur.Reset()
	r.pendingSpace, r.pendingNL = false, false
	return s
}

// flush ends the current block. Outside lists, blocks are paragraphs with
// blank lines around them; list items follow each other line by line.
func (r *htmlRenderer) flush() {
	s := r.take()
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if r.pre == 0 {
			l = strings.TrimSpace(l)
		}
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return
	}
	inList := len(r.lists) > 0 && !r.inCell
	if !inList {
		r.blank()
	}
	for _, l := range lines {
		if r.prefix != "" {
			l, r.prefix = r.prefix+l, ""
		} else if inList {
			l = r.indent + l
		}
		r.out = append(r.out, l)
	}
	if !inList {
		r.blank()
	}
}

func (r *htmlRenderer) blank() {
	if len(r.out) > 0 && r.out[len(r.out)-1] != "" {
		r.out = append(r.out, "")
	}
}

func (r *htmlRenderer) list(n *html.Node) {
	r.flush()
	if len(r.lists) == 0 {
		r.blank()
	}
	l := htmlList{ordered: n.DataAtom == atom.Ol, next: 1, style: attr(n, "type")}
	if v, err := strconv.Atoi(attr(n, "start")); err == nil {
		l.next = v
	}
	r.lists = append(r.lists, l)
	r.children(n)
	r.flush()
	r.lists = r.lists[:len(r.lists)-1]
	if len(r.lists) == 0 {
		r.blank()
	}
}

func (r *htmlRenderer) item(n *html.Node) {
	r.flush()
	if len(r.lists) == 0 || r.inCell {
		r.children(n)
		r.flush()
		return
	}
	l := &r.lists[len(r.lists)-1]
	marker := "- "
	if l.ordered {
		if v, err := strconv.Atoi(attr(n, "value")); err == nil {
			l.next = v
		}
		marker = olMarker(l.style, l.next) + ". "
		l.next++
	}
	outer := strings.Repeat("  ", len(r.lists)-1)
	saved := r.indent
	r.prefix = outer + marker
	r.indent = outer + strings.Repeat(" ", len(marker))
	r.children(n)
	r.flush()
	r.prefix, r.indent = "", saved
}

// olMarker numbers an ordered list item the way the browser shows it.
func olMarker(style string, n int) string {
	switch style {
	case "a":
		return formatLetter(n, false)
	case "A":
		return formatLetter(n, true)
	case "i":
		return formatRoman(n, false)
	case "I":
		return formatRoman(n, true)
	}
	return strconv.Itoa(n)
}
