package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// entry is one line of the comparison outline: a clause of the new version
// (or a removed one of the old, where it used to be) and its change, if any.
type entry struct {
	cl    *doc.Clause
	ch    *change.Change // nil when unchanged (or cosmetic and hidden)
	depth int
}

// buildOutline lays the clauses of version B out in document order with the
// removed clauses of A slotted in after the clause that preceded them, so a
// reviewer reads the changes in the context of the whole document.
func buildOutline(r *change.Result, showCosmetic bool) []entry {
	visible := func(c *change.Change) *change.Change {
		if c.Kind == change.Cosmetic && !showCosmetic {
			return nil
		}
		return c
	}
	if r.DocB == nil { // no documents: the changes alone, in order
		var out []entry
		for i := range r.Changes {
			c := &r.Changes[i]
			cl := c.B
			if cl == nil {
				cl = c.A
			}
			if visible(c) != nil && cl != nil {
				out = append(out, entry{cl: cl, ch: c, depth: cl.Depth()})
			}
		}
		return out
	}
	byB := map[*doc.Clause]*change.Change{}
	aToB := map[*doc.Clause]*doc.Clause{}
	var removed []*change.Change
	for i := range r.Changes {
		c := &r.Changes[i]
		switch {
		case c.B != nil:
			byB[c.B] = c
			if c.A != nil {
				aToB[c.A] = c.B
			}
		case c.A != nil:
			removed = append(removed, c)
		}
	}
	bByID := map[string]*doc.Clause{}
	r.DocB.Walk(func(c *doc.Clause) bool {
		if _, dup := bByID[c.ID]; !dup && c.ID != "" {
			bByID[c.ID] = c
		}
		return true
	})
	// after[b] lists removed clauses to show right after clause b of B;
	// after[nil] those that go before everything.
	after := map[*doc.Clause][]*change.Change{}
	if len(removed) > 0 && r.DocA != nil {
		flatA := r.DocA.Flatten()
		pos := make(map[*doc.Clause]int, len(flatA))
		for i, c := range flatA {
			pos[c] = i
		}
		for _, c := range removed {
			var anchor *doc.Clause
			for i := pos[c.A] - 1; i >= 0 && anchor == nil; i-- {
				prev := flatA[i]
				if b, ok := aToB[prev]; ok {
					anchor = b
				} else if b, ok := bByID[prev.ID]; ok && prev.ID != "" {
					anchor = b
				}
			}
			after[anchor] = append(after[anchor], c)
		}
	}
	var out []entry
	addRemoved := func(anchor *doc.Clause) {
		for _, c := range after[anchor] {
			if visible(c) != nil {
				out = append(out, entry{cl: c.A, ch: c, depth: c.A.Depth()})
			}
		}
	}
	addRemoved(nil)
	r.DocB.Walk(func(cl *doc.Clause) bool {
		e := entry{cl: cl, depth: cl.Depth()}
		if c, ok := byB[cl]; ok {
			e.ch = visible(c)
		}
		out = append(out, e)
		addRemoved(cl)
		return true
	})
	return out
}

// OutlineLine draws one outline entry: marker gutter, indented id and the
// start of the heading or text.
func OutlineLine(e entry, width int, selected bool, st *Styles) string {
	indent := strings.Repeat(" ", min(e.depth, 4))
	id := e.cl.ID
	if id == "" {
		id = e.cl.Label
	}
	label := e.cl.Heading
	if label == "" {
		label = firstLine(e.cl.Text)
	}
	body := indent + st.ClauseID.Render(id) + " " + label
	if e.ch == nil {
		body = indent + id + " " + label
		if !selected {
			body = st.Dim.Render(body)
		}
	}
	cursor := " "
	if selected {
		cursor = ">"
	}
	line := Marker(e.ch, st) + cursor + body
	if selected {
		return st.Selected.Render(fit(ansi.Strip(line), width))
	}
	return fit(line, width)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
