package textdiff

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
)

// widthFold maps punctuation whose full-width and half-width (or curly and
// straight) forms carry the same meaning in a policy. Ideographic marks with
// no ASCII twin (、《》) are kept: swapping them is an edit, not a layout change.
var widthFold = map[rune]rune{
	'\u3000': ' ',
	'。':      '.',
	'【':      '[',
	'】':      ']',
	// Double and single quotes are one mark to a reader: 'Service' and
	// "Service" say the same.
	'"':      '\'',
	'“':      '\'',
	'”':      '\'',
	'„':      '\'',
	'‘':      '\'',
	'’':      '\'',
	'‚':      '\'',
	'«':      '\'',
	'»':      '\'',
	'–':      '-',
	'—':      '-',
	'\u00a0': ' ',
}

// Fold returns the half-width, straight-quoted form of r. Full-width ASCII
// variants (U+FF01–U+FF5E: ，（）：；０-９Ａ-Ｚ) map to their ASCII twins.
func Fold(r rune) rune {
	if r < 0x80 { // the common case, without a map lookup
		if r == '"' {
			return '\''
		}
		return r
	}
	if r >= 0xFF01 && r <= 0xFF5E {
		return r - 0xFEE0
	}
	if f, ok := widthFold[r]; ok {
		return f
	}
	return r
}

// Normalize returns the cosmetic-normal form of s: two texts with the same
// normal form differ only in ways a reviewer does not mark up (line breaks and
// spacing, markdown emphasis, full-width vs half-width punctuation and
// digits, curly vs straight quotes).
//
// It walks the string in place rather than through a []rune copy: every
// changed clause and every clause the alignment could not pair by its exact
// text goes through it.
func Normalize(s string) string {
	var w normalWriter
	w.Grow(len(s))
	prev, beforeRun := rune(-1), rune(-1) // the rune before this one, and before this run of '_'
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if r == '_' && prev != '_' {
			beforeRun = prev
		}
		emph := isEmphasis(s, i, n, r, prev, beforeRun)
		if emph && r == '*' && prev != '*' && doc.BoldHidesSpace(s, i) {
			w.space()
		}
		prev = r
		i += n
		if emph {
			continue
		}
		// ASCII without the Unicode tables: what writeRune would do.
		if r < utf8.RuneSelf {
			switch {
			case r == ' ' || r >= '\t' && r <= '\r':
				w.space()
				continue
			case r == '"':
				r = '\''
			}
			w.sep(asciiPunct(byte(r)))
			w.WriteByte(byte(r))
			continue
		}
		w.writeRune(r)
	}
	return w.String()
}

// normalWriter builds a normal form rune by rune. A space touching
// punctuation or Chinese text carries no meaning: a line break inside a
// Chinese sentence (PDF extraction) or the padding that a full-width comma
// brings with it must vanish, not become a space. So a run of spaces is
// held back until the next rune shows whether it needs one.
type normalWriter struct {
	strings.Builder
	lastTight, pendingSpace bool
}

// writeRune writes r, not emphasis, to the normal form: white space as a
// held-back space (the ideographic space and no-break space are white
// space to unicode.IsSpace), anything else folded (see Fold).
func (w *normalWriter) writeRune(r rune) {
	if unicode.IsSpace(r) {
		w.space()
		return
	}
	f := Fold(r)
	w.sep(doc.IsCJK(r) || unicode.IsPunct(f))
	w.WriteRune(f)
}

func (w *normalWriter) space() { w.pendingSpace = w.Len() > 0 }

// sep comes before each rune written, tight for punctuation and Chinese
// text: it writes the space held back when neither that rune nor the one
// before is tight.
func (w *normalWriter) sep(tight bool) {
	if w.pendingSpace && !tight && !w.lastTight {
		w.WriteByte(' ')
	}
	w.pendingSpace, w.lastTight = false, tight
}

// asciiPunct is unicode.IsPunct for ASCII: the symbols $+<=>^`|~ are not
// punctuation to Unicode.
func asciiPunct(c byte) bool {
	switch c {
	case '!', '"', '#', '%', '&', '\'', '(', ')', '*', ',', '-', '.', '/', ':', ';', '?', '@', '[', '\\', ']', '_', '{', '}':
		return true
	}
	return false
}

// isEmphasis reports whether r, the rune of n bytes at s[i], is a markdown
// emphasis marker: any '*', a doubled '~~' (a single '~' is a range, as in
// "1~3"), and '_' that is not inside a word (snake_case identifiers and
// e-mail addresses keep theirs). prev is the rune before r and beforeRun the
// rune before the run of underscores r belongs to (-1 at the start).
func isEmphasis(s string, i, n int, r, prev, beforeRun rune) bool {
	switch r {
	case '*':
		return true
	case '~':
		return prev == '~' || (i+n < len(s) && s[i+n] == '~')
	case '_':
		j := i + n
		for j < len(s) && s[j] == '_' {
			j++
		}
		after := rune(-1)
		if j < len(s) {
			after, _ = utf8.DecodeRuneInString(s[j:])
		}
		return !(inWord(beforeRun) && inWord(after))
	}
	return false
}

func inWord(r rune) bool { return r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// SameNormal reports whether Normalize(a) == Normalize(b). Two versions of a
// changed clause nearly always differ in a character the normal form keeps,
// and a walk over those characters finds it without building either form.
func SameNormal(a, b string) bool {
	if a == b {
		return true
	}
	if !sameKept(a, b) {
		return false
	}
	return Normalize(a) == Normalize(b)
}

// sameKept compares the folded runes of a and b leaving out spaces and the
// marks * ~ _. Every other rune reaches the normal form folded, in order, and
// the normal form adds only spaces: equal normal forms keep equal runes.
func sameKept(a, b string) bool {
	i, j := 0, 0
	for {
		var r, q rune
		r, i = nextKept(a, i)
		q, j = nextKept(b, j)
		if r != q {
			return false
		}
		if r < 0 {
			return true
		}
	}
}

func nextKept(s string, i int) (rune, int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if k := keptASCII[c]; k >= 0 {
				return k, i
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsSpace(r) {
			continue
		}
		if f := Fold(r); f != '*' && f != '~' && f != '_' {
			return f, i
		}
	}
	return -1, i
}

// keptASCII is what nextKept makes of an ASCII byte: its fold, or -1 for a
// byte it leaves out.
var keptASCII = func() (t [utf8.RuneSelf]rune) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = Fold(c)
		if unicode.IsSpace(c) || t[c] == '*' || t[c] == '~' || t[c] == '_' {
			t[c] = -1
		}
	}
	return t
}()

// KeptHash hashes the runes sameKept compares: texts with the same normal
// form have the same KeptHash, so a search for equal normal forms needs to
// build them only for texts whose KeptHash it sees on both sides.
func KeptHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); {
		// ASCII inline: this runs over every clause the exact text did
		// not pair. The hash is taken on or kept by a conditional move: a
		// branch on whether a byte is kept, mispredicted at every space,
		// cost more than the byte's work.
		if c := s[i]; c < utf8.RuneSelf {
			k := keptASCII[c]
			next := (h ^ uint64(k)) * 1099511628211
			if k >= 0 {
				h = next
			}
			i++
			continue
		}
		var r rune
		if r, i = nextKept(s, i); r >= 0 {
			h = (h ^ uint64(r)) * 1099511628211
		}
	}
	return h
}
