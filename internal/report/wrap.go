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

// atom is one unbreakable piece of a line (a word, a Chinese character, a
// space run, a mark) with what wrapping asks of it worked out once. It
// points into the segs rather than holding a seg: no pointers, so a clause's
// atoms are one small allocation the collector never scans.
type atom struct {
	seg        int32 // index into the segs wrapped
	start, end int32 // the atom's bytes in that seg's text
	width      int32
	class      uint8
}

const (
	atomBlank      uint8 = 1 << iota // only white space
	atomNewline                      // a line break
	atomCloseFirst                   // starts with closing punctuation: no break before it
	atomOpenLast                     // ends with opening punctuation: no break after it
	atomWideFirst                    // starts with a Chinese character or full-width form
	atomWideLast                     // ends with one
	atomGlueNext                     // an edit marker that sticks to what follows
	atomGluePrev                     // an edit marker that sticks to what precedes
)

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
		if atoms[i].class&atomNewline != 0 {
			flush()
			i++
			continue
		}
		j, uw := i+1, int(atoms[i].width)
		for j < len(atoms) && atoms[j].class&atomNewline == 0 && !breakable(atoms[j-1].class, atoms[j].class) {
			uw += int(atoms[j].width)
			j++
		}
		unit := atoms[i:j]
		blank := len(unit) == 1 && unit[0].class&atomBlank != 0
		switch {
		case blank && w == 0:
		case blank && w+uw > width:
			flush() // the space that would overflow becomes the line break
		case w > 0 && w+uw > width:
			flush()
			fallthrough
		default:
			if !blank || w > 0 {
				for _, u := range unit {
					a, aw := segs[u.seg], int(u.width)
					a.text = a.text[u.start:u.end]
					for w+aw > width {
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
						aw = textWidth(rest)
					}
					buf = append(buf, a)
					w += aw
				}
			}
		}
		i = j
	}
	flush()
	return lines
}

// atomize splits segs into words, single Chinese characters, spaces and
// punctuation marks; line breaks become atoms of their own.
func atomize(segs []seg) []atom {
	n := 0
	for _, s := range segs {
		n += len(s.text)
	}
	out := make([]atom, 0, n/2+len(segs)) // an English word and the space after it are two atoms of about six bytes
	for k, s := range segs {
		if s.glueNext || s.gluePrev {
			a := newAtom(k, 0, s.text)
			if s.glueNext {
				a.class |= atomGlueNext
			}
			if s.gluePrev {
				a.class |= atomGluePrev
			}
			out = append(out, a)
			continue
		}
		off := 0
		for _, tok := range textdiff.Tokens(s.text) {
			if isBlank(tok) && strings.Contains(tok, "\n") {
				for range strings.Count(tok, "\n") {
					out = append(out, atom{seg: int32(k), width: 1, class: atomNewline})
				}
			} else {
				out = append(out, newAtom(k, off, tok))
			}
			off += len(tok)
		}
	}
	return out
}

func newAtom(seg, off int, text string) atom {
	a := atom{seg: int32(seg), start: int32(off), end: int32(off + len(text)), width: int32(textWidth(text))}
	if isBlank(text) {
		a.class |= atomBlank
	}
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	if strings.ContainsRune(closing, first) {
		a.class |= atomCloseFirst
	}
	if strings.ContainsRune(opening, last) {
		a.class |= atomOpenLast
	}
	if first >= utf8.RuneSelf && wide(first) {
		a.class |= atomWideFirst
	}
	if last >= utf8.RuneSelf && wide(last) {
		a.class |= atomWideLast
	}
	return a
}

// breakable reports whether a line may break between atoms of classes x and y.
func breakable(x, y uint8) bool {
	if x&(atomGlueNext|atomOpenLast) != 0 || y&(atomGluePrev|atomCloseFirst) != 0 {
		return false
	}
	return (x|y)&atomBlank != 0 || x&atomWideLast != 0 || y&atomWideFirst != 0
}

const (
	closing = "，。、；：！？）」』”’》〉】,.;:!?)]}%"
	opening = "（「『“‘《〈【([{"
)

func wide(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// isBlank reports whether s is only white space, ASCII looked at directly.
func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.TrimSpace(s[i:]) == ""
		case c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f':
			return false
		}
	}
	return true
}

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
