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
	class      uint16
}

const (
	atomBlank      uint16 = 1 << iota // only white space
	atomNewline                       // a line break
	atomCloseFirst                    // starts with closing punctuation: no break before it
	atomOpenLast                      // ends with opening punctuation: no break after it
	atomWideFirst                     // starts with a Chinese character or full-width form
	atomWideLast                      // ends with one
	atomGlueNext                      // an edit marker that sticks to what follows
	atomGluePrev                      // an edit marker that sticks to what precedes
	atomTokens                        // printable ASCII that may hold several tokens
)

// wrapper fills lines of at most a width of display columns (East Asian
// characters count two). Lines break at spaces and next to Chinese
// characters, never before closing or after opening punctuation. Its buffers
// serve one wrap after another, so a report's wrapping allocates a few times
// in all instead of a few times a clause.
type wrapper struct {
	atoms   []atom
	pending []atom // the tokens of a word wider than the line
	line    []seg
}

// wrap fills the lines of segs and hands each to emit, which may not keep
// it: the next line reuses its memory.
func (wr *wrapper) wrap(segs []seg, width int, emit func(line []seg)) {
	atoms := wr.atomize(segs)
	// The line starts small and grows by append: its size must not follow
	// the width, which comes from $COLUMNS and may be any number.
	buf, w := wr.line[:0], 0
	flush := func() {
		end := len(buf)
		for end > 0 && isBlank(buf[end-1].text) {
			end--
		}
		emit(buf[:end])
		buf, w = buf[:0], 0
	}
	// place puts an atom on the line, on the next ones if it does not fit.
	place := func(u atom) {
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
				// Only a unit wider than what is left of the line breaks
				// inside, between the tokens of its words.
				split := w+uw > width
				for _, u := range unit {
					if split && u.class&atomTokens != 0 {
						wr.pending = appendTokenAtoms(wr.pending[:0], int(u.seg), int(u.start), segs[u.seg].text[u.start:u.end])
						for _, v := range wr.pending {
							place(v)
						}
						continue
					}
					place(u)
				}
			}
		}
		i = j
	}
	flush()
	wr.line = buf[:0]
}

// atomize splits segs into words, single Chinese characters, spaces and
// punctuation marks (textdiff's tokens); line breaks become atoms of their
// own. A run of printable ASCII between spaces stays one atom marked
// atomTokens: no line may break inside it unless it is wider than the line,
// and only then does wrap need its tokens.
func (wr *wrapper) atomize(segs []seg) []atom {
	n := 0
	for _, s := range segs {
		n += len(s.text)
	}
	// English averages an atom for three bytes and a bit. The buffer at
	// least doubles when it grows, so that a report's clauses, growing a
	// little one after another, do not each make a new one.
	out, need := wr.atoms[:0], n/3+len(segs)
	if cap(out) < need {
		out = make([]atom, 0, max(need, 2*cap(out)))
	}
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
		text := s.text
		for i := 0; i < len(text); {
			if j, spaces := spaceEnd(text, i); j > i {
				switch {
				case spaces:
					out = append(out, asciiAtom(k, i, text[i:j], atomBlank))
				case strings.Contains(text[i:j], "\n"):
					for range strings.Count(text[i:j], "\n") {
						out = append(out, atom{seg: int32(k), width: 1, class: atomNewline})
					}
				default:
					out = append(out, newAtom(k, i, text[i:j]))
				}
				i = j
				continue
			}
			j, printable := wordEnd(text, i)
			if printable {
				out = append(out, asciiAtom(k, i, text[i:j], atomTokens))
			} else {
				out = appendTokenAtoms(out, k, i, text[i:j])
			}
			i = j
		}
	}
	wr.atoms = out[:0]
	return out
}

// appendTokenAtoms appends an atom for each token of text, which starts at
// byte off of segs[seg].
func appendTokenAtoms(out []atom, seg, off int, text string) []atom {
	for _, tok := range textdiff.Tokens(text) {
		out = append(out, newAtom(seg, off, tok))
		off += len(tok)
	}
	return out
}

// spaceEnd returns where the run of white space at s[i] ends (i when there
// is none), and whether it is only ' '. White space is what textdiff makes a
// token of: unicode.IsSpace.
func spaceEnd(s string, i int) (int, bool) {
	spaces := true
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			spaces = spaces && c == ' '
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		spaces = false
		i += n
	}
	return i, spaces
}

// wordEnd returns where the text at s[i], up to the next white space,
// ends, and whether it is all printable ASCII.
func wordEnd(s string, i int) (int, bool) {
	printable := true
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c == ' ' || c >= '\t' && c <= '\r' {
				break
			}
			printable = printable && c > ' ' && c < 0x7f
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		printable = false
		i += n
	}
	return i, printable
}

// asciiAtom is newAtom for text of printable ASCII or spaces, which is one
// column a byte and never wide.
func asciiAtom(seg, off int, text string, class uint16) atom {
	a := atom{seg: int32(seg), start: int32(off), end: int32(off + len(text)), width: int32(len(text)), class: class}
	if asciiClosing[text[0]] {
		a.class |= atomCloseFirst
	}
	if asciiOpening[text[len(text)-1]] {
		a.class |= atomOpenLast
	}
	return a
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
func breakable(x, y uint16) bool {
	if x&(atomGlueNext|atomOpenLast) != 0 || y&(atomGluePrev|atomCloseFirst) != 0 {
		return false
	}
	return (x|y)&atomBlank != 0 || x&atomWideLast != 0 || y&atomWideFirst != 0
}

const (
	closing = "，。、；：！？）」』”’》〉】,.;:!?)]}%"
	opening = "（「『“‘《〈【([{"
)

// The ASCII of closing and opening, looked up by byte. Never written after
// they are made.
var asciiClosing, asciiOpening = asciiOf(closing), asciiOf(opening)

func asciiOf(s string) (set [utf8.RuneSelf]bool) {
	for _, r := range s {
		if r < utf8.RuneSelf {
			set[r] = true
		}
	}
	return set
}

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
