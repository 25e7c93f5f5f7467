package report

import (
	"io"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Styles holds every terminal style of the text report, built once per
// render from one renderer.
type Styles struct {
	Title, Heading, Dim, Ref  lipgloss.Style
	Delete, Insert            lipgloss.Style
	Added, Removed, Modified  lipgloss.Style
	Moved, Cosmetic, Material lipgloss.Style
	Verdict, Warn             lipgloss.Style
}

// DefaultStyles builds the styles on a renderer writing ANSI colour, so that
// output is coloured whatever the writer is; callers decide whether to
// colour at all (TextOptions.Color).
func DefaultStyles(r *lipgloss.Renderer) Styles {
	red, green, yellow := lipgloss.Color("1"), lipgloss.Color("2"), lipgloss.Color("3")
	blue, magenta, grey := lipgloss.Color("4"), lipgloss.Color("5"), lipgloss.Color("8")
	s := r.NewStyle
	return Styles{
		Title:    s().Bold(true),
		Heading:  s().Bold(true),
		Dim:      s().Foreground(grey),
		Ref:      s().Bold(true).Foreground(blue),
		Delete:   s().Foreground(red).Strikethrough(true),
		Insert:   s().Foreground(green).Underline(true),
		Added:    s().Bold(true).Foreground(green),
		Removed:  s().Bold(true).Foreground(red),
		Modified: s().Bold(true).Foreground(yellow),
		Moved:    s().Bold(true).Foreground(magenta),
		Cosmetic: s().Foreground(grey),
		Material: s().Bold(true).Foreground(red),
		Verdict:  s().Bold(true).Reverse(true).Foreground(red),
		Warn:     s().Foreground(yellow),
	}
}

func newRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI)
	return r
}
