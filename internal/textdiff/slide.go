package textdiff

import (
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
		if pre[len(pre)-1] != edit[len(edit)-1] && edit[0] != post[0] {
			continue // no token to trade at either end: it cannot move
		}
		// The edit is a window of the text on its side, pre+edit+post; a
		// shift moves the window by a token that leaves it at one end and
		// enters at the other. Whole tokens only: "github-terms" is not the
		// end of "github-terms-of-service".
		full := pre + edit + post
		n, at := len(edit), len(pre)
		p := at
		// Leftward, the tokens are those of full, cut once from a place
		// known to start one, no further back than the slide can reach.
		cuts := tokenCuts(full, tokenStartBefore(full, at), at+n)
		ip, ie := len(cuts)-1, len(cuts)-1 // cuts[ip] == p, cuts[ie] == p+n
		for ip > 0 && cuts[ip] != p {
			ip--
		}
		if cuts[ip] != p || cuts[ie] != p+n {
			ip = 0 // the cuts missed the edit's ends: leave it where it is
		}
		for k := 0; k < maxSlide && ip > 0 && ie-1 > ip && cuts[ip-1] > 0; k++ {
			if full[cuts[ip-1]:p] != full[cuts[ie-1]:p+n] {
				break
			}
			ip, ie = ip-1, ie-1
			p = cuts[ip]
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

// tokenStartBefore returns a place where a token of s starts, maxSlide+1
// tokens or more before at (or 0): white space after something else
// starts a token, and so does a Chinese character, which is one. From
// there the tokens up to at are cut as the diff cut them, without reading
// a long line from its start.
func tokenStartBefore(s string, at int) int {
	seen := 0
	for j := at; j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		if j == 0 {
			return 0
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:j])
		if isSpace(r) && !isSpace(prev) || isOwnToken(r) {
			if seen++; seen > maxSlide+1 {
				return j
			}
		}
	}
	return 0
}

// tokenCuts returns the places where the tokens of s start, from the
// token start from up to end.
func tokenCuts(s string, from, end int) []int {
	cuts := []int{from}
	for q := from; q < end; {
		q = nextToken(s, q)
		cuts = append(cuts, q)
	}
	return cuts
}

// maxSlide bounds the tokens an edit moves each way: enough for the
// repeated words an ambiguous edit sits among, and a run of thousands of
// table pipes does not make a clause quadratic.
const maxSlide = 64

// firstToken is the token s starts with.
func firstToken(s string) string {
	if s == "" {
		return ""
	}
	return s[:nextToken(s, 0)]
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
