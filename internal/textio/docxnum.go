package textio

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// Word does not store list numbers in the text: numbering.xml defines
// levels (format, template like "%1.%2", start, restart rule), paragraphs
// point at a numbering instance and a level, and the counter lives in
// Word's layout engine. This file rebuilds it.

type wVal struct {
	Val string `xml:"val,attr"`
}

type numPrXML struct {
	Ilvl  *wVal `xml:"ilvl"`
	NumID *wVal `xml:"numId"`
}

type levelXML struct {
	Ilvl    int       `xml:"ilvl,attr"`
	Start   *wVal     `xml:"start"`
	NumFmt  *wVal     `xml:"numFmt"`
	LvlText *wVal     `xml:"lvlText"`
	Restart *wVal     `xml:"lvlRestart"`
	IsLgl   *struct{} `xml:"isLgl"`
	Suff    *wVal     `xml:"suff"`
	PStyle  *wVal     `xml:"pStyle"`
}

type numberingXML struct {
	Abstract []struct {
		ID           string     `xml:"abstractNumId,attr"`
		NumStyleLink *wVal      `xml:"numStyleLink"`
		Levels       []levelXML `xml:"lvl"`
	} `xml:"abstractNum"`
	Nums []struct {
		ID        string `xml:"numId,attr"`
		Abstract  wVal   `xml:"abstractNumId"`
		Overrides []struct {
			Ilvl  int       `xml:"ilvl,attr"`
			Start *wVal     `xml:"startOverride"`
			Lvl   *levelXML `xml:"lvl"`
		} `xml:"lvlOverride"`
	} `xml:"num"`
}

type stylesXML struct {
	Styles []struct {
		ID      string `xml:"styleId,attr"`
		Name    wVal   `xml:"name"`
		BasedOn *wVal  `xml:"basedOn"`
		PPr     struct {
			NumPr      *numPrXML `xml:"numPr"`
			OutlineLvl *wVal     `xml:"outlineLvl"`
		} `xml:"pPr"`
	} `xml:"style"`
}

const maxLevels = 9

type numLevel struct {
	start   int
	format  string
	text    string
	restart int // 1-based level after whose use this level restarts; -1: any higher level
	isLgl   bool
	suff    string
	pStyle  string
}

type numInstance struct {
	abstract  string
	overrides map[int]levelXML // whole-level overrides
	starts    map[int]int      // startOverride per level
	applied   bool             // starts already applied to the counters
}

type counters struct {
	cur [maxLevels]int
	set [maxLevels]bool
}

type numbering struct {
	abstract  map[string]*[maxLevels]numLevel
	styleLink map[string]string // abstractNum id → numbering style id it defers to
	nums      map[string]*numInstance
	// Word keeps one running count per abstract list: two numIds on the
	// same abstractNum continue each other unless one overrides its start.
	counts map[string]*counters
	styles *docxStyles
}

func parseNumbering(data []byte, styles *docxStyles) *numbering {
	nb := &numbering{
		abstract:  map[string]*[maxLevels]numLevel{},
		styleLink: map[string]string{},
		nums:      map[string]*numInstance{},
		counts:    map[string]*counters{},
		styles:    styles,
	}
	var x numberingXML
	if len(data) == 0 || xml.Unmarshal(data, &x) != nil {
		return nb
	}
	for _, a := range x.Abstract {
		var lv [maxLevels]numLevel
		for i := range lv {
			lv[i] = numLevel{start: 1, format: "decimal", text: "%" + strconv.Itoa(i+1) + ".", restart: -1}
		}
		for _, l := range a.Levels {
			if l.Ilvl >= 0 && l.Ilvl < maxLevels {
				lv[l.Ilvl] = l.apply(lv[l.Ilvl])
			}
		}
		nb.abstract[a.ID] = &lv
		if a.NumStyleLink != nil {
			nb.styleLink[a.ID] = a.NumStyleLink.Val
		}
	}
	for _, n := range x.Nums {
		in := &numInstance{abstract: n.Abstract.Val, overrides: map[int]levelXML{}, starts: map[int]int{}}
		for _, o := range n.Overrides {
			if o.Lvl != nil {
				in.overrides[o.Ilvl] = *o.Lvl
			}
			if o.Start != nil {
				if v, err := strconv.Atoi(o.Start.Val); err == nil {
					in.starts[o.Ilvl] = v
				}
			}
		}
		nb.nums[n.ID] = in
	}
	return nb
}

func (l levelXML) apply(lv numLevel) numLevel {
	if l.Start != nil {
		if v, err := strconv.Atoi(l.Start.Val); err == nil {
			lv.start = v
		}
	}
	if l.NumFmt != nil {
		lv.format = l.NumFmt.Val
	}
	if l.LvlText != nil {
		lv.text = l.LvlText.Val
	}
	if l.Restart != nil {
		if v, err := strconv.Atoi(l.Restart.Val); err == nil {
			lv.restart = v
		}
	}
	lv.isLgl = l.IsLgl != nil
	if l.Suff != nil {
		lv.suff = l.Suff.Val
	}
	if l.PStyle != nil {
		lv.pStyle = l.PStyle.Val
	}
	return lv
}

// resolve finds the abstract list a numbering instance really uses,
// following numStyleLink through the numbering style to its own list.
func (nb *numbering) resolve(numID string) (string, *[maxLevels]numLevel) {
	for hops := 0; hops < 5; hops++ {
		in := nb.nums[numID]
		if in == nil {
			return "", nil
		}
		link, ok := nb.styleLink[in.abstract]
		if !ok || nb.styles == nil {
			return in.abstract, nb.abstract[in.abstract]
		}
		next, _ := nb.styles.numPr(link)
		if next == "" || next == numID {
			return in.abstract, nb.abstract[in.abstract]
		}
		numID = next
	}
	return "", nil
}

// next advances the counter of numID at level ilvl and returns the label
// as Word prints it ("1.", "（1）", "一、", "2.3") and whether it is a bullet.
func (nb *numbering) next(numID string, ilvl int) (label string, bullet bool, suff string) {
	in := nb.nums[numID]
	key, levels := nb.resolve(numID)
	if in == nil || levels == nil || ilvl < 0 || ilvl >= maxLevels {
		return "", false, ""
	}
	lv := *levels
	for i, o := range in.overrides {
		if i >= 0 && i < maxLevels {
			lv[i] = o.apply(lv[i])
		}
	}
	c := nb.counts[key]
	if c == nil {
		c = &counters{}
		nb.counts[key] = c
	}
	if !in.applied {
		// A startOverride restarts the list where this instance begins.
		for i, v := range in.starts {
			if i >= 0 && i < maxLevels {
				c.cur[i], c.set[i] = v-1, true
			}
		}
		in.applied = true
	}
	if c.set[ilvl] {
		c.cur[ilvl]++
	} else {
		c.cur[ilvl], c.set[ilvl] = lv[ilvl].start, true
	}
	for d := ilvl + 1; d < maxLevels; d++ {
		r := lv[d].restart
		if r < 0 {
			r = d
		}
		if ilvl < r {
			c.set[d] = false
		}
	}
	cur := lv[ilvl]
	if cur.format == "bullet" {
		return "", true, cur.suff
	}
	var b strings.Builder
	t := cur.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			k := int(t[i+1] - '1')
			v := lv[k].start
			if c.set[k] {
				v = c.cur[k]
			}
			f := lv[k].format
			if cur.isLgl || f == "bullet" {
				f = "decimal"
			}
			b.WriteString(formatNumber(f, v))
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	return b.String(), false, cur.suff
}
