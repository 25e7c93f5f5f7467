// Package termwidth measures text in terminal columns. The text report, the
// side-by-side view, the clause tree and the library listing all measure
// through it, with the tables lipgloss measures the TUI with, so a line
// fits the same terminal whichever view printed it: an East Asian wide
// character takes two columns, a combining mark none, an emoji sequence is
// one grapheme.
package termwidth

import (
	"os"
	"strconv"

	"github.com/clipperhouse/displaywidth"
)

// options reads RUNEWIDTH_EASTASIAN as lipgloss does: a terminal set up to
// show ambiguous characters (“”, §, …) two columns wide says so there, and
// the reports and the TUI must agree with it and with each other. The
// locale does not decide it: most terminals in a Chinese locale still show
// them one column wide.
var options = displaywidth.Options{EastAsianWidth: eastAsian(os.Getenv("RUNEWIDTH_EASTASIAN"))}

func eastAsian(env string) bool {
	on, err := strconv.ParseBool(env)
	return err == nil && on
}

// SetEastAsian says whether ambiguous characters take two columns, as
// RUNEWIDTH_EASTASIAN does at start-up, and returns the previous setting:
// for tests, which cannot set the environment before the package reads it.
func SetEastAsian(on bool) (was bool) {
	was, options.EastAsianWidth = options.EastAsianWidth, on
	return was
}

// String is the number of columns s takes.
func String(s string) int { return options.String(s) }

// Rune is the number of columns r takes on its own.
func Rune(r rune) int { return options.Rune(r) }

// Truncate cuts s to at most width columns, tail included, ending it with
// tail when it was cut. It never cuts inside a grapheme.
func Truncate(s string, width int, tail string) string {
	return options.TruncateString(s, width, tail)
}

// Cut splits s after as many whole graphemes as fit in width columns, and
// after the first one at least when atLeastOne: a flag or an emoji with
// its variation selector is never cut in two.
func Cut(s string, width int, atLeastOne bool) (head, rest string) {
	g := options.StringGraphemes(s)
	w, end := 0, 0
	for g.Next() {
		gw := g.Width()
		if w+gw > width && (end > 0 || !atLeastOne) {
			return s[:end], s[end:]
		}
		w += gw
		end += len(g.Value())
	}
	return s, ""
}

// Each calls fn with each grapheme of s and the columns it takes.
func Each(s string, fn func(g string, width int)) {
	g := options.StringGraphemes(s)
	for g.Next() {
		fn(g.Value(), g.Width())
	}
}
