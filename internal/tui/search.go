package tui

import (
	"fmt"
	"html"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
)

type (
	indexReadyMsg struct{ err error }
	hitsMsg       struct {
		seq  int
		hits []Hit
		err  error
	}
)

// searchView runs clause searches over every stored version and opens a hit
// at its clause.
type searchView struct {
	com           *Common
	input         lineInput
	spin          spinner.Model
	typing        bool
	busy          string // what the spinner is waiting for; "" when idle
	err           error
	query         string
	hits          []Hit
	seq           int
	cursor, top   int
	width, height int
}

func newSearchView(com *Common) *searchView {
	in := lineInput{Prompt: "search: ", Placeholder: "words or 中文, e.g. cookies or 个人信息"}
	in.Focus()
	v := &searchView{com: com, input: in, typing: true, spin: spinner.New(spinner.WithSpinner(spinner.Line), spinner.WithStyle(com.Styles.Status))}
	if com.Deps.EnsureIndex != nil {
		v.busy = "building the search index…"
	}
	v.SetSize(com.Width, com.Height-1)
	return v
}

func (v *searchView) Init() tea.Cmd {
	var cmds []tea.Cmd
	if v.com.Deps.EnsureIndex != nil {
		ensure, ctx := v.com.Deps.EnsureIndex, v.com.Ctx
		cmds = append(cmds, v.spin.Tick, func() tea.Msg { return indexReadyMsg{ensure(ctx)} })
	}
	return tea.Batch(cmds...)
}

func (v *searchView) SetSize(w, h int) {
	v.width, v.height = w, h
	v.input.Width = max(10, w-lenCells(v.input.Prompt)-1)
}

// Typing reports that keys go to the text input, so the root must not take
// q or ? as commands.
func (v *searchView) Typing() bool { return v.typing }

func (v *searchView) ShortHelp() []key.Binding {
	k := v.com.Keys
	if v.typing {
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "search")), k.FocusNext, k.Back, k.ForceQuit}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.Search, k.Back, k.Help, k.Quit}
}

func (v *searchView) FullHelp() [][]key.Binding {
	k := v.com.Keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {k.Open, k.Search, k.FocusNext, k.Back, k.Quit, k.ForceQuit}}
}

func (v *searchView) run() tea.Cmd {
	q := strings.TrimSpace(v.input.Value())
	if q == "" || v.com.Deps.Search == nil {
		if v.com.Deps.Search == nil {
			v.err = fmt.Errorf("search is not available in this build")
		}
		return nil
	}
	v.seq++
	v.query, v.busy, v.err = q, "searching…", nil
	seq, search, ctx := v.seq, v.com.Deps.Search, v.com.Ctx
	return tea.Batch(v.spin.Tick, func() tea.Msg {
		hits, err := search(ctx, q)
		return hitsMsg{seq, hits, err}
	})
}

func (v *searchView) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	k := v.com.Keys
	switch msg := msg.(type) {
	case indexReadyMsg:
		v.busy, v.err = "", msg.err
		if msg.err == nil && v.input.Value() != "" {
			return v, v.run()
		}
		return v, nil
	case hitsMsg:
		if msg.seq != v.seq {
			return v, nil // a newer search is on its way
		}
		v.busy, v.err, v.hits, v.cursor, v.top = "", msg.err, msg.hits, 0, 0
		if len(v.hits) > 0 {
			v.typing = false
			v.input.Blur()
		}
		return v, nil
	case spinner.TickMsg:
		if v.busy == "" {
			return v, nil
		}
		var cmd tea.Cmd
		v.spin, cmd = v.spin.Update(msg)
		return v, cmd
	case tea.KeyMsg:
		if v.typing {
			switch {
			case msg.Type == tea.KeyEnter:
				if v.busy != "" { // the index is still building: search when ready
					v.query = v.input.Value()
					return v, nil
				}
				return v, v.run()
			case key.Matches(msg, k.Back):
				if len(v.hits) == 0 {
					return v, send(backMsg{})
				}
				v.typing = false
				v.input.Blur()
				return v, nil
			case key.Matches(msg, k.FocusNext):
				v.typing = len(v.hits) == 0
				if !v.typing {
					v.input.Blur()
				}
				return v, nil
			}
			v.input.Update(msg)
			return v, nil
		}
		switch {
		case key.Matches(msg, k.Search), key.Matches(msg, k.FocusNext):
			v.typing = true
			v.input.Focus()
			return v, nil
		case key.Matches(msg, k.Down):
			v.move(1)
		case key.Matches(msg, k.Up):
			v.move(-1)
		case key.Matches(msg, k.PageDown):
			v.move(v.perPage())
		case key.Matches(msg, k.PageUp):
			v.move(-v.perPage())
		case key.Matches(msg, k.Open):
			if v.cursor < len(v.hits) {
				h := v.hits[v.cursor]
				return v, send(clauseMsg{Ref: h.Ref(), Clause: h.Clause})
			}
		case key.Matches(msg, k.Back):
			return v, send(backMsg{})
		}
	case tea.MouseMsg:
		if d := wheelStep(msg, 1); d != 0 {
			v.move(d)
		}
	}
	return v, nil
}

const hitLines = 3 // title line and two lines of fragment

func (v *searchView) perPage() int { return max(1, (v.height-3)/hitLines) }

func (v *searchView) move(d int) {
	v.cursor = max(0, min(v.cursor+d, len(v.hits)-1))
	if v.cursor < v.top {
		v.top = v.cursor
	}
	if v.cursor >= v.top+v.perPage() {
		v.top = v.cursor - v.perPage() + 1
	}
}

func (v *searchView) View() string {
	st := v.com.Styles
	lines := []string{fit(v.input.View(st), v.width)}
	status := ""
	switch {
	case v.busy != "":
		status = v.spin.View() + " " + v.busy
	case v.err != nil:
		status = st.Error.Render("error: " + v.err.Error())
	case v.query != "":
		status = st.Dim.Render(fmt.Sprintf("%d hits for %q, best first · enter opens one", len(v.hits), v.query))
	default:
		status = st.Dim.Render("type a query and press enter")
	}
	lines = append(lines, fit(status, v.width), "")
	for i := v.top; i < len(v.hits) && i < v.top+v.perPage(); i++ {
		lines = append(lines, RenderHit(v.hits[i], v.width, i == v.cursor && !v.typing, st)...)
	}
	return strings.Join(lines, "\n")
}

// RenderHit draws one hit in hitLines lines: where it is, then the matching
// fragment with the matched words highlighted.
func RenderHit(h Hit, width int, selected bool, st *Styles) []string {
	head := fmt.Sprintf("  %s  %s  %s", h.Ref(), h.Clause, h.Heading)
	if selected {
		head = ">" + head[1:]
		head = st.Selected.Render(fit(head, width))
	} else {
		head = fit(st.ClauseID.Render(head), width)
	}
	frag := h.Text
	if len(h.Fragments) > 0 {
		frag = strings.Join(h.Fragments, " … ")
	}
	frag = strings.Join(strings.Fields(frag), " ")
	body := wrapSegs(FragmentSegs(frag, st), width-2)
	out := []string{head}
	for i := 0; i < hitLines-1; i++ {
		l := ""
		if i < len(body) {
			l = "  " + renderSegs(body[i])
		}
		out = append(out, fit(l, width))
	}
	return out
}

// FragmentSegs turns a highlighted search fragment into styled segments.
// The index marks matches with « and » (search.MarkStart/MarkEnd); <mark>
// is accepted too.
func FragmentSegs(s string, st *Styles) []Seg {
	var out []Seg
	for s != "" {
		i, open, close := markAt(s)
		if i < 0 {
			out = append(out, Seg{html.UnescapeString(s), nil})
			break
		}
		if i > 0 {
			out = append(out, Seg{html.UnescapeString(s[:i]), nil})
		}
		s = s[i+len(open):]
		j := strings.Index(s, close)
		if j < 0 {
			j = len(s)
		}
		out = append(out, Seg{plainMark(st, "[", html.UnescapeString(s[:j]), "]"), &st.Fragment})
		s = strings.TrimPrefix(s[j:], close)
	}
	return out
}

func markAt(s string) (int, string, string) {
	i, j := strings.Index(s, "«"), strings.Index(s, "<mark>")
	switch {
	case i >= 0 && (j < 0 || i < j):
		return i, "«", "»"
	case j >= 0:
		return j, "<mark>", "</mark>"
	}
	return -1, "", ""
}

func lenCells(s string) int { return len([]rune(s)) }
