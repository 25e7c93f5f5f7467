// Package textdiff diffs the text of one clause against its counterpart the
// way a reviewer marks it up: English word by word, Chinese character by
// character with changed words kept together, Latin tokens inside Chinese
// (SDK, IDFA, e-mail addresses, numbers) whole.
package textdiff

import (
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// DefaultDeadline bounds one clause diff when the caller passes none.
const DefaultDeadline = 200 * time.Millisecond

// Diff returns the edit script that turns a into b, in runs of whole tokens.
// go-diff silently degrades to delete-all/insert-all when its deadline
// passes; coarsened reports that this happened, so renderers can say so.
func Diff(a, b string, lang doc.Lang, deadline time.Duration) (ops []change.Op, coarsened bool) {
	if a == b {
		if a == "" {
			return nil, false
		}
		return []change.Op{{Op: change.OpEqual, Text: a}}, false
	}
	if deadline <= 0 {
		deadline = DefaultDeadline
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	sc.reserve(len(a), len(b))
	sc.ta = appendTokens(sc.ta[:0], a)
	lead := sc.leadOf(a, b)
	sc.tb = sc.appendRest(lead, a, b, width(lead))
	ra, rb, ok := sc.encode()
	if !ok {
		return whole(a, b), true
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = deadline
	start := time.Now()
	diffs := dmp.DiffMainRunes(ra, rb, false)
	coarsened = time.Since(start) >= deadline
	// Cleanup works on token runes, so "the length of an equality" counts
	// tokens: a lone space or "the" between two changed words is absorbed
	// into one delete+insert instead of interleaving.
	diffs = dmp.DiffCleanupSemantic(diffs)
	// A run of n token runes is the next n tokens of a (equal, delete) or of
	// b (insert, equal), so its text is a slice of a or b, not a new string.
	ops = make([]change.Op, 0, len(diffs))
	var ia, ib, pa, pb int // tokens and bytes of a and b consumed
	// The first block of private-use runes takes three bytes each.
	bmp := sc.ids.n <= int(privateUse[0][1]-privateUse[0][0])+1
	for _, d := range diffs {
		n := len(d.Text) / 3
		if !bmp {
			n = utf8.RuneCountInString(d.Text)
		}
		var text string
		if d.Type != diffmatchpatch.DiffInsert {
			w := width(sc.ta[ia : ia+n])
			text = a[pa : pa+w]
			ia, pa = ia+n, pa+w
		}
		if d.Type != diffmatchpatch.DiffDelete {
			w := width(sc.tb[ib : ib+n])
			text = b[pb : pb+w]
			ib, pb = ib+n, pb+w
		}
		ops = appendOp(ops, opName(d.Type), text)
	}
	if lang == doc.Chinese || detectChinese(a, b) {
		return slide(widenCJK(ops, a, b), true), coarsened
	}
	return slide(regroup(ops), false), coarsened
}

func whole(a, b string) []change.Op {
	var ops []change.Op
	ops = appendOp(ops, change.OpDelete, a)
	return appendOp(ops, change.OpInsert, b)
}

func opName(t diffmatchpatch.Operation) string {
	switch t {
	case diffmatchpatch.DiffInsert:
		return change.OpInsert
	case diffmatchpatch.DiffDelete:
		return change.OpDelete
	}
	return change.OpEqual
}

// appendOp appends a run, merging it with the previous run of the same op.
func appendOp(ops []change.Op, op, text string) []change.Op {
	if text == "" {
		return ops
	}
	if n := len(ops); n > 0 && ops[n-1].Op == op {
		ops[n-1].Text += text
		return ops
	}
	return append(ops, change.Op{Op: op, Text: text})
}

// Tokens splits s into words (letters and digits, with inner joiners such as
// the dot of "jd.com" or "1.2" and the hyphen of "e-mail"), single CJK
// characters, whitespace runs and single punctuation marks. Concatenated,
// the tokens give back s.
func Tokens(s string) []string {
	return appendTokens(make([]string, 0, len(s)/4+1), s)
}

func appendTokens(out []string, s string) []string {
	for i := 0; i < len(s); {
		j := nextToken(s, i)
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// nextToken returns where the token starting at s[i] ends. ASCII
// punctuation, and ASCII words and spaces that end at ASCII outside a
// joiner, inline; the rest through tokenEnd: a diff tokenizes both texts
// of every changed clause.
func nextToken(s string, i int) int {
	c := s[i]
	if c >= utf8.RuneSelf {
		return tokenEnd(s, i)
	}
	class := asciiClass[c]
	if class == classOther {
		return i + 1
	}
	j := i + 1
	for j < len(s) && s[j] < utf8.RuneSelf && asciiClass[s[j]] == class {
		j++
	}
	if j < len(s) && (s[j] >= utf8.RuneSelf || class == classWord && isJoiner(rune(s[j]))) {
		return tokenEnd(s, i) // a joiner, or another script, may go on
	}
	return j
}

// tokenEnd returns where the space run or word starting at s[i] ends (one
// rune on for anything else).
func tokenEnd(s string, i int) int {
	r, n := runeAt(s, i)
	j := i + n
	switch {
	case isSpace(r):
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if asciiClass[c] != classSpace {
					break
				}
				j++
				continue
			}
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r2) {
				break
			}
			j += n2
		}
	case isWord(r):
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf && asciiClass[c] == classWord {
				j++
				continue
			}
			r2, n2 := runeAt(s, j)
			if isWord(r2) {
				j += n2
				continue
			}
			if isJoiner(r2) && j+n2 < len(s) {
				if r3, _ := runeAt(s, j+n2); isWord(r3) {
					j += n2
					continue
				}
			}
			break
		}
	}
	return j
}

// runeAt decodes the rune at s[i], without a call for ASCII.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// asciiClass sorts ASCII into what Tokens needs to know: a space, a letter
// or digit, or neither.
var asciiClass = func() (t [utf8.RuneSelf]byte) {
	for c := range utf8.RuneSelf {
		switch {
		case unicode.IsSpace(rune(c)):
			t[c] = classSpace
		case unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)):
			t[c] = classWord
		}
	}
	return t
}()

const (
	classOther = iota
	classSpace
	classWord
)

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == classSpace
	}
	return unicode.IsSpace(r)
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == classWord
	}
	return isWordRune(r)
}

// isWordRune is true for letters and digits that are not CJK: a CJK
// ideograph is a token on its own.
func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !isOwnToken(r)
}

// isOwnToken reports a CJK character or full-width form, each a token of
// its own.
func isOwnToken(r rune) bool { return doc.IsCJK(r) || IsHan(r) }

func isJoiner(r rune) bool {
	switch r {
	case '.', '-', '\'', '’', '@', '_', '+':
		return true
	}
	return false
}
