package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/termwidth"
	"github.com/policydiff/policydiff/internal/textdiff"
)

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
				out = wr.appendTokenAtoms(out, k, i, text[i:j])
			}
			i = j
		}
	}
	wr.atoms = out[:0]
	return out
}

// appendTokenAtoms appends an atom for each token of text, which starts at
// byte off of segs[seg].
func (wr *wrapper) appendTokenAtoms(out []atom, seg, off int, text string) []atom {
	// A token that starts inside a grapheme (a variation selector, the
	// second half of a flag) joins the one before: measured apart, ❤️
	// counted one column and a line could break inside it. The graphemes'
	// widths, summed as they are met, give each atom its width: atoms
	// start and end between graphemes.
	if isASCII(text) {
		at := 0
		for _, tok := range textdiff.Tokens(text) {
			out = append(out, newAtom(seg, off+at, tok))
			at += len(tok)
		}
		return out
	}
	starts, cols := wr.starts[:0], wr.cols[:0] // cols[k]: the columns before grapheme k
	at, w := 0, 0
	termwidth.Each(text, func(g string, gw int) {
		starts, cols = append(starts, at), append(cols, w)
		at, w = at+len(g), w+gw
	})
	starts, cols = append(starts, len(text)), append(cols, w)
	wr.starts, wr.cols = starts, cols
	at, from, next, first := 0, 0, 0, 0 // next: the first of starts not below at; first: from's
	for _, tok := range textdiff.Tokens(text) {
		for starts[next] < at {
			next++
		}
		if at > from && starts[next] != at {
			at += len(tok)
			continue
		}
		if at > from {
			out = append(out, newAtomWidth(seg, off+from, text[from:at], cols[next]-cols[first]))
		}
		from, at, first = at, at+len(tok), next
	}
	for starts[next] < at {
		next++
	}
	if at > from {
		out = append(out, newAtomWidth(seg, off+from, text[from:at], cols[next]-cols[first]))
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
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
	return newAtomWidth(seg, off, text, termwidth.String(text))
}

// newAtomWidth is newAtom of text known to take width columns.
func newAtomWidth(seg, off int, text string, width int) atom {
	a := atom{seg: int32(seg), start: int32(off), end: int32(off + len(text)), width: int32(width)}
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
	return textdiff.IsHan(r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}
