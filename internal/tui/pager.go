package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/policydiff/policydiff/internal/doc"
)

// pagerView is a read-only scrollable text: the notice draft, or one
// version's clauses scrolled to a clause. Its content is rendered by a
// function of the width so resizing reflows it.
type pagerView struct {
	com    *Common
	title  string
	render func(width int) (lines []string, anchor int)
	vp     viewport.Model
	width  int
}

func newPager(com *Common, title string, render func(int) ([]string, int)) *pagerView {
	p := &pagerView{com: com, title: title, render: render, vp: viewport.New(com.Width, com.Height-2)}
	k := com.Keys
	p.vp.KeyMap = viewport.KeyMap{Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown}
	p.vp.MouseWheelEnabled = true
	p.SetSize(com.Width, com.Height-1)
	return p
}

func (p *pagerView) Init() tea.Cmd { return nil }

func (p *pagerView) SetSize(w, h int) {
	p.vp.Height = max(1, h-1)
	if w == p.width {
		return
	}
	p.width, p.vp.Width = w, w
	lines, anchor := p.render(w)
	for i, l := range lines {
		lines[i] = clip(l, w)
	}
	p.vp.SetContent(strings.Join(lines, "\n"))
	p.vp.SetYOffset(max(0, anchor-2))
}

func (p *pagerView) ShortHelp() []key.Binding {
	k := p.com.Keys
	return []key.Binding{k.Up, k.Down, k.PageDown, k.PageUp, k.Back, k.Help, k.Quit}
}

func (p *pagerView) FullHelp() [][]key.Binding {
	k := p.com.Keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Back, k.Quit, k.Help}}
}

func (p *pagerView) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if km, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(km, p.com.Keys.Top):
			p.vp.GotoTop()
			return p, nil
		case key.Matches(km, p.com.Keys.Bottom):
			p.vp.GotoBottom()
			return p, nil
		}
	}
	var cmd tea.Cmd
	p.vp, cmd = p.vp.Update(msg)
	return p, cmd
}

func (p *pagerView) View() string {
	st := p.com.Styles
	pct := int(p.vp.ScrollPercent() * 100)
	head := fit(st.Title.Render(p.title)+st.Dim.Render("  "+itoa(pct)+"%"), p.width)
	return head + "\n" + p.vp.View()
}

// noticeLines wraps a notice draft to the width.
func noticeLines(text string) func(int) ([]string, int) {
	return func(w int) ([]string, int) {
		return wrapText(text, nil, w), 0
	}
}

// RenderDocument draws a whole version as an indented clause list and
// returns the line where the clause with id target starts.
func RenderDocument(d *doc.Document, target string, width int, st *Styles) ([]string, int) {
	var out []string
	anchor := 0
	d.Walk(func(c *doc.Clause) bool {
		ind := min(c.Depth()*2, 8)
		pad := strings.Repeat(" ", ind)
		w := max(10, width-ind-2)
		gutter := "  "
		if c.ID == target && target != "" {
			anchor = len(out)
			gutter = st.Cursor.Render("> ")
		}
		head := st.ClauseID.Render(idOr(c, "")) + " " + st.Heading.Render(c.Heading)
		out = append(out, gutter+pad+clip(strings.TrimSpace(head), w))
		if c.Text != "" {
			for _, l := range wrapText(c.Text, nil, w) {
				out = append(out, "  "+pad+l)
			}
		}
		return true
	})
	return out, anchor
}

// strip removes styling, for tests that compare text.
func strip(s string) string { return ansi.Strip(s) }
