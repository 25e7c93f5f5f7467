package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
)

// pipeTable reads a markdown pipe table; separator rows are dropped.
func pipeTable(lines []string, line int) unit {
	u := unit{kind: unitTable, line: line, raw: lines, tableRows: &tableRows{}}
	for i, l := range lines {
		cells := splitPipe(strings.TrimSpace(l))
		if isSeparatorRow(cells) {
			continue
		}
		u.addRow(cells, line+i, l)
	}
	return u
}

func splitPipe(l string) []string {
	l = strings.TrimPrefix(l, "|")
	if strings.HasSuffix(l, "|") && !strings.HasSuffix(l, "\\|") {
		l = l[:len(l)-1]
	}
	cells := make([]string, 0, strings.Count(l, "|")+1)
	start := 0
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, strings.TrimSpace(l[start:i]))
			start = i + 1
		}
	}
	return append(cells, strings.TrimSpace(l[start:]))
}

func isSeparatorRow(cells []string) bool {
	for _, c := range cells {
		if strings.Trim(c, ":- ") != "" || !strings.Contains(c, "-") && c != "" {
			return false
		}
	}
	return true
}

// tsvEnd returns the end of the tab-separated block starting at lines[i],
// or 0 when the tabs there do not make a table. A single blank line inside
// the block is a page break of a PDF extraction, not the table's end.
func tsvEnd(lines []string, i int) int {
	j := i
	rows := 0
	for j < len(lines) {
		if strings.IndexByte(lines[j], '\t') >= 0 && strings.TrimSpace(lines[j]) != "" {
			rows++
			j++
			continue
		}
		if strings.TrimSpace(lines[j]) == "" && j+1 < len(lines) && strings.IndexByte(lines[j+1], '\t') >= 0 {
			j++
			continue
		}
		break
	}
	if rows >= 2 || len(splitTabs(lines[i])) >= 3 {
		return j
	}
	return 0
}

func splitTabs(l string) []string {
	cells := strings.Split(strings.TrimRight(l, " \r"), "\t")
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
	}
	return cells
}

// tsvTable reads a tab-separated table from a PDF extraction: a header row
// repeated after a page break is dropped, and a row whose leading cells are
// empty continues the row before it.
func tsvTable(lines []string, line int) unit {
	u := unit{kind: unitTable, line: line, tableRows: &tableRows{}}
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		u.raw = append(u.raw, l)
		cells := splitTabs(l)
		if len(u.rows) > 0 && sameCells(cells, u.rows[0]) {
			continue
		}
		if len(u.rows) > 1 && cells[0] == "" {
			prev := u.rows[len(u.rows)-1]
			for k, c := range cells {
				if k < len(prev) {
					prev[k] = joinCell(prev[k], c)
				} else {
					prev = append(prev, c)
				}
			}
			u.rows[len(u.rows)-1] = prev
			u.rowRaw[len(u.rowRaw)-1] += "\n" + l
			continue
		}
		u.addRow(cells, line+i, l)
	}
	return u
}

func (u *unit) addRow(cells []string, line int, raw string) {
	u.rows = append(u.rows, cells)
	u.rowAt = append(u.rowAt, line)
	u.rowRaw = append(u.rowRaw, raw)
}

func sameCells(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func joinCell(a, b string) string {
	switch {
	case b == "":
		return a
	case a == "":
		return b
	}
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if doc.IsCJK(last) && doc.IsCJK(first) {
		return a + b
	}
	return a + " " + b
}
