package textio

import (
	"encoding/xml"
	"strconv"
	"strings"
)

type docxStyle struct {
	name       string // lower case, e.g. "heading 1"
	basedOn    string
	numID      string
	ilvl       int // -1 when the style names a list but not a level
	hasNumPr   bool
	outlineLvl int // 0-based; -1 when unset
}

type docxStyles struct {
	byID map[string]docxStyle
}

func parseStyles(data []byte) *docxStyles {
	st := &docxStyles{byID: map[string]docxStyle{}}
	var x stylesXML
	if len(data) == 0 || xml.Unmarshal(data, &x) != nil {
		return st
	}
	for _, s := range x.Styles {
		d := docxStyle{name: strings.ToLower(s.Name.Val), ilvl: -1, outlineLvl: -1}
		if s.BasedOn != nil {
			d.basedOn = s.BasedOn.Val
		}
		if np := s.PPr.NumPr; np != nil {
			d.hasNumPr = true
			if np.NumID != nil {
				d.numID = np.NumID.Val
			}
			if np.Ilvl != nil {
				d.ilvl, _ = strconv.Atoi(np.Ilvl.Val)
			}
		}
		if s.PPr.OutlineLvl != nil {
			if v, err := strconv.Atoi(s.PPr.OutlineLvl.Val); err == nil {
				d.outlineLvl = v
			}
		}
		st.byID[s.ID] = d
	}
	return st
}

// headingLevel is 1..9 for heading styles (by name, id or outline level,
// inherited through basedOn), else 0. Chinese Word names heading styles by
// number ("1", "2") but keeps the English name "heading 1".
func (s *docxStyles) headingLevel(id string) int {
	for hops := 0; id != "" && hops < 10; hops++ {
		d, ok := s.byID[id]
		if n := headingFromName(id); n > 0 && !ok {
			return n
		}
		if !ok {
			return 0
		}
		if n := headingFromName(d.name); n > 0 {
			return n
		}
		if d.name == "title" || d.name == "标题" {
			return 1
		}
		if d.outlineLvl >= 0 && d.outlineLvl < 9 {
			return d.outlineLvl + 1
		}
		id = d.basedOn
	}
	return 0
}

// headingFromName reads "heading 2", "Heading2" and WPS's "标题 2".
func headingFromName(name string) int {
	name = strings.ToLower(strings.ReplaceAll(name, " ", ""))
	for _, prefix := range []string{"heading", "标题"} {
		if rest, ok := strings.CutPrefix(name, prefix); ok {
			if n, err := strconv.Atoi(rest); err == nil && n >= 1 && n <= 9 {
				return n
			}
		}
	}
	return 0
}

// isTOC reports table-of-contents styles ("toc 1"): their paragraphs repeat
// the headings with page numbers and are not clauses.
func (s *docxStyles) isTOC(id string) bool {
	name := id
	if d, ok := s.byID[id]; ok {
		name = d.name
	}
	name = strings.ToLower(strings.ReplaceAll(name, " ", ""))
	rest, ok := strings.CutPrefix(name, "toc")
	_, err := strconv.Atoi(rest)
	return ok && err == nil
}

// numPr is the list a paragraph style puts its paragraphs in, inherited
// through basedOn; ilvl is -1 when the style does not say.
func (s *docxStyles) numPr(id string) (string, int) {
	for hops := 0; id != "" && hops < 10; hops++ {
		d, ok := s.byID[id]
		if !ok {
			return "", -1
		}
		if d.hasNumPr {
			return d.numID, d.ilvl
		}
		id = d.basedOn
	}
	return "", -1
}
