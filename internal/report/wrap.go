package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/policydiff/policydiff/internal/textdiff"
)

// seg is a run of text in one style. A marker seg ("[-", "+}") sticks to the
// text it opens or closes, so a line never breaks inside a marked edit's edge.
type seg struct {
	text     string
	style    *lipgloss.Style // nil for unstyled text
	glueNext bool
	gluePrev bool
}

func plain(s string) seg                      { return seg{text: s} }
func styled(st *lipgloss.Style, s string) seg { return seg{text: s, style: st} }

// wrapSegs fills lines of at most width display columns (East Asian
// characters count two). Lines break at spaces and next to Chinese
// characters, never before closing or after opening punctuation.
func wrapSegs(segs []seg, width int) [][]seg {
	atoms := atomize(segs)
	// Every line is a window of one buffer, capped so that appending to a
	// later line never writes into an earlier one: one allocation for all
	// the lines of a clause instead of one per line.
	buf := make([]seg, 0, len(atoms)+4)
	lines := make([][]seg, 0, len(atoms)/12+1)
	start, w := 0, 0
	flush := func() {
		end := len(buf)
		for end > start && isBlank(buf[end-1].text) {
			end--
		}
		lines = append(lines, buf[start:end:end])
		buf = buf[:end]
		start, w = end, 0
	}
	for i := 0; i < len(atoms); {
		if atoms[i].text == "\n" {
			flush()
			i++
			continue
		}
		j := i + 1
		for j < len(atoms) && atoms[j].text != "\n" && !breakable(atoms[j-1], atoms[j]) {
			j++
		}
		unit := atoms[i:j]
		uw := 0
		for _, a := range unit {
			uw += textWidth(a.text)
		}
		blank := len(unit) == 1 && isBlank(unit[0].text)
		switch {
		case blank && w == 0:
		case blank && w+uw > width:
			flush() // the space that would overflow becomes the line break
		case w > 0 && w+uw > width:
			flush()
			fallthrough
		default:
			if !blank || w > 0 {
				for _, a := range unit {
					for w+textWidth(a.text) > width {
						if w > 0 {
							flush() // a unit wider than a whole line
							continue
						}
						// One word wider than the line (a URL): cut it.
						head, rest := cutWidth(a.text, width)
						part := a
						part.text = head
						buf = append(buf, part)
						flush()
						a.text = rest
					}
					buf = append(buf, a)
					w += textWidth(a.text)
				}
			}
		}
		i = j
	}
	flush()
	return lines
}

// atomize splits segs into words, single Chinese characters, spaces and
// punctuation marks, each keeping its style; line breaks become atoms "\n".
func atomize(segs []seg) []seg {
	n := 0
	for _, s := range segs {
		n += len(s.text)
	}
	out := make([]seg, 0, n/3+len(segs)) // English words average about five bytes with their space
	for _, s := range segs {
		if s.glueNext || s.gluePrev {
			out = append(out, s)
			continue
		}
		for _, tok := range textdiff.Tokens(s.text) {
			if isBlank(tok) && strings.Contains(tok, "\n") {
				for range strings.Count(tok, "\n") {
					out = append(out, seg{text: "\n"})
				}
				continue
			}
			a := s
			a.text = tok
			out = append(out, a)
		}
	}
	return out
}

func breakable(x, y seg) bool {
	if x.glueNext || y.gluePrev {
		return false
	}
	rx, _ := utf8.DecodeLastRuneInString(x.text)
	ry, _ := utf8.DecodeRuneInString(y.text)
	if strings.ContainsRune(closing, ry) || strings.ContainsRune(opening, rx) {
		return false
	}
	return isBlank(x.text) || isBlank(y.text) || wide(rx) || wide(ry)
}

const (
	closing = "，。、；：！？）」』”’》〉】,.;:!?)]}%"
	opening = "（「『“‘《〈【([{"
)

func wide(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// renderLine writes one wrapped line, styling runs of one style together.
func renderLine(line []seg, color bool) string {
	var b strings.Builder
	for i := 0; i < len(line); {
		j := i + 1
		for j < len(line) && line[j].style == line[i].style {
			j++
		}
		var run strings.Builder
		for _, a := range line[i:j] {
			run.WriteString(a.text)
		}
		if color && line[i].style != nil {
			b.WriteString(line[i].style.Render(run.String()))
		} else {
			b.WriteString(run.String())
		}
		i = j
	}
	return b.String()
}

// textWidth is ansi.StringWidth with a fast path for printable ASCII, which
// is one column a byte: most atoms of an English policy are plain words.
func textWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}

// cutWidth splits s after as many runes as fit in width columns (at least one).
func cutWidth(s string, width int) (string, string) {
	w := 0
	for i, r := range s {
		rw := ansi.StringWidth(string(r))
		if w+rw > width && i > 0 {
			return s[:i], s[i:]
		}
		w += rw
	}
	return s, ""
}
