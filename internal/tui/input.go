package tui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// lineInput is a one-line text field. bubbles/textinput would do, but it
// pulls in a clipboard module the project does not vendor, and a query box
// needs only typing, moving and deleting.
type lineInput struct {
	Prompt, Placeholder string
	Width               int
	value               []rune
	pos                 int
	focused             bool
}

func (in *lineInput) Value() string     { return string(in.value) }
func (in *lineInput) SetValue(s string) { in.value = []rune(s); in.pos = len(in.value) }
func (in *lineInput) Focus()            { in.focused = true }
func (in *lineInput) Blur()             { in.focused = false }

func (in *lineInput) Update(msg tea.KeyMsg) {
	switch msg.Type {
	case tea.KeyRunes, tea.KeySpace:
		r := msg.Runes
		if msg.Type == tea.KeySpace {
			r = []rune{' '}
		}
		in.value = append(in.value[:in.pos], append(append([]rune{}, r...), in.value[in.pos:]...)...)
		in.pos += len(r)
	case tea.KeyBackspace:
		if in.pos > 0 {
			in.value = append(in.value[:in.pos-1], in.value[in.pos:]...)
			in.pos--
		}
	case tea.KeyDelete:
		if in.pos < len(in.value) {
			in.value = append(in.value[:in.pos], in.value[in.pos+1:]...)
		}
	case tea.KeyLeft:
		in.pos = max(0, in.pos-1)
	case tea.KeyRight:
		in.pos = min(len(in.value), in.pos+1)
	case tea.KeyHome, tea.KeyCtrlA:
		in.pos = 0
	case tea.KeyEnd, tea.KeyCtrlE:
		in.pos = len(in.value)
	case tea.KeyCtrlU:
		in.value, in.pos = in.value[in.pos:], 0
	case tea.KeyCtrlW:
		i := in.pos
		for i > 0 && in.value[i-1] == ' ' {
			i--
		}
		for i > 0 && in.value[i-1] != ' ' {
			i--
		}
		in.value, in.pos = append(in.value[:i], in.value[in.pos:]...), i
	}
}

// View draws the prompt and the text, keeping the cursor in view when the
// text is wider than the field.
func (in *lineInput) View(st *Styles) string {
	if len(in.value) == 0 && !in.focused {
		return in.Prompt + st.Dim.Render(in.Placeholder)
	}
	if len(in.value) == 0 {
		return in.Prompt + st.Selected.Render(" ") + st.Dim.Render(in.Placeholder)
	}
	before, after := string(in.value[:in.pos]), string(in.value[in.pos:])
	if w := in.Width - 1; w > 0 && ansi.StringWidth(before) > w {
		before = ansi.TruncateLeft(before, ansi.StringWidth(before)-w, "")
	}
	cur := " "
	if in.pos < len(in.value) {
		cur, after = string(in.value[in.pos]), string(in.value[in.pos+1:])
	}
	if !in.focused {
		return in.Prompt + before + cur + after
	}
	return in.Prompt + before + st.Selected.Render(cur) + after
}
