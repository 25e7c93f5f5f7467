package textio

import (
	"strings"
	"unicode/utf8"
)

// emitPara writes a finished paragraph: into the open table cell, or as a
// block of its own with its list number and heading marker.
func (w *docxWriter) emitPara(p *docxPara) {
	if w.styles.isTOC(p.style) {
		return
	}
	text := strings.TrimSpace(p.text.String())
	label, bullet, suff := w.label(p)
	if text == "" {
		// An empty numbered paragraph still used up its number.
		return
	}
	line := text
	switch {
	case bullet:
		line = "- " + text
	case label != "":
		line = label + labelSeparator(label, suff, text) + text
	}
	if tb := w.table(); tb != nil && tb.cell != nil {
		tb.cell = append(tb.cell, strings.Join(strings.Fields(line), " "))
		return
	}
	level := w.styles.headingLevel(p.style)
	if level == 0 && p.outline >= 0 && p.outline < 9 {
		level = p.outline + 1
	}
	if level > 0 && !bullet {
		line = strings.Repeat("#", level) + " " + strings.ReplaceAll(line, "\n", " ")
	}
	w.out = append(w.out, line, "")
}

// label advances the paragraph's list, from its own numPr or its style's.
func (w *docxWriter) label(p *docxPara) (string, bool, string) {
	numID, ilvl := p.numID, p.ilvl
	if !p.numSet {
		// A paragraph may set only its level and take the list from its style.
		var styleLvl int
		numID, styleLvl = w.styles.numPr(p.style)
		if ilvl < 0 {
			ilvl = styleLvl
		}
	}
	if numID == "" || numID == "0" {
		return "", false, ""
	}
	if ilvl < 0 {
		ilvl = w.styleLevel(numID, p.style)
	}
	return w.num.next(numID, ilvl)
}

// styleLevel finds the level a list assigns to a paragraph style (a level's
// pStyle), for styles that name a list but not a level.
func (w *docxWriter) styleLevel(numID, style string) int {
	_, levels := w.num.resolve(numID)
	if levels != nil && style != "" {
		for i, l := range levels {
			if l.pStyle == style {
				return i
			}
		}
	}
	return 0
}

// labelSeparator stands in for Word's tab after a number: none between a
// full-width or enclosed number ("一、", "（1）", "①") and Chinese text,
// as Chinese typography sets them; a space otherwise; none when the level
// says "nothing".
func labelSeparator(label, suff, text string) string {
	if suff == "nothing" {
		return ""
	}
	last, _ := utf8.DecodeLastRuneInString(label)
	first, _ := utf8.DecodeRuneInString(text)
	if (isCJK(last) || isEnclosed(last)) && isCJK(first) {
		return ""
	}
	return " "
}

func isEnclosed(r rune) bool {
	return (r >= 0x2460 && r <= 0x24FF) || (r >= 0x3200 && r <= 0x32FF)
}

// emitTable writes a table as pipe rows, the first row as the header; a
// table inside a cell is flattened into that cell's text.
func (w *docxWriter) emitTable(tb *docxTable) {
	width := 0
	for _, r := range tb.rows {
		width = max(width, len(r))
	}
	if outer := w.table(); outer != nil && outer.cell != nil {
		for _, r := range tb.rows {
			outer.cell = append(outer.cell, strings.Join(nonEmpty(r), " "))
		}
		return
	}
	if width == 0 {
		return
	}
	if width == 1 {
		// A one-column table is a box around text, not data.
		for _, r := range tb.rows {
			if r[0] != "" {
				w.out = append(w.out, r[0], "")
			}
		}
		return
	}
	for i, r := range tb.rows {
		for len(r) < width {
			r = append(r, "")
		}
		w.out = append(w.out, pipeRow(r))
		if i == 0 {
			sep := make([]string, width)
			for j := range sep {
				sep[j] = "---"
			}
			w.out = append(w.out, pipeRow(sep))
		}
	}
	w.out = append(w.out, "")
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
