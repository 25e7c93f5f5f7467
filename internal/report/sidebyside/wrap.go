package sidebyside

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/termwidth"
)

// token is an unbreakable piece of a line: a Latin word or one CJK
// character, with whether a space separated it from the token before.
type token struct {
	text  string
	width int
	space bool
	cjk   bool
}

// closing punctuation must not start a line (kinsoku): "，" goes with the
// character before it.
const noLineStart = "，。、；：？！）」』》】”’〉,.;:!?)]"

func tokens(p string) []token {
	var out []token
	var b strings.Builder
	bw := 0 // the columns of b, as Each measured its graphemes
	space := false
	flush := func() {
		if b.Len() > 0 {
			out = append(out, token{text: b.String(), width: bw, space: space})
			b.Reset()
			bw, space = 0, false
		}
	}
	// A grapheme at a time: a flag or an emoji with its variation selector
	// is one unit, never two.
	termwidth.Each(p, func(g string, w int) {
		r, _ := utf8.DecodeRuneInString(g)
		switch {
		case unicode.IsSpace(r):
			flush()
			space = true
		case w == 2 || strings.ContainsRune(noLineStart, r) && b.Len() == 0:
			flush()
			out = append(out, token{text: g, width: w, space: space, cjk: true})
			space = false
		default:
			b.WriteString(g)
			bw += w
		}
	})
	flush()
	return out
}

// wrap breaks s into lines of at most w display columns (East Asian wide
// characters count two), at spaces between words and between any two CJK
// characters; a word longer than a line is cut. Paragraphs ("\n") start new
// lines.
func wrap(s string, w int) []string {
	if w < 4 {
		w = 4
	}
	var out []string
	for _, p := range strings.Split(s, "\n") {
		var line []token
		width := 0
		emit := func() {
			var b strings.Builder
			for i, t := range line {
				if i > 0 && t.space {
					b.WriteByte(' ')
				}
				b.WriteString(t.text)
			}
			out = append(out, b.String())
			line, width = nil, 0
		}
		for _, t := range tokens(p) {
			gap := 0
			if len(line) > 0 && t.space {
				gap = 1
			}
			if width+gap+t.width <= w {
				line = append(line, t)
				width += gap + t.width
				continue
			}
			var carry []token
			if t.cjk && strings.Contains(noLineStart, t.text) && len(line) > 1 && line[len(line)-1].cjk {
				carry = line[len(line)-1:]
				line = line[:len(line)-1]
			}
			if len(line) > 0 {
				emit()
			}
			for _, c := range carry {
				line = append(line, c)
				width += c.width
			}
			t.space = t.space && len(line) > 0
			for t.width > w-width-spaceWidth(t, line) { // a word wider than the line: cut it
				head, rest := termwidth.Cut(t.text, w-width-spaceWidth(t, line), false)
				if head == "" {
					emit()
					continue
				}
				line = append(line, token{text: head, width: termwidth.String(head), space: t.space})
				emit()
				t = token{text: rest, width: termwidth.String(rest)}
			}
			if t.width > 0 {
				width += spaceWidth(t, line) + t.width
				line = append(line, t)
			}
		}
		if len(line) > 0 || len(out) == 0 || p == "" {
			emit()
		}
	}
	return out
}

func spaceWidth(t token, line []token) int {
	if t.space && len(line) > 0 {
		return 1
	}
	return 0
}

// pad fills s with spaces to w display columns.
func pad(s string, w int) string {
	if d := w - termwidth.String(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return s
}
