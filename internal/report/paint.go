package report

import (
	"bufio"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
)

// paint is how a lipgloss style colours a run of text, worked out once from
// what Render makes of probe strings. Render builds its escape sequences
// anew on every call, and for the underlined and struck-through styles of
// the diff it styles every rune on its own, through fmt: styling the runs of
// a report with it cost more than the rest of the report.
type paint struct {
	style                 *lipgloss.Style
	open, close           string // around the run, or around each rune but spaces when perRune
	spaceOpen, spaceClose string // around each space rune when perRune
	perRune               bool
	known                 bool // the probes fit one of the two shapes; otherwise Render does it all
}

// paintProbe has a word, a space and a wide character: enough for Render to
// show whether it wraps a run whole or rune by rune.
const paintProbe = "a b。"

func newPaint(st *lipgloss.Style) paint {
	p := paint{style: st}
	var okX, okSpace bool
	p.open, p.close, okX = strings.Cut(st.Render("x"), "x")
	p.spaceOpen, p.spaceClose, okSpace = strings.Cut(st.Render(" "), " ")
	if !okX || !okSpace {
		return p
	}
	switch st.Render(paintProbe) {
	case p.open + paintProbe + p.close:
		p.known = true
	case p.open + "a" + p.close + p.spaceOpen + " " + p.spaceClose + p.open + "b" + p.close + p.open + "。" + p.close:
		p.known, p.perRune = true, true
	}
	return p
}

// writeRun writes the texts of run, all of p's style, as p.style.Render
// would write them joined. Render rewrites tabs and line breaks, and ranges
// over the runes of invalid UTF-8 as U+FFFD: text with those takes the slow
// way.
func (p *paint) writeRun(w *bufio.Writer, run []seg) {
	if !p.known || !p.plainRun(run) {
		var b strings.Builder
		for _, s := range run {
			b.WriteString(s.text)
		}
		w.WriteString(p.style.Render(b.String()))
		return
	}
	if !p.perRune {
		w.WriteString(p.open)
		for _, s := range run {
			w.WriteString(s.text)
		}
		w.WriteString(p.close)
		return
	}
	for _, s := range run {
		for i := 0; i < len(s.text); {
			r, n := utf8.DecodeRuneInString(s.text[i:])
			open, close := p.open, p.close
			if unicode.IsSpace(r) {
				open, close = p.spaceOpen, p.spaceClose
			}
			w.WriteString(open)
			w.WriteString(s.text[i : i+n])
			w.WriteString(close)
			i += n
		}
	}
}

// plainRun reports whether Render would take the texts of run as they are.
func (p *paint) plainRun(run []seg) bool {
	for _, s := range run {
		if strings.ContainsAny(s.text, "\t\r\n") || p.perRune && !utf8.ValidString(s.text) {
			return false
		}
	}
	return true
}
