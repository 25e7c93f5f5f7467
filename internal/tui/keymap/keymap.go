// Package keymap is the one set of key bindings every screen of the terminal
// UI matches against, so a key means the same thing everywhere and the help
// shown on '?' is always true.
package keymap

import "github.com/charmbracelet/bubbles/key"

// KeyMap holds every binding of the UI. Screens pick the ones they honour for
// their help; none rebinds them at run time.
type KeyMap struct {
	Up, Down         key.Binding
	PageUp, PageDown key.Binding
	Top, Bottom      key.Binding
	Mark             key.Binding // pick a version as A, then B
	Open             key.Binding
	Back             key.Binding
	Quit             key.Binding
	ForceQuit        key.Binding // works even while typing
	Help             key.Binding
	Search           key.Binding
	NextChange       key.Binding
	PrevChange       key.Binding
	NextMaterial     key.Binding
	ToggleCosmetic   key.Binding
	ToggleLayout     key.Binding
	Notice           key.Binding
	FocusNext        key.Binding // move focus between input and results
}

// DefaultKeyMap returns the bindings documented in the README.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, k, help string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, help))
	}
	return KeyMap{
		Up:             b([]string{"up", "k"}, "↑/k", "up"),
		Down:           b([]string{"down", "j"}, "↓/j", "down"),
		PageUp:         b([]string{"pgup", "b", "ctrl+u"}, "pgup/b", "page up"),
		PageDown:       b([]string{"pgdown", "f", "ctrl+d"}, "pgdn/f", "page down"),
		Top:            b([]string{"home", "g"}, "g/home", "top"),
		Bottom:         b([]string{"end", "G"}, "G/end", "bottom"),
		Mark:           b([]string{" "}, "space", "mark A, then B"),
		Open:           b([]string{"enter"}, "enter", "open"),
		Back:           b([]string{"esc"}, "esc", "back"),
		Quit:           b([]string{"q", "ctrl+c"}, "q", "quit"),
		ForceQuit:      b([]string{"ctrl+c"}, "ctrl+c", "quit"),
		Help:           b([]string{"?"}, "?", "help"),
		Search:         b([]string{"/"}, "/", "search"),
		NextChange:     b([]string{"n"}, "n", "next change"),
		PrevChange:     b([]string{"p", "N"}, "p/N", "previous change"),
		NextMaterial:   b([]string{"m"}, "m", "next material"),
		ToggleCosmetic: b([]string{"c"}, "c", "show/hide cosmetic"),
		ToggleLayout:   b([]string{"s"}, "s", "side-by-side/inline"),
		Notice:         b([]string{"d"}, "d", "notice draft"),
		FocusNext:      b([]string{"tab"}, "tab", "switch focus"),
	}
}
