package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/policydiff/policydiff/internal/store"
)

// libRow is a policy title line (v == nil) or one of its versions.
type libRow struct {
	p *store.Policy
	v *store.Version
}

// libraryView lists the stored policies and their versions; the reviewer
// marks two (two dates or two languages) and opens their comparison.
type libraryView struct {
	com           *Common
	policies      []store.Policy
	rows          []libRow
	cursor, top   int
	markA, markB  int // row indexes, -1 when unset
	width, height int
}

func newLibraryView(com *Common, policies []store.Policy) *libraryView {
	v := &libraryView{com: com, policies: policies, markA: -1, markB: -1}
	for i := range policies {
		p := &policies[i]
		v.rows = append(v.rows, libRow{p: p})
		for j := range p.Versions {
			v.rows = append(v.rows, libRow{p: p, v: &p.Versions[j]})
		}
	}
	v.cursor = v.step(-1, +1)
	v.SetSize(com.Width, com.Height-1)
	return v
}

func (v *libraryView) Init() tea.Cmd { return nil }

func (v *libraryView) SetSize(w, h int) {
	v.width, v.height = w, h
	v.follow()
}

func (v *libraryView) ShortHelp() []key.Binding {
	k := v.com.Keys
	return []key.Binding{k.Up, k.Down, k.Mark, k.Open, k.Search, k.Help, k.Quit}
}

func (v *libraryView) FullHelp() [][]key.Binding {
	k := v.com.Keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Mark, k.Open, k.Search, k.Back, k.Quit, k.Help}}
}

// step returns the next version row from i in direction dir, or i when
// there is none.
func (v *libraryView) step(i, dir int) int {
	for j := i + dir; j >= 0 && j < len(v.rows); j += dir {
		if v.rows[j].v != nil {
			return j
		}
	}
	return i
}

func (v *libraryView) bodyHeight() int { return max(1, v.height-3) }

func (v *libraryView) follow() {
	h := v.bodyHeight()
	if v.cursor < v.top {
		v.top = v.cursor
		if v.top > 0 && v.rows[v.top-1].v == nil { // keep the policy title in view
			v.top--
		}
	}
	if v.cursor >= v.top+h {
		v.top = v.cursor - h + 1
	}
	v.top = max(0, min(v.top, len(v.rows)-h))
}

func (v *libraryView) moveBy(n int) {
	dir := 1
	if n < 0 {
		dir, n = -1, -n
	}
	for ; n > 0; n-- {
		v.cursor = v.step(v.cursor, dir)
	}
	v.follow()
}

// mark toggles the row under the cursor: the first mark is A, the second B;
// a third starts a new pair.
func (v *libraryView) mark() {
	c := v.cursor
	switch {
	case c == v.markA:
		v.markA, v.markB = v.markB, -1
	case c == v.markB:
		v.markB = -1
	case v.markA < 0:
		v.markA = c
	case v.markB < 0:
		v.markB = c
	default:
		v.markA, v.markB = c, -1
	}
}

func (v *libraryView) ref(i int) string { return v.rows[i].v.Ref }

func (v *libraryView) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	k := v.com.Keys
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if len(v.rows) == 0 {
			break
		}
		switch {
		case key.Matches(msg, k.Down):
			v.moveBy(1)
		case key.Matches(msg, k.Up):
			v.moveBy(-1)
		case key.Matches(msg, k.PageDown):
			v.moveBy(v.bodyHeight() - 1)
		case key.Matches(msg, k.PageUp):
			v.moveBy(-(v.bodyHeight() - 1))
		case key.Matches(msg, k.Top):
			v.cursor = v.step(-1, +1)
			v.follow()
		case key.Matches(msg, k.Bottom):
			v.cursor = v.step(len(v.rows), -1)
			v.follow()
		case key.Matches(msg, k.Mark):
			v.mark()
			if v.markB < 0 {
				v.moveBy(1) // ready for the second pick
			}
		case key.Matches(msg, k.Open):
			switch {
			case v.markA >= 0 && v.markB >= 0:
				return v, send(compareMsg{v.ref(v.markA), v.ref(v.markB)})
			case v.markA >= 0 && v.cursor != v.markA:
				return v, send(compareMsg{v.ref(v.markA), v.ref(v.cursor)})
			default:
				return v, send(clauseMsg{Ref: v.ref(v.cursor)})
			}
		}
	case tea.MouseMsg:
		if d := wheelStep(msg, 3); d != 0 {
			v.moveBy(d)
		}
	}
	return v, nil
}

func (v *libraryView) View() string {
	st := v.com.Styles
	var b strings.Builder
	nv := 0
	for _, p := range v.policies {
		nv += len(p.Versions)
	}
	title := st.Title.Render("policydiff") + st.Dim.Render(fmt.Sprintf(" · %d policies, %d versions · %s", len(v.policies), nv, v.com.Deps.StoreName))
	b.WriteString(fit(title, v.width) + "\n")
	b.WriteString(fit(v.pickLine(), v.width) + "\n")
	b.WriteString(fit(st.Dim.Render("     lang  effective      clauses  title"), v.width) + "\n")
	if len(v.rows) == 0 {
		b.WriteString(st.Dim.Render("The store is empty: add versions with 'policydiff ingest FILE'."))
	}
	for i := v.top; i < v.top+v.bodyHeight() && i < len(v.rows); i++ {
		b.WriteString(v.rowLine(i))
		if i+1 < v.top+v.bodyHeight() && i+1 < len(v.rows) {
			b.WriteString("\n")
		}
	}
	return b.String()
}

func (v *libraryView) pickLine() string {
	st := v.com.Styles
	name := func(i int) string {
		if i < 0 {
			return st.Dim.Render("—")
		}
		return v.ref(i)
	}
	hint := "space marks A and B, enter compares"
	switch {
	case v.markA >= 0 && v.markB >= 0:
		hint = "enter compares"
	case v.markA >= 0:
		hint = "mark B, or enter: A vs cursor"
	}
	if v.markA < 0 {
		return st.Dim.Render(hint)
	}
	return st.Mark.Render("A ") + name(v.markA) + st.Mark.Render("  B ") + name(v.markB) + st.Dim.Render("  · "+hint)
}

func (v *libraryView) rowLine(i int) string {
	st := v.com.Styles
	r := v.rows[i]
	if r.v == nil {
		return fit(st.Heading.Render(r.p.ID)+st.Dim.Render("  "+r.p.Title), v.width)
	}
	mark := "   "
	switch i {
	case v.markA:
		mark = " A "
	case v.markB:
		mark = " B "
	}
	if i == v.cursor {
		mark = ">" + mark[1:]
	}
	title := r.v.Meta.Title
	line := fmt.Sprintf("%s  %-4s  %-12s %7d  %s", mark, r.v.Lang, r.v.Date, r.v.Clauses, title)
	if i == v.cursor {
		return st.Selected.Render(fit(line, v.width))
	}
	if i == v.markA || i == v.markB {
		return fit(st.Mark.Render(mark)+line[len(mark):], v.width)
	}
	return fit(line, v.width)
}
