package parse

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/policydiff/policydiff/internal/doc"
)

// node is a clause being built: its marker's text and its paragraphs wait
// until the clause is complete, because whether the marker's text is a
// heading depends on what follows it.
type node struct {
	c    *doc.Clause
	rest string   // raw text after the marker
	mk   *marker  // the marker whose rest is rest, if any
	body []string // cleaned paragraphs
	raw  []string
	prev *doc.Clause // the sibling before it
	// The clause's children are counted and linked as they come, and put
	// in its Children only once all are known, so that every clause's
	// share is cut from one array.
	parent  *node
	last    *doc.Clause // the latest child
	kids    int
	num     int
	style   style
	heading bool // the rest is a heading whatever follows (markdown, attachment)
}

// entry is one level of the style stack.
type entry struct {
	n     *node
	rank  int
	style style
	num   int
}

type builder struct {
	d        *doc.Document
	stack    []entry
	nodes    []*node
	ids      map[string]*node
	ordinals map[*doc.Clause]int // headings placed under a clause (nil: top level)
	tables   map[*doc.Clause]int
	attach   int
	pre      *node
	preLines []int // the source line of each paragraph of the preamble
	clauses  slab[doc.Clause]
	made     slab[node]
}

// newBuilder sizes the id index and the clauses for at most clauses of
// them.
func newBuilder(d *doc.Document, clauses int) *builder {
	b := &builder{d: d, ids: make(map[string]*node, clauses), nodes: make([]*node, 0, clauses),
		ordinals: map[*doc.Clause]int{}, tables: map[*doc.Clause]int{}}
	b.clauses.chunk, b.made.chunk = clauses, clauses
	return b
}

// newNode makes a clause and its node. The clause's fields are set one by
// one: copying a whole clause into the slab costs more, its pointers all
// going through the write barrier together.
func (b *builder) newNode(id string, kind doc.Kind, line int) *node {
	n := b.made.new()
	n.c = b.clauses.new()
	n.c.ID, n.c.Kind, n.c.Line = id, kind, line
	return n
}

func (b *builder) warn(line int, text, why string) {
	b.d.Warnings = append(b.d.Warnings, doc.Warning{Line: line, Text: CleanInline(text), Why: why})
}

// preamble returns the preamble node, creating it on first use.
func (b *builder) preamble(line int) *node {
	if b.pre == nil {
		b.pre = b.newNode("0", doc.KindPreamble, line)
		b.nodes = append(b.nodes, b.pre)
		b.d.Clauses = append(b.d.Clauses, b.pre.c)
		b.ids["0"] = b.pre
	}
	return b.pre
}

func (b *builder) top() *node {
	if len(b.stack) == 0 {
		return nil
	}
	return b.stack[len(b.stack)-1].n
}

// add links a new clause under parent (nil: top level) with a unique id.
func (b *builder) add(parent *node, c *doc.Clause, n *node, u *unit) {
	id := c.ID
	if _, dup := b.ids[id]; dup {
		k := 2
		for ; b.ids[id+"~"+strconv.Itoa(k)] != nil; k++ {
		}
		c.ID = id + "~" + strconv.Itoa(k)
		if w := b.d.Warnings; len(w) == 0 || w[len(w)-1].Line != u.line {
			b.warn(u.line, u.text, fmt.Sprintf("clause %s appears twice; this one is %s", id, c.ID))
		}
	}
	b.ids[c.ID] = n
	if parent == nil {
		if k := len(b.d.Clauses); k > 0 {
			n.prev = b.d.Clauses[k-1]
		}
		b.d.Clauses = append(b.d.Clauses, c)
	} else {
		n.prev, n.parent = parent.last, parent
		parent.last = c
		parent.kids++
		c.Parent = parent.c
	}
	b.nodes = append(b.nodes, n)
}

// linkChildren fills the Children of every clause, in the order they were
// added, out of one array.
func (b *builder) linkChildren() {
	all := 0
	for _, n := range b.nodes {
		all += n.kids
	}
	kids := make([]*doc.Clause, all)
	for _, n := range b.nodes {
		if n.kids > 0 {
			n.c.Children, kids = kids[:0:n.kids], kids[n.kids:]
		}
	}
	for _, n := range b.nodes {
		if p := n.parent; p != nil {
			p.c.Children = append(p.c.Children, n.c)
		}
	}
}

// placeMarker puts a numbered line (or a numbered or plain markdown heading)
// into the tree. It returns false for a sloppy number out of sequence, which
// the caller keeps as text.
func (b *builder) placeMarker(u *unit) bool {
	m := u.mk
	heading := u.kind == unitHeading
	st := styleHeading
	if m != nil {
		st = m.style
	}
	rank := st.rank(int(u.level))
	if heading {
		rank = styleHeading.rank(int(u.level))
	}
	if st == styleRoman || st == styleSub {
		b.letterOrRoman(m)
		st = m.style
		if !heading {
			rank = st.rank(0)
		}
	}
	var parent *node
	var prev *entry
	switch {
	case st == styleAttach:
		b.stack = b.stack[:0]
	case st == styleDotted && !heading:
		parent = b.dottedParent(u)
	default:
		idx := -1
		for k := len(b.stack) - 1; k >= 0; k-- {
			if b.stack[k].rank == rank && (heading || b.stack[k].style == st) {
				idx = k
				break
			}
		}
		if idx >= 0 {
			e := b.stack[idx]
			prev = &e
			b.stack = b.stack[:idx]
		} else {
			for len(b.stack) > 0 && b.stack[len(b.stack)-1].rank > rank {
				b.stack = b.stack[:len(b.stack)-1]
			}
		}
		parent = b.top()
	}
	if m != nil && m.sloppy && (prev == nil || prev.style != styleItem || prev.num != m.num-1) {
		if prev != nil {
			b.stack = append(b.stack, *prev)
		}
		return false
	}
	if m != nil && prev != nil && prev.style == st && m.num != prev.num+1 && st != styleAttach {
		why := fmt.Sprintf("number %s out of sequence after %s", m.label, prev.n.c.Label)
		if m.num == 1 {
			why = fmt.Sprintf("numbering restarts at %s under the same parent", m.label)
		}
		b.warn(u.line, u.text, why)
	}
	if st == styleDotted && !heading {
		b.checkDotted(u, parent)
	}
	n := b.newNode(b.idFor(u, m, st, parent), doc.KindSection, u.line)
	c := n.c
	// Capped, so that the node's paragraphs appended later copy it instead
	// of writing into the unit's lines.
	n.raw, n.style = u.raw[:len(u.raw):len(u.raw)], st
	if m != nil {
		n.num = m.num
	}
	switch {
	case heading:
		c.Kind = doc.KindHeading
		n.heading = true
		n.rest = u.text
		if m != nil {
			c.Label, n.rest, n.mk = m.label, m.rest, m
		}
	case st == styleAttach:
		c.Kind = doc.KindHeading
		c.Label = strings.TrimRight(m.label, ":：")
		n.heading = true
		n.rest = m.label + m.rest
	default:
		c.Label, n.rest, n.mk = m.label, m.rest, m
	}
	b.add(parent, c, n, u)
	num := 0
	if m != nil {
		num = m.num
	}
	b.stack = append(b.stack, entry{n: n, rank: rank, style: st, num: num})
	return true
}

// checkDotted warns when a dotted number skips or repeats one: 3.1.3.5
// right after 3.1.3.3.
func (b *builder) checkDotted(u *unit, parent *node) {
	var last *doc.Clause
	if parent != nil {
		last = parent.last
	} else if k := len(b.d.Clauses); k > 0 {
		last = b.d.Clauses[k-1]
	}
	if last == nil {
		return
	}
	prev := b.ids[last.ID]
	if prev == nil || prev.style != styleDotted || len(u.mk.path) == 0 {
		return
	}
	if u.mk.num != prev.num+1 {
		b.warn(u.line, u.text, fmt.Sprintf("number %s out of sequence after %s", u.mk.label, prev.c.Label))
	}
}

// letterOrRoman turns (i), (v), (x) into letters when they follow (h), (u),
// (w); the same for upper case (I) after (H).
func (b *builder) letterOrRoman(m *marker) {
	core := strings.Trim(m.label, "()（）")
	if len(core) != 1 {
		return
	}
	var letter int
	switch core[0] | 0x20 {
	case 'i':
		letter = 9
	case 'v':
		letter = 22
	case 'x':
		letter = 24
	default:
		return
	}
	switch m.next {
	case 'r':
		return
	case 'l':
		m.style, m.num, m.item = styleLetter, letter, core
		return
	}
	for k := len(b.stack) - 1; k >= 0; k-- {
		if e := b.stack[k]; e.style == styleLetter && e.num == letter-1 {
			m.style, m.num, m.item = styleLetter, letter, core
			return
		}
	}
}

// dottedParent finds the parent of an absolute dotted number: the clause
// whose id is its prefix, on the stack or anywhere before.
func (b *builder) dottedParent(u *unit) *node {
	path := u.mk.path
	for cut := len(path) - 1; cut > 0; cut-- {
		prefix := joinInts(path[:cut])
		for k := len(b.stack) - 1; k >= 0; k-- {
			if b.stack[k].n.c.ID == prefix {
				b.stack = b.stack[:k+1]
				return b.stack[k].n
			}
		}
		if n := b.ids[prefix]; n != nil {
			b.restack(n)
			return n
		}
		if cut == len(path)-1 && len(path) > 2 {
			b.warn(u.line, u.text, "no clause "+prefix+" to hold "+u.mk.label)
		}
	}
	for len(b.stack) > 0 && b.stack[len(b.stack)-1].rank >= styleDotted.rank(0) {
		b.stack = b.stack[:len(b.stack)-1]
	}
	return b.top()
}

// restack rebuilds the stack as the path to n, for a dotted number that
// returns to a clause already closed.
func (b *builder) restack(n *node) {
	var path []*node
	for c := n.c; c != nil; c = c.Parent {
		path = append(path, b.ids[c.ID])
	}
	b.stack = b.stack[:0]
	for i := len(path) - 1; i >= 0; i-- {
		b.stack = append(b.stack, entry{n: path[i], rank: styleDotted.rank(0), style: styleDotted})
	}
}

func joinInts(p []int) string {
	var sb strings.Builder
	for i, v := range p {
		if i > 0 {
			sb.WriteByte('.')
		}
		sb.WriteString(strconv.Itoa(v))
	}
	return sb.String()
}

// idFor computes the canonical id of a new clause under parent.
func (b *builder) idFor(u *unit, m *marker, st style, parent *node) string {
	pid := ""
	var pc *doc.Clause
	if parent != nil {
		pid, pc = parent.c.ID, parent.c
	}
	dot := func(s string) string {
		if pid == "" {
			return s
		}
		return pid + "." + s
	}
	if m == nil { // an unnumbered heading: its ordinal among its siblings
		b.ordinals[pc]++
		k := strconv.Itoa(b.ordinals[pc])
		if pc == nil {
			return "h" + k
		}
		if pc.Kind == doc.KindHeading && pc.Label == "" && strings.HasPrefix(pid, "h") {
			return pid + "." + k
		}
		return pid + ".h" + k
	}
	if u.kind == unitHeading {
		b.ordinals[pc]++
	}
	n := strconv.Itoa(m.num)
	switch st {
	case styleAttach:
		b.attach++
		return "A" + strconv.Itoa(b.attach)
	case styleChapter:
		return "C" + n
	case styleArticle:
		if pc == nil || pc.ID[0] == 'C' {
			return n
		}
		return dot(n)
	case styleDotted:
		if pc != nil && pc.ID[0] == 'A' {
			return pc.ID + "." + joinInts(m.path)
		}
		return joinInts(m.path)
	case styleParen:
		return pid + "(" + n + ")"
	case styleCircled:
		if strings.HasSuffix(pid, ")") {
			return pid + "." + n
		}
		return pid + "(" + n + ")"
	case styleLetter, styleRoman:
		return pid + "(" + m.item + ")"
	}
	return dot(n)
}
