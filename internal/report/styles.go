package report

import "bufio"

// Style is how a run of the text report shows in a terminal: the SGR escape
// that opens it. Every run ends with a reset, so a run never leaks its style
// into the next, whichever line the wrap put it on.
type Style struct{ open string }

const reset = "\x1b[0m"

func sgr(params string) Style { return Style{open: "\x1b[" + params + "m"} }

// styles holds every terminal style of the text report. They are the
// terminal's own sixteen colours, which every colour terminal shows in its
// user's palette, so no colour profile is needed; the CLI asks for colour
// only when standard output is a terminal and NO_COLOR is unset.
type styles struct {
	Title, Heading, Dim, Ref  Style
	Delete, Insert            Style
	Added, Removed, Modified  Style
	Moved, Cosmetic, Material Style
	Verdict, Warn             Style
}

var colourStyles = styles{
	Title:    sgr("1"),
	Heading:  sgr("1"),
	Dim:      sgr("90"),
	Ref:      sgr("1;34"),
	Delete:   sgr("31;9"), // red, struck through
	Insert:   sgr("32;4"), // green, underlined
	Added:    sgr("1;32"),
	Removed:  sgr("1;31"),
	Modified: sgr("1;33"),
	Moved:    sgr("1;35"),
	Cosmetic: sgr("90"),
	Material: sgr("1;31"),
	Verdict:  sgr("1;7;31"), // bold, reversed red
	Warn:     sgr("33"),
}

// writeRun writes the texts of run, all of st's style, as one styled run:
// a run's spaces take its underline or strike-through too, so an inserted
// phrase reads as one.
func (st *Style) writeRun(w *bufio.Writer, run []seg) {
	w.WriteString(st.open)
	for _, s := range run {
		w.WriteString(s.text)
	}
	w.WriteString(reset)
}
