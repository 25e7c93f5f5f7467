package parse

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
)

type unitKind uint8

const (
	unitPara unitKind = iota
	unitHeading
	unitTable
)

// unit is one logical block of the source: a paragraph (its broken lines
// joined), a markdown heading or a table.
type unit struct {
	line int      // 1-based first source line
	raw  []string // the source lines
	text string   // paragraph or heading text, joined but not cleaned
	mk   *marker
	// Tables alone have rows; behind a pointer, they do not weigh on the
	// many units that are paragraphs.
	*tableRows
	kind  unitKind
	level int8 // heading level
	toc   bool // a table-of-contents line folded into the preamble
}

type tableRows struct {
	rows   [][]string // table rows, cells uncleaned, header first
	rowAt  []int      // the source line of each row
	rowRaw []string   // the source text of each row
}

// joiner grows the text and marker rest of the paragraph whose broken lines
// are being joined, so that a paragraph of many lines is not copied once
// per line. Only the last unit is ever joined to; at is its index, kept
// rather than a pointer because units grows.
type joiner struct {
	at         int
	text, rest []byte
}

func (j *joiner) add(units []unit, at int, line string) {
	p := &units[at]
	if j.at != at {
		j.flush(units)
		j.at = at
		j.text = append(j.text[:0], p.text...)
		if p.mk != nil {
			j.rest = append(j.rest[:0], p.mk.rest...)
		}
	}
	j.text = appendJoin(j.text, line)
	if p.mk != nil {
		j.rest = appendJoin(j.rest, line)
	}
}

func (j *joiner) flush(units []unit) {
	if j.at < 0 {
		return
	}
	u := &units[j.at]
	u.text = string(j.text)
	if u.mk != nil {
		u.mk.rest, u.mk.cleaned = string(j.rest), false
	}
	j.at = -1
}

// scan splits text into units.
func scan(text string) []unit {
	lines := strings.Split(text, "\n")
	// A unit takes one line at least, and an empty line none: most texts
	// are either one paragraph a line or blank lines between paragraphs.
	most := len(lines)
	for _, ln := range lines {
		if ln == "" {
			most--
		}
	}
	units := make([]unit, 0, most)
	// The source lines of a unit are kept in lines, each one as trimmed
	// and put back once read, so that a unit of lines in a row is a slice
	// of them. A slice is capped, and a line joined after a gap copies it
	// rather than overwriting the line after it.
	blanks := 0
	join := joiner{at: -1}
	last := "" // the last line of the last unit, when a paragraph
	var markers slab[marker]
	for i := 0; i < len(lines); i++ {
		ln := trimLineRight(lines[i])
		t := trimLineLeft(ln)
		switch {
		case t == "":
			blanks++
			continue
		case strings.HasPrefix(t, "|"):
			j := i
			for j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "|") {
				j++
			}
			units = append(units, pipeTable(lines[i:j], i+1))
			i, blanks = j-1, 0
			continue
		case strings.IndexByte(ln, '\t') >= 0:
			if j := tsvEnd(lines, i); j > 0 {
				units = append(units, tsvTable(lines[i:j], i+1))
				i, blanks = j-1, 0
				continue
			}
			ln = strings.ReplaceAll(ln, "\t", " ")
		case t[0] == '#':
			if lvl, h := atxHeading(t); lvl > 0 {
				lines[i] = ln
				units = append(units, heading(lines[i:i+1:i+1], h, lvl, i+1, &markers))
				blanks = 0
				continue
			}
		case isRule(t):
			blanks++ // a thematic break separates like a blank line
			continue
		case t[0] == '{' && scriptData(t):
			blanks++
			continue
		}
		if i+1 < len(lines) {
			if lvl := setextLevel(lines[i+1]); lvl > 0 {
				u := heading([]string{ln + "\n" + lines[i+1]}, t, lvl, i+1, &markers)
				units = append(units, u)
				i++
				blanks = 0
				continue
			}
		}
		t = strings.TrimPrefix(t, "> ")
		mk := detectMarker(t, &markers)
		if n := len(units); n > 0 && mk == nil && blanks <= 1 && joinable(&units[n-1], last, t) {
			p := &units[n-1]
			join.add(units, n-1, t)
			lines[i] = ln
			if first := p.line - 1; len(p.raw) == i-first {
				p.raw = lines[first : i+1 : i+1]
			} else {
				p.raw = append(p.raw, ln)
			}
			last = t
			blanks = 0
			continue
		}
		lines[i] = ln
		units = append(units, unit{kind: unitPara, line: i + 1, raw: lines[i : i+1 : i+1], text: t, mk: mk})
		last = t
		blanks = 0
	}
	join.flush(units)
	return units
}

func heading(raw []string, text string, level, line int, markers *slab[marker]) unit {
	u := unit{kind: unitHeading, line: line, raw: raw, text: text, level: int8(level)}
	u.mk = detectMarker(CleanInline(text), markers)
	if u.mk != nil && u.mk.style == styleAttach {
		u.mk = nil
	}
	return u
}

// atxHeading reads "## Title ##".
func atxHeading(t string) (int, string) {
	lvl := doc.ATXLevel(t)
	if lvl == 0 || lvl == len(t) {
		return 0, ""
	}
	h := doc.ATXBody(t[lvl:])
	if h == "" {
		return 0, ""
	}
	return lvl, h
}

func setextLevel(next string) int {
	t := strings.TrimSpace(next)
	if len(t) < 2 {
		return 0
	}
	c := t[0]
	if c != '=' && c != '-' {
		return 0
	}
	if strings.Trim(t, string(c)) != "" {
		return 0
	}
	if c == '=' {
		return 1
	}
	if len(t) < 3 {
		return 0
	}
	return 2
}

// scriptData reports whether a line is a JSON object on its own, as a page
// captured with its scripts holds ({"resolvedServerColorMode":"day"} at the
// foot of GitHub's statement, there in one capture and not the next): no
// policy says anything in one, and kept, it made a clause "modified".
func scriptData(t string) bool {
	return strings.HasPrefix(t, `{"`) && strings.HasSuffix(t, "}") && json.Valid([]byte(t))
}

func isRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '-' && c != '*' && c != '_' && c != '=' {
		return false
	}
	return strings.Trim(t, string(c)+" ") == ""
}

// joinable decides whether line continues paragraph p, whose last line is
// prev: PDF extraction and hard-wrapped markdown break sentences, but a
// heading (short, unpunctuated) must stay apart from the prose after it.
func joinable(p *unit, prev, line string) bool {
	if p.kind != unitPara || p.toc {
		return false
	}
	if _, b := stripLead(line); b || strings.HasPrefix(line, "```") {
		return false
	}
	if endsSentence(prev) {
		return false
	}
	if strings.HasPrefix(prev, "**") && strings.HasSuffix(prev, "**") && len(p.raw) == 1 {
		return false // a bold line stands alone: a heading or a notice
	}
	first, _ := utf8.DecodeRuneInString(line)
	if first >= 'a' && first <= 'z' {
		return true // headings never go on in lower case
	}
	if p.mk != nil && len(p.raw) == 1 && !wider(p.mk.rest, 59) && headingLike(p.mk.cleanRest(), false) {
		return false
	}
	return wider(prev, 59)
}

// appendJoin glues broken line b to a: nothing between ideographs, one
// space between words, and a line-end hyphen dropped.
func appendJoin(a []byte, b string) []byte {
	core := bytes.TrimRight(a, "*_ ")
	last, _ := utf8.DecodeLastRune(core)
	first, _ := utf8.DecodeRuneInString(b)
	if last == '-' && first >= 'a' && first <= 'z' {
		l2, _ := utf8.DecodeLastRune(core[:len(core)-1])
		if l2 >= 'a' && l2 <= 'z' {
			return append(core[:len(core)-1], b...)
		}
	}
	if !(doc.IsCJK(last) && doc.IsCJK(first)) {
		a = append(a, ' ')
	}
	return append(a, b...)
}

// endsSentence reports whether s ends a sentence, looking through trailing
// emphasis and closing brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " *_\u00a0\u3000")
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if !strings.ContainsRune(")）”’\"」』】]》", r) {
			break
		}
		s = s[:len(s)-n]
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("。！？；：.!?;:…", r)
}
