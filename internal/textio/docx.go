package textio

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxPart bounds how much one unpacked docx part may take, so a zip bomb
// fails fast instead of eating the machine.
const maxPart = 256 << 20

// decodeDOCX extracts the text of a Word document: paragraphs apart by
// blank lines, list numbers rebuilt, heading styles as "#" lines, tables as
// pipe rows. Deleted revisions, field codes and hidden text are left out.
func decodeDOCX(data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fail(ErrUnknownFormat, "not a valid docx file: %v", err)
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[f.Name] = f
	}
	main := parts["word/document.xml"]
	if main == nil {
		return "", fail(ErrUnknownFormat, "not a word document (no word/document.xml inside)")
	}
	docXML, err := readPart(main)
	if err != nil {
		return "", err
	}
	stylesXML, err := readPart(parts["word/styles.xml"])
	if err != nil {
		return "", err
	}
	numXML, err := readPart(parts["word/numbering.xml"])
	if err != nil {
		return "", err
	}
	styles := parseStyles(stylesXML)
	w := &docxWriter{styles: styles, num: parseNumbering(numXML, styles)}
	if err := w.walk(docXML); err != nil {
		return "", fail(ErrNoText, "cannot read the word document: %v", err)
	}
	return strings.Join(w.out, "\n"), nil
}

func readPart(f *zip.File) ([]byte, error) {
	if f == nil {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fail(ErrUnknownFormat, "not a valid docx file: %s: %v", f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxPart+1))
	if err != nil {
		return nil, fail(ErrUnknownFormat, "not a valid docx file: %s: %v", f.Name, err)
	}
	if len(b) > maxPart {
		return nil, fail(ErrTooLarge, "%s unpacks to more than %s", f.Name, megabytes(maxPart))
	}
	return b, nil
}

type docxPara struct {
	text    strings.Builder
	style   string
	numID   string
	ilvl    int
	numSet  bool // the paragraph's own numPr: it overrides the style's
	outline int
}

type docxTable struct {
	rows [][]string
	row  []string
	cell []string // paragraphs of the open cell
	span int      // columns the open cell covers
}

type docxWriter struct {
	styles *docxStyles
	num    *numbering
	out    []string
	paras  []*docxPara
	tables []*docxTable
	stack  []string // local names of open elements
	hidden bool     // the current run is hidden (w:vanish)
}

// skippedParts hold text that is not the document's: deleted revisions,
// field instructions, the old properties of tracked changes, and the
// fallback copy of text boxes (the mc:Choice copy is read).
var skippedParts = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "instrText": true, "delInstrText": true,
	"pPrChange": true, "rPrChange": true, "sectPrChange": true, "tblPrChange": true,
	"trPrChange": true, "tcPrChange": true, "numberingChange": true, "Fallback": true,
	"footnoteReference": true, "endnoteReference": true, "commentReference": true,
}

func (w *docxWriter) walk(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skippedParts[t.Name.Local] {
				if err := d.Skip(); err != nil {
					return err
				}
				continue
			}
			w.start(t)
			w.stack = append(w.stack, t.Name.Local)
		case xml.EndElement:
			if n := len(w.stack); n > 0 {
				w.stack = w.stack[:n-1]
			}
			w.end(t.Name.Local)
		case xml.CharData:
			if w.parent() == "t" && !w.hidden {
				if p := w.para(); p != nil {
					p.text.Write(t)
				}
			}
		}
	}
}

func (w *docxWriter) parent() string {
	if len(w.stack) == 0 {
		return ""
	}
	return w.stack[len(w.stack)-1]
}

func (w *docxWriter) para() *docxPara {
	if len(w.paras) == 0 {
		return nil
	}
	return w.paras[len(w.paras)-1]
}

func val(t xml.StartElement) string {
	for _, a := range t.Attr {
		if a.Name.Local == "val" {
			return a.Value
		}
	}
	return ""
}

func (w *docxWriter) start(t xml.StartElement) {
	p := w.para()
	parent := w.parent()
	switch t.Name.Local {
	case "p":
		w.paras = append(w.paras, &docxPara{ilvl: -1, outline: -1})
	case "r":
		w.hidden = false
	case "vanish":
		if parent == "rPr" && len(w.stack) > 1 && w.stack[len(w.stack)-2] == "r" {
			v := val(t)
			w.hidden = v != "0" && v != "false" && v != "off"
		}
	case "pStyle":
		if p != nil && parent == "pPr" {
			p.style = val(t)
		}
	case "numId":
		if p != nil && parent == "numPr" {
			p.numID, p.numSet = val(t), true
		}
	case "ilvl":
		if p != nil && parent == "numPr" {
			p.ilvl, _ = strconv.Atoi(val(t))
		}
	case "outlineLvl":
		if p != nil && parent == "pPr" {
			p.outline, _ = strconv.Atoi(val(t))
		}
	case "tab", "ptab":
		if p != nil && parent == "r" && !w.hidden {
			p.text.WriteByte(' ')
		}
	case "br", "cr":
		if p != nil && parent == "r" && !w.hidden {
			p.text.WriteByte('\n')
		}
	case "noBreakHyphen":
		if p != nil && parent == "r" && !w.hidden {
			p.text.WriteByte('-')
		}
	case "tbl":
		w.tables = append(w.tables, &docxTable{})
	case "tc":
		if tb := w.table(); tb != nil {
			tb.cell, tb.span = []string{}, 1
		}
	case "gridSpan":
		// A merged cell counts as that many columns, so columns stay aligned.
		if tb := w.table(); tb != nil && parent == "tcPr" {
			if n, err := strconv.Atoi(val(t)); err == nil {
				tb.span = min(max(n, 1), 50)
			}
		}
	}
}

func (w *docxWriter) table() *docxTable {
	if len(w.tables) == 0 {
		return nil
	}
	return w.tables[len(w.tables)-1]
}

func (w *docxWriter) end(name string) {
	switch name {
	case "p":
		if len(w.paras) == 0 {
			return
		}
		p := w.paras[len(w.paras)-1]
		w.paras = w.paras[:len(w.paras)-1]
		w.emitPara(p)
	case "tc":
		if tb := w.table(); tb != nil {
			tb.row = append(tb.row, strings.Join(tb.cell, " "))
			for i := 1; i < tb.span; i++ {
				tb.row = append(tb.row, "")
			}
			tb.cell, tb.span = nil, 1
		}
	case "tr":
		if tb := w.table(); tb != nil {
			tb.rows = append(tb.rows, tb.row)
			tb.row = nil
		}
	case "tbl":
		if len(w.tables) == 0 {
			return
		}
		tb := w.tables[len(w.tables)-1]
		w.tables = w.tables[:len(w.tables)-1]
		w.emitTable(tb)
	}
}

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
