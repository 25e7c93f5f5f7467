package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/policydiff/policydiff/internal/change"
)

// compareView shows a version comparison: the outline of clauses with change
// markers on the left, the selected clause's word diff on the right, the
// verdict on top and the evidence of material flags below.
type compareView struct {
	com          *Common
	r            *change.Result
	entries      []entry
	cursor, top  int // outline selection and first visible outline line
	scroll       int // first visible line of the text pane
	sideBySide   bool
	showCosmetic bool
	width        int
	height       int
	// cache holds the rendered text pane per entry for the current width
	// and layout, so a keypress re-renders only what changed.
	cache map[int][]string
}

func newCompareView(com *Common, r *change.Result) *compareView {
	v := &compareView{com: com, r: r, cache: map[int][]string{}}
	v.rebuild()
	v.width, v.height = com.Width, com.Height-1
	v.cursor = -1
	v.jump(+1, false)
	if v.cursor < 0 {
		v.cursor = 0
	}
	return v
}

func (v *compareView) rebuild() {
	var cur any
	if v.cursor >= 0 && v.cursor < len(v.entries) {
		cur = v.entries[v.cursor].cl
	}
	v.entries = buildOutline(v.r, v.showCosmetic)
	v.cache = map[int][]string{}
	for i, e := range v.entries {
		if e.cl == cur {
			v.cursor = i
		}
	}
}

func (v *compareView) SetSize(w, h int) {
	if w != v.width {
		v.cache = map[int][]string{}
	}
	v.width, v.height = w, h
	v.follow()
}

func (v *compareView) Init() tea.Cmd { return nil }

func (v *compareView) ShortHelp() []key.Binding {
	k := v.com.Keys
	return []key.Binding{k.NextChange, k.PrevChange, k.NextMaterial, k.ToggleLayout, k.Notice, k.Back, k.Help, k.Quit}
}

func (v *compareView) FullHelp() [][]key.Binding {
	k := v.com.Keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.NextChange, k.PrevChange, k.NextMaterial, k.ToggleCosmetic},
		{k.ToggleLayout, k.Notice, k.Back, k.Quit, k.Help},
	}
}

// jump moves the cursor to the next (dir +1) or previous change, or material
// change; it stays put when there is none.
func (v *compareView) jump(dir int, material bool) {
	for i := v.cursor + dir; i >= 0 && i < len(v.entries); i += dir {
		c := v.entries[i].ch
		if c != nil && (!material || c.Material) {
			v.select_(i)
			return
		}
	}
}

func (v *compareView) select_(i int) {
	v.cursor = max(0, min(i, len(v.entries)-1))
	v.scroll = 0
	v.follow()
}

// follow keeps the cursor inside the visible outline.
func (v *compareView) follow() {
	h := v.bodyHeight()
	if v.cursor < v.top {
		v.top = v.cursor
	}
	if v.cursor >= v.top+h {
		v.top = v.cursor - h + 1
	}
	v.top = max(0, min(v.top, len(v.entries)-h))
}

func (v *compareView) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	k := v.com.Keys
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Down):
			v.select_(v.cursor + 1)
		case key.Matches(msg, k.Up):
			v.select_(v.cursor - 1)
		case key.Matches(msg, k.Top):
			v.select_(0)
		case key.Matches(msg, k.Bottom):
			v.select_(len(v.entries) - 1)
		case key.Matches(msg, k.PageDown):
			v.scrollText(v.bodyHeight() - 1)
		case key.Matches(msg, k.PageUp):
			v.scrollText(-(v.bodyHeight() - 1))
		case key.Matches(msg, k.NextChange):
			v.jump(+1, false)
		case key.Matches(msg, k.PrevChange):
			v.jump(-1, false)
		case key.Matches(msg, k.NextMaterial):
			v.jump(+1, true)
		case key.Matches(msg, k.ToggleCosmetic):
			v.showCosmetic = !v.showCosmetic
			v.rebuild()
			v.follow()
		case key.Matches(msg, k.ToggleLayout):
			v.sideBySide = !v.sideBySide
			v.cache = map[int][]string{}
		case key.Matches(msg, k.Notice):
			return v, send(noticeMsg{v.r})
		}
	case tea.MouseMsg:
		d := wheelStep(msg, 3)
		if d == 0 {
			break
		}
		if msg.X < v.outlineWidth() {
			v.top = max(0, min(v.top+d, len(v.entries)-v.bodyHeight()))
		} else {
			v.scrollText(d)
		}
	}
	return v, nil
}

func (v *compareView) scrollText(d int) {
	n := len(v.pane(v.cursor))
	v.scroll = max(0, min(v.scroll+d, n-v.bodyHeight()))
}

func (v *compareView) outlineWidth() int {
	if v.width < 60 {
		return v.width / 3
	}
	return min(36, max(22, v.width/3))
}

func (v *compareView) textWidth() int { return v.width - v.outlineWidth() - 2 }

// panelLines is the evidence panel for the selected change.
func (v *compareView) panelLines() []string {
	if v.cursor >= len(v.entries) {
		return nil
	}
	c := v.entries[v.cursor].ch
	if c == nil || len(c.Reasons) == 0 {
		return nil
	}
	st := v.com.Styles
	lines := RenderReasons(c.Reasons, v.width, st)
	limit := max(2, v.height/4)
	if len(lines) > limit {
		more := len(lines) - limit + 1
		lines = append(lines[:limit-1], st.Dim.Render(strings.Repeat(" ", 2)+itoa(more)+" more lines of evidence: see the notice draft (d)"))
	}
	return append([]string{st.PanelTitle.Render("Why material")}, lines...)
}

func (v *compareView) banner() []string { return Banner(v.r, v.width, v.com.Styles) }

func (v *compareView) bodyHeight() int {
	return max(1, v.height-1-len(v.banner())-len(v.panelLines()))
}

// pane returns the rendered text pane of an entry, from the cache.
func (v *compareView) pane(i int) []string {
	if i < 0 || i >= len(v.entries) {
		return nil
	}
	if l, ok := v.cache[i]; ok {
		return l
	}
	e := v.entries[i]
	var l []string
	if e.ch != nil {
		l = RenderChange(e.ch, v.textWidth(), v.sideBySide, v.com.Styles)
	} else {
		l = RenderClause(e.cl, v.textWidth(), v.com.Styles)
	}
	v.cache[i] = l
	return l
}

func (v *compareView) View() string {
	st := v.com.Styles
	var b strings.Builder
	layout := "inline"
	if v.sideBySide {
		layout = "side by side"
	}
	title := st.Title.Render(PairName(v.r.A, v.r.B, "→")) + "  " + SummaryLine(v.r)
	if room := v.width - lipgloss.Width(title); room > len(layout)+2 {
		title += strings.Repeat(" ", room-len(layout)-1) + st.Dim.Render(layout)
	}
	b.WriteString(fit(title, v.width) + "\n")
	for _, l := range v.banner() {
		b.WriteString(l + "\n")
	}
	h := v.bodyHeight()
	ow, tw := v.outlineWidth(), v.textWidth()
	pane := v.pane(v.cursor)
	sep := st.Divider.Render("│") + " "
	for i := 0; i < h; i++ {
		left := strings.Repeat(" ", ow)
		if j := v.top + i; j < len(v.entries) {
			left = OutlineLine(v.entries[j], ow, j == v.cursor, st)
		} else if len(v.entries) == 0 && i == 0 {
			left = fit(st.Dim.Render("no changes"), ow)
		}
		right := ""
		if j := v.scroll + i; j < len(pane) {
			right = clip(pane[j], tw)
		}
		b.WriteString(left + sep + right + "\n")
	}
	for _, l := range v.panelLines() {
		b.WriteString(clip(l, v.width) + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}
