package tui

import (
	"context"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/store"
	"github.com/policydiff/policydiff/internal/tui/keymap"
)

// Model is the root of the UI. It only routes: global keys, the stack of
// screens (esc pops), the long-running loads with their spinner, and the
// footer with help or the last error.
type Model struct {
	com      *Common
	stack    []Component
	help     help.Model
	showHelp bool
	spin     spinner.Model
	busy     string // what we are waiting for; "" when idle
	seq      int    // numbers long requests so a cancelled one is ignored
	err      error
	startA   string
	startB   string
}

// typer is a component that takes keystrokes as text for now.
type typer interface{ Typing() bool }

// New builds the UI on the library screen; with a and b set it opens
// straight on their comparison.
func New(com *Common, a, b string) *Model {
	if com.Ctx == nil {
		com.Ctx = context.Background()
	}
	m := &Model{com: com, help: help.New(), startA: a, startB: b,
		spin: spinner.New(spinner.WithSpinner(spinner.Dot))}
	m.help.Styles.ShortKey = com.Styles.Heading
	m.help.Styles.FullKey = com.Styles.Heading
	m.help.Styles.ShortDesc = com.Styles.Dim
	m.help.Styles.FullDesc = com.Styles.Dim
	m.help.Styles.ShortSeparator = com.Styles.Dim
	m.help.Styles.FullSeparator = com.Styles.Dim
	m.help.Styles.Ellipsis = com.Styles.Dim
	m.help.Width = com.Width
	m.spin.Style = com.Styles.Status
	var policies []store.Policy
	if com.Deps.Policies != nil {
		var err error
		if policies, err = com.Deps.Policies(); err != nil {
			m.err = fmt.Errorf("list the store: %w", err)
		}
	}
	m.stack = []Component{newLibraryView(com, policies)}
	return m
}

func (m *Model) top() Component { return m.stack[len(m.stack)-1] }

func (m *Model) push(c Component) tea.Cmd {
	c.SetSize(m.com.Width, m.bodyHeight())
	m.stack = append(m.stack, c)
	return c.Init()
}

func (m *Model) bodyHeight() int { return max(1, m.com.Height-1) }

func (m *Model) Init() tea.Cmd {
	if m.startA != "" && m.startB != "" {
		return m.startCompare(m.startA, m.startB)
	}
	return nil
}

// start runs fn off the UI loop with the spinner turning.
func (m *Model) start(what string, fn func(seq int) tea.Msg) tea.Cmd {
	m.seq++
	m.busy, m.err = what, nil
	seq := m.seq
	return tea.Batch(m.spin.Tick, func() tea.Msg { return fn(seq) })
}

func (m *Model) startCompare(a, b string) tea.Cmd {
	d := m.com.Deps
	return m.start(fmt.Sprintf("comparing %s with %s…", a, b), func(seq int) tea.Msg {
		da, err := d.Load(a)
		if err != nil {
			return errMsg{err}
		}
		db, err := d.Load(b)
		if err != nil {
			return errMsg{err}
		}
		if d.Compare == nil {
			return errMsg{fmt.Errorf("the comparison engine is not available in this build")}
		}
		return resultMsg{seq, d.Compare(da, db)}
	})
}

func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	k := m.com.Keys
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.com.Width, m.com.Height = msg.Width, msg.Height
		m.help.Width = msg.Width
		for _, c := range m.stack {
			c.SetSize(msg.Width, m.bodyHeight())
		}
		return m, nil
	case tea.KeyMsg:
		return m.key(msg, k)
	case errMsg:
		m.busy, m.err = "", msg.err
		return m, nil
	case compareMsg:
		return m, m.startCompare(msg.A, msg.B)
	case resultMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.busy = ""
		if msg.r.Mode == change.ModeLanguage {
			return m, m.push(newTranslateView(m.com, msg.r))
		}
		return m, m.push(newCompareView(m.com, msg.r))
	case clauseMsg:
		load := m.com.Deps.Load
		return m, m.start("opening "+msg.Ref+"…", func(seq int) tea.Msg {
			d, err := load(msg.Ref)
			if err != nil {
				return errMsg{err}
			}
			return docMsg{seq, d, msg.Clause}
		})
	case docMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.busy = ""
		d, st, target := msg.d, m.com.Styles, msg.clause
		title := VersionName(d.Meta)
		if target != "" {
			title += " · clause " + target
		}
		return m, m.push(newPager(m.com, title, func(w int) ([]string, int) { return RenderDocument(d, target, w, st) }))
	case noticeMsg:
		draft, r := m.com.Deps.Notice, msg.r
		if draft == nil {
			return m, errCmd(fmt.Errorf("notice drafting is not available in this build"))
		}
		return m, m.start("drafting the notice…", func(seq int) tea.Msg {
			lang := r.NoticeLang()
			if lang == "" {
				lang = doc.English
			}
			return draftMsg{seq, "Notice draft · " + VersionName(r.B), draft(r, lang)}
		})
	case draftMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.busy = ""
		return m, m.push(newPager(m.com, msg.title, noticeLines(msg.text)))
	case backMsg:
		m.pop()
		return m, nil
	case spinner.TickMsg:
		var cmds []tea.Cmd
		if m.busy != "" && msg.ID == m.spin.ID() {
			var cmd tea.Cmd
			m.spin, cmd = m.spin.Update(msg)
			cmds = append(cmds, cmd)
		}
		_, cmd := m.top().Update(msg)
		return m, tea.Batch(append(cmds, cmd)...)
	}
	_, cmd := m.top().Update(msg)
	return m, cmd
}

func (m *Model) pop() {
	if len(m.stack) > 1 {
		m.stack = m.stack[:len(m.stack)-1]
	}
}

func (m *Model) key(msg tea.KeyMsg, k keymap.KeyMap) (tea.Model, tea.Cmd) {
	if key.Matches(msg, k.ForceQuit) {
		return m, tea.Quit
	}
	if t, ok := m.top().(typer); ok && t.Typing() {
		_, cmd := m.top().Update(msg)
		return m, cmd
	}
	// Keys typed faster than the terminal is read arrive as one message
	// ("ns", or esc esc as alt+esc); as commands they are separate keys.
	if msg.Type == tea.KeyEsc && msg.Alt {
		esc := tea.KeyMsg{Type: tea.KeyEsc}
		_, c1 := m.key(esc, k)
		_, c2 := m.key(esc, k)
		return m, tea.Sequence(c1, c2)
	}
	if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
		var cmds []tea.Cmd
		for _, r := range msg.Runes {
			_, cmd := m.key(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}}, k)
			cmds = append(cmds, cmd)
		}
		return m, tea.Sequence(cmds...)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = !m.showHelp
		return m, nil
	case m.showHelp:
		m.showHelp = !key.Matches(msg, k.Back)
		return m, nil
	case key.Matches(msg, k.Back):
		if m.busy != "" { // cancel: the result will be ignored
			m.seq++
			m.busy = ""
			return m, nil
		}
		m.err = nil
		m.pop()
		return m, nil
	case key.Matches(msg, k.Search):
		if _, ok := m.top().(*searchView); !ok {
			return m, m.push(newSearchView(m.com))
		}
	}
	_, cmd := m.top().Update(msg)
	return m, cmd
}

func (m *Model) View() string {
	if m.com.Width <= 0 || m.com.Height <= 0 {
		return "policydiff"
	}
	st := m.com.Styles
	var body string
	if m.showHelp {
		body = st.Title.Render("Keys") + st.Dim.Render(" (? or esc closes)") + "\n\n" + m.help.FullHelpView(m.top().FullHelp())
	} else {
		body = m.top().View()
	}
	lines := strings.Split(body, "\n")
	h := m.bodyHeight()
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = clip(l, m.com.Width)
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	if m.com.Height < 2 { // no room for a footer
		return lines[0]
	}
	var foot string
	switch {
	case m.busy != "":
		foot = m.spin.View() + " " + m.busy + st.Dim.Render("  (esc cancels)")
	case m.err != nil:
		foot = st.Error.Render("error: " + m.err.Error())
	default:
		foot = m.help.ShortHelpView(m.top().ShortHelp())
	}
	return strings.Join(lines, "\n") + "\n" + clip(foot, m.com.Width)
}
