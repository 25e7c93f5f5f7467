package material

import (
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/lazy"
)

// sectionRules map the heading of a top-level section to the item it is
// about, in the order they are tried: "How we share, transfer and disclose"
// must not fall to the broader "use" rule.
var sectionRules = []struct {
	cat int
	re  *lazy.Regexp
}{
	{5, &lazy.Regexp{Expr: `(?i)\bcontact(?:ing)?\b|联系我们|如何联系|联系方式`}},
	{3, &lazy.Regexp{Expr: `(?i)\bshar(?:e|es|ing)\b|\btransfer|\bdisclos|共享|转让|披露|委托处理`}},
	{4, &lazy.Regexp{Expr: `(?i)\bmanag(?:e|ing)\b|\byour (?:privacy )?(?:rights|choices)\b|\baccess(?:ing)? (?:and|to|,)|管理您的|如何管理|您的权利|您的选择`}},
	{2, &lazy.Regexp{Expr: `(?i)\bwho we are\b|\babout us\b|\bcontroller\b|我们是谁|关于我们|运营者`}},
	{1, &lazy.Regexp{Expr: `(?i)\bcollect|\buse (?:of )?(?:your )?(?:personal )?(?:information|data)|\bcookies?\b|\bstor(?:e|age)|\bsave\b|\bretention\b|收集|使用|Cookie|保存|存储`}},
}

// sectionCategory is the category named by the nearest heading above the
// clause (its own first, then its ancestors' up to the top-level section)
// that names one, or 0. It only ever sharpens a flag that a changed entity
// raised; it never raises one itself.
func sectionCategory(c *doc.Clause) int { return sectionCategoryIn(c, nil) }

// sectionCategoryIn is sectionCategory remembering, in memo when it is not
// nil, the category each heading names: the changes of one comparison
// mostly sit under a handful of headings.
func sectionCategoryIn(c *doc.Clause, memo map[string]int) int {
	for p := c; p != nil; p = p.Parent {
		if p.Kind == doc.KindPreamble {
			return 0
		}
		title := p.Heading
		// An unheaded top-level clause names a section only when its first
		// line is short enough to be a title rather than prose.
		if title == "" && p.Parent == nil {
			if first := firstLine(p.Text); utf8.RuneCountInString(first) <= 60 {
				title = first
			}
		}
		if title == "" {
			continue
		}
		cat, ok := memo[title]
		if !ok {
			cat = titleCategory(title)
			if memo != nil {
				memo[title] = cat
			}
		}
		if cat != 0 {
			return cat
		}
	}
	return 0
}

// titleCategory is the category of the first of sectionRules matching
// title, each tried only where a match can begin (see lexScanner).
func titleCategory(title string) int {
	s := sectionScan.Get()
	var at [][]place
	if !foldsToASCII(title) {
		at = s.candidates(title)
	}
	for i, r := range sectionRules {
		if at == nil || !s.scanned[i] {
			if r.re.Re().MatchString(title) {
				return r.cat
			}
			continue
		}
		if n, _ := s.findAll(i, title, at[i]); n > 0 {
			return r.cat
		}
	}
	return 0
}

var sectionScan = &lazy.Value[*lexScanner]{New: func() *lexScanner {
	return tableScanner(sectionSources(), sectionAlts, &sectionTable)
}}

func sectionSources() []string {
	src := make([]string, len(sectionRules))
	for i, r := range sectionRules {
		src[i] = r.re.Expr
	}
	return src
}

func sectionAlts() [][]string {
	var alts [][]string
	for _, r := range sectionRules {
		alts = append(alts, flagAlts(r.re.Expr))
	}
	return alts
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
