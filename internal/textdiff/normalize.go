package textdiff

import (
	"strings"
	"unicode"

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
func Normalize(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	// A space touching punctuation or Chinese text carries no meaning: a
	// line break inside a Chinese sentence (PDF extraction) or the padding
	// that a full-width comma brings with it must vanish, not become a space.
	lastTight, pendingSpace := false, false
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if isEmphasis(rs, i) {
			continue
		}
		if unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' {
			pendingSpace = b.Len() > 0
			continue
		}
		f := Fold(r)
		tight := doc.IsCJK(r) || unicode.IsPunct(f)
		if pendingSpace && !tight && !lastTight {
			b.WriteByte(' ')
		}
		pendingSpace = false
		b.WriteRune(f)
		lastTight = tight
	}
	return b.String()
}

// isEmphasis reports whether rs[i] is a markdown emphasis marker: any '*',
// a doubled '~~' (a single '~' is a range, as in "1~3"), and '_' that is not
// inside a word (snake_case identifiers and e-mail addresses keep theirs).
func isEmphasis(rs []rune, i int) bool {
	switch rs[i] {
	case '*':
		return true
	case '~':
		return (i > 0 && rs[i-1] == '~') || (i+1 < len(rs) && rs[i+1] == '~')
	case '_':
		inWord := func(j int) bool {
			return j >= 0 && j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]))
		}
		// Walk over a run of underscores to see what it touches.
		l, r := i, i
		for l > 0 && rs[l-1] == '_' {
			l--
		}
		for r+1 < len(rs) && rs[r+1] == '_' {
			r++
		}
		return !(inWord(l-1) && inWord(r+1))
	}
	return false
}
