package tui

import (
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Styles is every style the UI draws with, built once per renderer so View
// never allocates styles and NO_COLOR is decided in one place.
type Styles struct {
	// Plain is set when the renderer has no colours (NO_COLOR, dumb
	// terminals, golden tests): word changes are then shown as [-…-] and
	// {+…+} so they stay visible without colour.
	Plain bool

	Title, Subtle, Dim, Heading, ClauseID, Selected, Cursor lipgloss.Style
	Insert, Delete, Equal                                   lipgloss.Style
	Added, Removed, Modified, Moved, Cosmetic, Material     lipgloss.Style
	BannerMaterial, BannerConsent, BannerOK, BannerNone     lipgloss.Style
	PanelTitle, Evidence, Rule, Finding, Error, Status      lipgloss.Style
	Divider, Mark, Fragment                                 lipgloss.Style
}

// DefaultStyles builds the styles for a renderer. A renderer with the ASCII
// profile yields plain styles.
func DefaultStyles(r *lipgloss.Renderer) *Styles {
	ns := r.NewStyle
	ac := func(light, dark string) lipgloss.AdaptiveColor {
		return lipgloss.AdaptiveColor{Light: light, Dark: dark}
	}
	red, green, yellow, blue, magenta, grey := ac("124", "203"), ac("28", "114"), ac("130", "221"), ac("25", "75"), ac("90", "213"), ac("244", "245")
	s := &Styles{Plain: r.ColorProfile() == termenv.Ascii}
	s.Title = ns().Bold(true)
	s.Subtle = ns().Foreground(grey)
	s.Dim = ns().Foreground(grey)
	s.Heading = ns().Bold(true)
	s.ClauseID = ns().Foreground(blue)
	s.Selected = ns().Reverse(true)
	s.Cursor = ns().Foreground(magenta).Bold(true)
	s.Insert = ns().Foreground(green).Underline(true)
	s.Delete = ns().Foreground(red).Strikethrough(true)
	s.Equal = ns()
	s.Added = ns().Foreground(green).Bold(true)
	s.Removed = ns().Foreground(red).Bold(true)
	s.Modified = ns().Foreground(yellow).Bold(true)
	s.Moved = ns().Foreground(blue).Bold(true)
	s.Cosmetic = ns().Foreground(grey)
	s.Material = ns().Foreground(red).Bold(true)
	s.BannerMaterial = ns().Bold(true).Foreground(lipgloss.Color("231")).Background(lipgloss.Color("124"))
	s.BannerConsent = ns().Bold(true).Foreground(lipgloss.Color("16")).Background(lipgloss.Color("214"))
	s.BannerOK = ns().Bold(true).Foreground(lipgloss.Color("16")).Background(lipgloss.Color("114"))
	s.BannerNone = ns().Foreground(grey)
	s.PanelTitle = ns().Bold(true).Foreground(magenta)
	s.Evidence = ns().Italic(true)
	s.Rule = ns().Foreground(blue)
	s.Finding = ns().Foreground(yellow).Bold(true)
	s.Error = ns().Foreground(red).Bold(true)
	s.Status = ns().Foreground(grey)
	s.Divider = ns().Foreground(grey)
	s.Mark = ns().Foreground(magenta).Bold(true)
	s.Fragment = ns().Foreground(yellow).Bold(true)
	return s
}
