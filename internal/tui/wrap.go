package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// Seg is a run of text drawn in one style; a nil style draws it as is.
type Seg struct {
	Text  string
	Style *lipgloss.Style
}

// token is the unit of line breaking: a Latin word, a run of spaces, or a
// single wide (CJK) character, which may break anywhere.
type token struct {
	text  string
	width int
	space bool
	style *lipgloss.Style
}

// wrapSegs breaks styled text into lines no wider than width display cells,
// measured as East Asian widths the way the terminal draws them. Latin text
// breaks at spaces; Chinese between any two characters; a word longer than a
// line is split. "\n" forces a break.
func wrapSegs(segs []Seg, width int) [][]Seg {
	if width < 1 {
		width = 1
	}
	var (
		lines [][]Seg
		line  []token
		used  int
		// wrapped: the last line ended at an overflowing space and nothing
		// has been put since, so a "\n" right here must not end another,
		// empty, line.
		wrapped bool
	)
	flush := func() {
		lines = append(lines, joinTokens(line))
		line, used = nil, 0
	}
	put := func(t token) {
		line = append(line, t)
		used += t.width
		wrapped = false
	}
	for _, s := range segs {
		for i, para := range strings.Split(s.Text, "\n") {
			if i > 0 && !wrapped {
				flush()
			}
			wrapped = false
			for _, t := range tokenize(para, s.Style) {
				switch {
				case t.space && used == 0:
					continue // no leading blanks on a wrapped line
				case used+t.width <= width:
					put(t)
					continue
				case t.space:
					flush()
					wrapped = true
					continue
				}
				// Chinese punctuation such as ， or 。 must not open a
				// line: take the character before it along.
				var carry []token
				if n := len(line); n > 1 && noLineStart(t.text) && line[n-1].width > 1 {
					carry = line[n-1:]
					line, used = line[:n-1], used-line[n-1].width
				}
				if used > 0 {
					flush()
				}
				for _, c := range carry {
					put(c)
				}
				for used+t.width > width && t.width > 1 && used == 0 { // a word wider than the line
					head, hw := cutWidth(t.text, width)
					put(token{text: head, width: hw, style: t.style})
					flush()
					t.text, t.width = t.text[len(head):], t.width-hw
				}
				if t.text == "" {
					continue
				}
				if used+t.width > width {
					flush()
				}
				put(t)
			}
		}
	}
	if len(line) > 0 || len(lines) == 0 {
		lines = append(lines, joinTokens(line))
	}
	return lines
}

// joinTokens merges neighbouring tokens of one style into segments, so a
// line is drawn with as few style changes as possible.
func joinTokens(ts []token) []Seg {
	var out []Seg
	for _, t := range ts {
		if n := len(out); n > 0 && out[n-1].Style == t.style {
			out[n-1].Text += t.text
		} else {
			out = append(out, Seg{t.text, t.style})
		}
	}
	return out
}

// noLineStart reports the closing punctuation that Chinese typesetting
// keeps off the start of a line.
func noLineStart(s string) bool {
	return strings.Contains("，。、；：？！）》」』】〕”’％", s) && s != ""
}

func tokenize(s string, st *lipgloss.Style) []token {
	var out []token
	cur := token{style: st}
	emit := func() {
		if cur.text != "" {
			out = append(out, cur)
		}
		cur = token{style: st}
	}
	for len(s) > 0 {
		g, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		s = s[len(g):]
		r, _ := utf8.DecodeRuneInString(g)
		if r == '\t' {
			g, w, r = " ", 1, ' '
		}
		space := unicode.IsSpace(r)
		wide := w > 1 || isWideBreak(r)
		switch {
		case wide:
			emit()
			out = append(out, token{text: g, width: w, style: st})
			continue
		case cur.text != "" && cur.space != space:
			emit()
		}
		cur.text += g
		cur.width += w
		cur.space = space
	}
	emit()
	return out
}

// isWideBreak reports characters after which a line may break even though
// they are narrow, e.g. CJK punctuation in half-width forms.
func isWideBreak(r rune) bool { return r >= 0x3000 && r <= 0x303F }

// cutWidth returns the longest prefix of s at most w cells wide (at least one
// grapheme, so progress is guaranteed).
func cutWidth(s string, w int) (string, int) {
	used, n := 0, 0
	for n < len(s) {
		g, gw := ansi.FirstGraphemeCluster(s[n:], ansi.GraphemeWidth)
		if used+gw > w && n > 0 {
			break
		}
		used += gw
		n += len(g)
	}
	return s[:n], used
}

// renderSegs draws one wrapped line.
func renderSegs(line []Seg) string {
	var b strings.Builder
	for _, s := range line {
		if s.Style == nil {
			b.WriteString(s.Text)
		} else {
			b.WriteString(s.Style.Render(s.Text))
		}
	}
	return b.String()
}

// wrapText wraps plain text in one style and renders it.
func wrapText(text string, st *lipgloss.Style, width int) []string {
	ls := wrapSegs([]Seg{{text, st}}, width)
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = renderSegs(l)
	}
	return out
}

// fit pads or truncates a rendered line to exactly w cells, so columns line
// up and nothing ever spills past the terminal's edge.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := lipgloss.Width(s)
	if sw > w {
		s = ansi.Truncate(s, w, "…")
		sw = lipgloss.Width(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// clip truncates a rendered line to at most w cells without padding.
func clip(s string, w int) string {
	if lipgloss.Width(s) > w {
		return ansi.Truncate(s, w, "…")
	}
	return s
}
