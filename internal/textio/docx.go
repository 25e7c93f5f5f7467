package textio

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
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
	// A vertically merged cell is written once in Word and shown across
	// rows; each row is a clause of its own, so the text is copied down.
	vmerge string         // the open cell's w:vMerge: "restart", "continue" or ""
	merged map[int]string // column → text of the merge that is open there
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

// skippedPart reports the parts holding text that is not the document's: deleted revisions,
// field instructions, the old properties of tracked changes, and the
// fallback copy of text boxes (the mc:Choice copy is read).
func skippedPart(name string) bool {
	switch name {
	case "del", "moveFrom", "delText", "instrText", "delInstrText",
		"pPrChange", "rPrChange", "sectPrChange", "tblPrChange",
		"trPrChange", "tcPrChange", "numberingChange", "Fallback",
		"footnoteReference", "endnoteReference", "commentReference":
		return true
	}
	return false
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
			if skippedPart(t.Name.Local) {
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
			tb.cell, tb.span, tb.vmerge = []string{}, 1, ""
		}
	case "vMerge":
		if tb := w.table(); tb != nil && parent == "tcPr" {
			tb.vmerge = val(t)
			if tb.vmerge == "" {
				tb.vmerge = "continue"
			}
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
			text, col := strings.Join(tb.cell, " "), len(tb.row)
			switch tb.vmerge {
			case "restart":
				if tb.merged == nil {
					tb.merged = map[int]string{}
				}
				tb.merged[col] = text
			case "continue":
				if text == "" {
					text = tb.merged[col]
				}
			default:
				delete(tb.merged, col)
			}
			tb.row = append(tb.row, text)
			for i := 1; i < tb.span && len(tb.row) < maxColumns; i++ {
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
