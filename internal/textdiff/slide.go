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
		pre, edit, post := ops[i-1].Text, ops[i].Text, ops[i+1].Text
		at := len(pre) // where the diff put the edit
		// Leftmost: while the edit ends with the token the text before it
		// ends with, the same edit stands one token earlier. Whole tokens
		// only: "github-terms" is not the end of "github-terms-of-service".
		for {
			t := lastToken(edit)
			if t == "" || len(t) == len(edit) || len(t) >= len(pre) || lastToken(pre) != t {
				break
			}
			pre, edit, post = pre[:len(pre)-len(t)], t+edit[:len(edit)-len(t)], t+post
		}
		best, bestPre, bestEdit, bestPost := -1, pre, edit, post
		for {
			if s := startScore(pre, edit, linesOnly) + endScore(edit, post, linesOnly); s > best || s == best && len(pre) == at {
				best, bestPre, bestEdit, bestPost = s, pre, edit, post
			}
			t := firstToken(edit)
			if t == "" || len(t) == len(edit) || len(t) >= len(post) || firstToken(post) != t {
				break
			}
			pre, edit, post = pre+t, edit[len(t):]+t, post[len(t):]
		}
		ops[i-1].Text, ops[i].Text, ops[i+1].Text = bestPre, bestEdit, bestPost
	}
	return ops
}

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
