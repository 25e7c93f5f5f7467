// Package textdiff diffs the text of one clause against its counterpart the
// way a reviewer marks it up: English word by word, Chinese character by
// character with changed words kept together, Latin tokens inside Chinese
// (SDK, IDFA, e-mail addresses, numbers) whole.
package textdiff

import (
	"strings"
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
	ta, tb := Tokens(a), Tokens(b)
	enc := newEncoder(len(ta) + len(tb))
	ra, rb := enc.encode(ta), enc.encode(tb)
	if enc.full {
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
	ops = make([]change.Op, 0, len(diffs))
	for _, d := range diffs {
		ops = appendOp(ops, opName(d.Type), enc.decode(d.Text))
	}
	if lang == doc.Chinese || detectChinese(a, b) {
		return widenCJK(ops, a+b), coarsened
	}
	return regroup(ops), coarsened
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
	out := make([]string, 0, len(s)/4+1)
	for i := 0; i < len(s); {
		r, n := runeAt(s, i)
		j := i + n
		switch {
		case isSpace(r):
			for j < len(s) {
				r2, n2 := runeAt(s, j)
				if !isSpace(r2) {
					break
				}
				j += n2
			}
		case isWord(r):
			for j < len(s) {
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
		out = append(out, s[i:j])
		i = j
	}
	return out
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
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !doc.IsCJK(r) && !unicode.Is(unicode.Han, r)
}

func isJoiner(r rune) bool {
	switch r {
	case '.', '-', '\'', '’', '@', '_', '+':
		return true
	}
	return false
}

// encoder maps each distinct token to one private-use rune, the trick of
// go-diff's DiffLinesToRunes applied to words. Private-use runes all fall in
// one character class, so go-diff's boundary scoring treats every token
// boundary alike and never splits a token.
type encoder struct {
	ids    map[string]rune
	tokens []string
	full   bool
}

// privateUse lists the private-use blocks, 137k code points in all.
var privateUse = [][2]rune{{0xE000, 0xF8FF}, {0xF0000, 0xFFFFD}, {0x100000, 0x10FFFD}}

func newEncoder(n int) *encoder {
	return &encoder{ids: make(map[string]rune, n/2+1)}
}

func (e *encoder) encode(toks []string) []rune {
	out := make([]rune, len(toks))
	for i, t := range toks {
		r, ok := e.ids[t]
		if !ok {
			r = e.runeFor(len(e.tokens))
			if r < 0 {
				e.full = true
				return nil
			}
			e.ids[t] = r
			e.tokens = append(e.tokens, t)
		}
		out[i] = r
	}
	return out
}

func (e *encoder) runeFor(i int) rune {
	for _, blk := range privateUse {
		size := int(blk[1]-blk[0]) + 1
		if i < size {
			return blk[0] + rune(i)
		}
		i -= size
	}
	return -1
}

func (e *encoder) decode(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(e.tokens[e.index(r)])
	}
	return b.String()
}

func (e *encoder) index(r rune) int {
	base := 0
	for _, blk := range privateUse {
		if r >= blk[0] && r <= blk[1] {
			return base + int(r-blk[0])
		}
		base += int(blk[1]-blk[0]) + 1
	}
	return 0
}
