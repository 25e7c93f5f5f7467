package textdiff

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/change"
)

// slide moves each lone insertion or deletion along the identical text
// around it, token by token, to where it begins and ends best for a
// reader: a paragraph added before one that starts with the same word
// reads "effects.\n{+Enhanced Video Features … Zoom.\n+}Enhanced Audio",
// not "effects.\nEnhanced {+Video Features … Zoom.\nEnhanced +}Audio".
// The diff finds such an edit at one of several equally short places and
// picks one without looking at the text; line boundaries come first, then
// word boundaries, and on a tie the diff's place stays. The texts the ops
// rebuild do not change. linesOnly, for Chinese, where a space tells no
// word start ("GitHub 支持"), weighs line boundaries alone.
func slide(ops []change.Op, linesOnly bool) []change.Op {
	for i := 1; i+1 < len(ops); i++ {
		if ops[i].Op == change.OpEqual || ops[i-1].Op != change.OpEqual || ops[i+1].Op != change.OpEqual {
			continue
		}
		// The edit is a window of the text on its side, pre+edit+post; a
		// shift moves the window by a token that leaves it at one end and
		// enters at the other. Whole tokens only: "github-terms" is not the
		// end of "github-terms-of-service".
		full := ops[i-1].Text + ops[i].Text + ops[i+1].Text
		n, at := len(ops[i].Text), len(ops[i-1].Text)
		p := at
		for k := 0; k < maxSlide; k++ { // leftmost place
			t := lastToken(full[p : p+n])
			if len(t) == n || len(t) >= p || lastToken(full[:p]) != t {
				break
			}
			p -= len(t)
		}
		best, bestAt := -1, at
		for k := 0; k < 2*maxSlide; k++ {
			if s := startScore(full[:p], full[p:p+n], linesOnly) + endScore(full[p:p+n], full[p+n:], linesOnly); s > best || s == best && p == at {
				best, bestAt = s, p
			}
			t := firstToken(full[p : p+n])
			if len(t) == n || p+n+len(t) >= len(full) || firstToken(full[p+n:]) != t {
				break
			}
			p += len(t)
		}
		ops[i-1].Text, ops[i].Text, ops[i+1].Text = full[:bestAt], full[bestAt:bestAt+n], full[bestAt+n:]
	}
	return ops
}

// maxSlide bounds the tokens an edit moves each way: enough for the
// repeated words an ambiguous edit sits among, and a run of thousands of
// table pipes does not make a clause quadratic.
const maxSlide = 64

func firstToken(s string) string {
	if s == "" {
		return ""
	}
	j := 1
	if c := s[0]; c >= utf8.RuneSelf || asciiClass[c] != classOther {
		j = tokenEnd(s, 0)
	}
	return s[:j]
}

// lastToken is the token s ends with, as appendTokens would cut it.
func lastToken(s string) string {
	if s == "" {
		return ""
	}
	// Tokens never span a line break, and a line is short: cut the last
	// line and take its last token.
	start := strings.LastIndexByte(s[:len(s)-1], '\n') + 1
	var t string
	for i := start; i < len(s); {
		t = firstToken(s[i:])
		i += len(t)
	}
	return t
}

// startScore says how well an edit begins after pre: at a line start 5,
// with a line break 4, at a word after a space 3, elsewhere (after a
// punctuation mark, or with a space of its own) 1.
func startScore(pre, edit string, linesOnly bool) int {
	x, _ := utf8.DecodeLastRuneInString(pre)
	y, _ := utf8.DecodeRuneInString(edit)
	switch {
	case x == '\n':
		return 5
	case y == '\n':
		return 4
	case !linesOnly && unicode.IsSpace(x) && !unicode.IsSpace(y):
		return 3
	}
	return 1
}

// endScore says how well an edit ends before post: at a line end or with
// a line break 5, at a word's end or with the space before the next word
// 3, elsewhere 1.
func endScore(edit, post string, linesOnly bool) int {
	x, _ := utf8.DecodeLastRuneInString(edit)
	y, _ := utf8.DecodeRuneInString(post)
	switch {
	case x == '\n' || y == '\n':
		return 5
	case !linesOnly && unicode.IsSpace(x) != unicode.IsSpace(y):
		return 3
	}
	return 1
}
