package textio

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize makes every format's text look alike to the parser: LF line
// ends (CRLF and lone CR too), page breaks and vertical tabs as line ends,
// NBSP as a plain space, Latin ligatures spelled out, no zero-width
// characters, stray BOMs or other control characters, no trailing spaces,
// no trailing blank lines, one final "\n". Full-width characters stay as
// they are: whether "（" and "(" are the same is the parser's and the
// diff's call. Line numbers of the source are kept, so a clause's Line
// points into the original file.
func normalize(s string) string {
	if isNormal(s) {
		return endNormal(s)
	}
	var b strings.Builder
	b.Grow(len(s) + 1)
	line := make([]byte, 0, 256)
	endLine := func() {
		b.Write(bytes.TrimRightFunc(line, unicode.IsSpace))
		b.WriteByte('\n')
		line = line[:0]
	}
	prevCR := false
	for i := 0; i < len(s); {
		// Printable ASCII and the run of CJK characters skipCJK knows are
		// kept as they are: copied a run at a time, not rune by rune.
		if j := skipPrintable(s, i); j > i {
			line, prevCR, i = append(line, s[i:j]...), false, j
			continue
		}
		if j := skipCJK(s, i); j > i {
			line, prevCR, i = append(line, s[i:j]...), false, j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if prevCR && r == '\n' {
			prevCR = false
			continue
		}
		prevCR = r == '\r'
		switch {
		case r == '\r' || r == '\n' || r == '\f' || r == '\v' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			endLine()
		case r == '\u00A0' || r == '\u202F' || r == '\u2007':
			line = append(line, ' ')
		case r >= 0xFB00 && r <= 0xFB06:
			line = append(line, ligatures[r-0xFB00]...)
		case isInvisible(r):
		case r == '\t':
			line = append(line, '\t')
		case isControl(r):
		default:
			line = utf8.AppendRune(line, r)
		}
	}
	endLine()
	return endNormal(b.String())
}

// endNormal gives the one final "\n" to a text isNormal accepted.
func endNormal(s string) string {
	t := strings.TrimRight(s, "\n")
	switch {
	case t == "":
		return ""
	case len(t) < len(s):
		return s[:len(t)+1]
	}
	return s + "\n"
}

// ligatures spells out the Latin ligatures PDF text extraction leaves in
// ("conﬁdential"), which would otherwise differ from the same word in a
// DOCX or HTML version of the policy.
var ligatures = [...]string{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}

// isInvisible reports characters that render as nothing and only get in
// the way of matching text: zero-width spaces and joiners, word joiners,
// BOMs inside the text, soft hyphens and direction marks.
func isInvisible(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F', '\u180E':
		return true
	}
	return false
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
