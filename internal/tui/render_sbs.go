package tui

import (
	"strings"

	"github.com/policydiff/policydiff/internal/change"
)

// SideBySideOps lays the old and new text of a word diff in two columns that
// keep in step: a line break both versions share starts a new row on both
// sides at once, so a long clause of many paragraphs never shows paragraph
// five beside paragraph three because one side wrapped to more lines.
// Within a paragraph each side wraps on its own, exactly as SideBySide does.
func SideBySideOps(ops []change.Op, width int, st *Styles) []string {
	var out []string
	for _, para := range sharedParagraphs(ops) {
		out = append(out, SideBySide(DiffSegs(para, SideA, st), DiffSegs(para, SideB, st), width, st)...)
	}
	return out
}

// sharedParagraphs cuts ops wherever both texts start a new line: after
// every line break inside an unchanged run, and before an unchanged run that
// follows line breaks on both sides (say, after a paragraph only B has).
// Each side of a paragraph wraps to the lines it had in the whole, since
// wrapping drops a text's final line break.
func sharedParagraphs(ops []change.Op) [][]change.Op {
	var paras [][]change.Op
	var cur []change.Op
	startA, startB := true, true // each side is at the start of a line
	for _, op := range ops {
		switch {
		case op.Text == "":
		case op.Op == change.OpDelete:
			cur = append(cur, op)
			startA = strings.HasSuffix(op.Text, "\n")
		case op.Op == change.OpInsert:
			cur = append(cur, op)
			startB = strings.HasSuffix(op.Text, "\n")
		default:
			if startA && startB && len(cur) > 0 {
				paras, cur = append(paras, cur), nil
			}
			text := op.Text
			for {
				i := strings.IndexByte(text, '\n')
				if i < 0 {
					break
				}
				cur = append(cur, change.Op{Op: change.OpEqual, Text: text[:i+1]})
				paras, cur = append(paras, cur), nil
				text = text[i+1:]
			}
			if text != "" {
				cur = append(cur, change.Op{Op: change.OpEqual, Text: text})
			}
			startA = strings.HasSuffix(op.Text, "\n")
			startB = startA
		}
	}
	if !blankEqual(cur) || len(paras) == 0 {
		// A text ending in a break (and maybe spaces) has no line after it.
		paras = append(paras, cur)
	}
	return paras
}

// blankEqual reports whether ops are unchanged white space only.
func blankEqual(ops []change.Op) bool {
	for _, op := range ops {
		if op.Op != change.OpEqual || strings.TrimSpace(op.Text) != "" {
			return false
		}
	}
	return true
}
