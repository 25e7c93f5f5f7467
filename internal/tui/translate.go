package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/policydiff/policydiff/internal/change"
)

// translateView shows an English and a Chinese version clause by clause,
// with the places they disagree marked and listed below.
type translateView struct {
	com           *Common
	r             *change.Result
	rows          []row
	lines         []string // every row rendered, for the current width
	start         []int    // first line of each row
	scroll        int
	sel           int // selected finding
	selRow        int // row drawn as selected
	width, height int
}

func newTranslateView(com *Common, r *change.Result) *translateView {
	v := &translateView{com: com, r: r, rows: buildRows(r)}
	v.SetSize(com.Width, com.Height-1)
	v.selectFinding(0)
	return v
}

func (v *translateView) Init() tea.Cmd { return nil }

func (v *translateView) SetSize(w, h int) {
	if w != v.width {
		v.width = w
		v.lines = nil
	}
	v.height = h
	v.render()
	v.scrollBy(0)
}

// render draws every row once per width; scrolling and stepping through
// findings then only slice the lines and redraw two row headers.
func (v *translateView) render() {
	if v.lines != nil {
		return
	}
	v.selRow = v.rowOf(v.sel)
	v.start = make([]int, len(v.rows))
	for i, rw := range v.rows {
		v.start[i] = len(v.lines)
		v.lines = append(v.lines, RenderRow(rw, v.width, i == v.selRow, v.com.Styles)...)
		v.lines = append(v.lines, "")
	}
}

// highlight moves the selected-row mark to the row of the selected finding.
func (v *translateView) highlight() {
	j := v.rowOf(v.sel)
	if j == v.selRow {
		return
	}
	st := v.com.Styles
	if v.selRow >= 0 {
		v.lines[v.start[v.selRow]] = RowHeader(v.rows[v.selRow], v.width, false, st)
	}
	if j >= 0 {
		v.lines[v.start[j]] = RowHeader(v.rows[j], v.width, true, st)
	}
	v.selRow = j
}

func (v *translateView) rowOf(finding int) int {
	for i, rw := range v.rows {
		for _, f := range rw.findings {
			if f == finding {
				return i
			}
		}
	}
	return -1
}

// findingKeys are the change keys described as what they do here.
func (v *translateView) findingKeys() (next, prev, material key.Binding) {
	k := v.com.Keys
	next, prev, material = k.NextChange, k.PrevChange, k.NextMaterial
	next.SetHelp(next.Help().Key, "next finding")
	prev.SetHelp(prev.Help().Key, "previous finding")
	material.SetHelp(material.Help().Key, "next material finding")
	return
}

func (v *translateView) ShortHelp() []key.Binding {
	k := v.com.Keys
	next, prev, _ := v.findingKeys()
	return []key.Binding{next, prev, k.PageDown, k.Notice, k.Back, k.Help, k.Quit}
}

func (v *translateView) FullHelp() [][]key.Binding {
	k := v.com.Keys
	next, prev, material := v.findingKeys()
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {next, prev, material, k.Notice, k.Back, k.Quit, k.Help}}
}

func (v *translateView) listHeight() int {
	if len(v.r.Findings) == 0 {
		return 1
	}
	return min(len(v.r.Findings), max(2, v.height/4)) + 1
}

func (v *translateView) bodyHeight() int {
	return max(1, v.height-1-len(Banner(v.r, v.width, v.com.Styles))-v.listHeight())
}

func (v *translateView) scrollBy(d int) {
	v.scroll = max(0, min(v.scroll+d, len(v.lines)-v.bodyHeight()))
}

func (v *translateView) selectFinding(i int) {
	if len(v.r.Findings) == 0 {
		return
	}
	v.sel = (i + len(v.r.Findings)) % len(v.r.Findings)
	v.render()
	v.highlight()
	if j := v.rowOf(v.sel); j >= 0 {
		v.scroll = 0
		v.scrollBy(v.termLine(j, FindingTerms(v.r.Findings[v.sel].Detail)))
	}
}

// termLine is where to scroll for a finding on row j: the row's header,
// unless the disputed words are further down than the screen shows, then a
// few lines above the first of them.
func (v *translateView) termLine(j int, terms []string) int {
	end := len(v.lines)
	if j+1 < len(v.start) {
		end = v.start[j+1]
	}
	for i := v.start[j]; i < end; i++ {
		line := strip(v.lines[i])
		for _, t := range terms {
			if r := []rune(t); len(r) > 6 {
				t = string(r[:6]) // the term may wrap onto the next line
			}
			if strings.Contains(line, t) {
				if i-v.start[j] < v.bodyHeight()-2 {
					return v.start[j]
				}
				return i - 3
			}
		}
	}
	return v.start[j]
}

func (v *translateView) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	k := v.com.Keys
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Down):
			v.scrollBy(1)
		case key.Matches(msg, k.Up):
			v.scrollBy(-1)
		case key.Matches(msg, k.PageDown):
			v.scrollBy(v.bodyHeight() - 1)
		case key.Matches(msg, k.PageUp):
			v.scrollBy(-(v.bodyHeight() - 1))
		case key.Matches(msg, k.Top):
			v.scroll = 0
		case key.Matches(msg, k.Bottom):
			v.scrollBy(len(v.lines))
		case key.Matches(msg, k.NextChange):
			v.selectFinding(v.sel + 1)
		case key.Matches(msg, k.NextMaterial):
			for i := 1; i <= len(v.r.Findings); i++ {
				if j := (v.sel + i) % len(v.r.Findings); v.r.Findings[j].Material {
					v.selectFinding(j)
					break
				}
			}
		case key.Matches(msg, k.PrevChange):
			v.selectFinding(v.sel - 1)
		case key.Matches(msg, k.Notice):
			return v, send(noticeMsg{v.r})
		}
	case tea.MouseMsg:
		if d := wheelStep(msg, 3); d != 0 {
			v.scrollBy(d)
		}
	}
	return v, nil
}

func (v *translateView) View() string {
	st := v.com.Styles
	var b strings.Builder
	title := st.Title.Render(PairName(v.r.A, v.r.B, "↔")) + "  " + SummaryLine(v.r)
	b.WriteString(fit(title, v.width) + "\n")
	for _, l := range Banner(v.r, v.width, st) {
		b.WriteString(l + "\n")
	}
	for i := 0; i < v.bodyHeight(); i++ {
		line := ""
		if j := v.scroll + i; j < len(v.lines) {
			line = clip(v.lines[j], v.width)
		}
		b.WriteString(line + "\n")
	}
	fs := v.r.Findings
	if len(fs) == 0 {
		b.WriteString(st.Dim.Render(fit("No findings: the two versions agree on every checked point.", v.width)))
		return b.String()
	}
	n := v.listHeight() - 1
	first := max(0, min(v.sel-n/2, len(fs)-n))
	b.WriteString(fit(st.PanelTitle.Render("Findings ")+st.Dim.Render("(n/p to step)"), v.width))
	for i := first; i < first+n && i < len(fs); i++ {
		b.WriteString("\n" + FindingLine(fs[i], i+1, v.width, i == v.sel, st))
	}
	return b.String()
}
