package crosslang

import (
	"github.com/policydiff/policydiff/internal/lazy"

	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Span is a piece of evidence found in a text.
type Span struct {
	Text string // as written
	Key  string // language-neutral form used for comparison
	Pos  int    // byte offsets in the text passed in
	End  int
}

const enNumAlt = `\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred|a hundred`

const zhNumAlt = `\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+`

var (
	enDurationRe = &lazy.Regexp{Expr: `(?i)\b(` + enNumAlt + `)(?:\s*\(\d+\))?[\s-]+(?:(working|business|calendar|natural)\s+)?(day|hour|minute|week|month|year)s?\b`}
	zhDurationRe = &lazy.Regexp{Expr: `(` + zhNumAlt + `)\s*(?:个\s*)?(工作日|自然日|日历日|小时|分钟|星期|天|日|周|月|年)`}
)

var unitName = &lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{"day": "day", "hour": "hour", "minute": "minute", "week": "week",
		"month": "month", "year": "year", "工作日": "workday", "自然日": "day", "日历日": "day",
		"天": "day", "日": "day", "小时": "hour", "分钟": "minute", "星期": "week", "周": "week",
		"月": "month", "年": "year"}
}}

// Durations returns time limits with their units: "thirty days", "3 working
// days", "三十天", "3 个工作日", "五年". Parts of dates (2021 年 3 月) and ages
// (十六周岁, "18 years or older") are not durations.
func Durations(s string) []Span { return durations(s, append(Dates(s), Ages(s)...)) }

var unitWords = []string{"day", "hour", "minute", "week", "month", "year", "Day", "Hour", "Minute",
	"Week", "Month", "Year", "DAY", "HOUR", "MINUTE", "WEEK", "MONTH", "YEAR"}

func containsAnyOf(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func durations(s string, skip []Span) []Span {
	en, zh := containsAnyOf(s, unitWords), strings.ContainsAny(s, "日天月年周时分")
	if !en && !zh {
		return nil
	}
	t := normalize(s)
	var out []Span
	add := func(p, e int, v float64, unit string) {
		if overlaps(skip, t.off[p], t.off[e]) {
			return
		}
		key := strconv.FormatFloat(v, 'f', -1, 64) + " " + unit
		out = append(out, Span{Text: t.orig(s, p, e), Key: key, Pos: t.off[p], End: t.off[e]})
	}
	for _, m := range findAll(en, enDurationRe, t.s) {
		v, ok := enValue(t.s[m[2]:m[3]])
		if !ok {
			continue
		}
		unit := unitName.Get()[strings.ToLower(t.s[m[6]:m[7]])]
		if m[4] >= 0 && unit == "day" {
			if q := strings.ToLower(t.s[m[4]:m[5]]); q == "working" || q == "business" {
				unit = "workday"
			}
		}
		add(m[0], m[1], v, unit)
	}
	for _, m := range findAll(zh, zhDurationRe, t.s) {
		num, unit := t.s[m[2]:m[3]], unitName.Get()[t.s[m[4]:m[5]]]
		v, ok := zhValue(t.s, m[2], num)
		if !ok || unit == "year" && v >= 1000 {
			continue
		}
		if unit == "day" && strings.HasSuffix(strings.TrimRight(t.s[:m[2]], " "), "月") {
			continue // the day of a date
		}
		add(m[0], m[1], v, unit)
	}
	sortByPos(out, func(s Span) int { return s.Pos })
	return out
}

// zhValue reads the number of a Chinese match, refusing a lone 一 glued to
// the word before it (统一日期, 唯一), which is not a count.
func zhValue(s string, pos int, num string) (float64, bool) {
	if num[0] >= '0' && num[0] <= '9' {
		v, err := strconv.ParseFloat(num, 64)
		return v, err == nil
	}
	if num == "一" && pos > 0 {
		prev, _ := utf8.DecodeLastRuneInString(s[:pos])
		if isHan(prev) && !strings.ContainsRune("在内后前近每满过少约共为于是有的", prev) {
			return 0, false
		}
	}
	rs := []rune(num)
	if leadingUnit(rs[0]) {
		return 0, false
	}
	v, ok := parseZH(num)
	return float64(v), ok
}

func enValue(w string) (float64, bool) {
	w = strings.ToLower(w)
	switch w {
	case "a", "an":
		return 1, true
	case "one hundred", "a hundred":
		return 100, true
	}
	if w[0] >= '0' && w[0] <= '9' {
		v, err := strconv.ParseFloat(w, 64)
		return v, err == nil
	}
	ns := englishNumbers(w)
	if len(ns) != 1 {
		return 0, false
	}
	return ns[0].Value, true
}

var (
	enAgeWords = []string{"under", "below", "younger", "over", "older", "above", "least", "age", "aged", "old"}
	enAgeOf    = []string{"age of", "aged"}
	enAgeRe    = &lazy.Regexp{Expr: `(?i)\b(?:(?:under|below|younger than|over|older than|at least)\s+(?:the\s+age\s+of\s+)?|(?:aged?|age of)\s+)(\d+|[a-z]+(?:-[a-z]+)?)(?:\s*\(\d+\))?(?:\s+years?(?:\s+old|\s+of\s+age)?|-year-old)?\b`}
	enAge2Re   = &lazy.Regexp{Expr: `(?i)\b(\d+)\s*(?:years?\s+(?:old|of\s+age)|-year-old)`}
	// "18 years or older", and "16 or older" after a person or a verb of
	// being: a bare "9 or older" may be a software version.
	enAge3Re    = &lazy.Regexp{Expr: `(?i)\b(\d{1,2})\s+years?\s+(?:or|and)\s+(?:older|over|above)\b`}
	enAge4Re    = &lazy.Regexp{Expr: `(?i)\b(?:are|is|be|users?|individuals?|persons?|people|children|anyone|those)\s+(\d{1,2})\s+(?:or|and)\s+(?:older|over|above)\b`}
	zhAgeRe     = &lazy.Regexp{Expr: `(?:不满|未满|年满|满|低于|小于|超过|大于)?\s*(` + zhNumAlt + `)\s*(?:周岁|岁)(?:以下|以上|以内)?`}
	unitAfterRe = &lazy.Regexp{Expr: `(?i)^\s*(?:%|percent|days?|hours?|minutes?|weeks?|months?|working|business|times|items?)\b`}
)

// Ages returns ages: "under 14", "below the age of 18", "16 years old",
// "18 years or older", "users 16 or older", "不满十四周岁", "18 周岁以下".
// Key is the age in years.
func Ages(s string) []Span {
	// An English age is written in digits, or after the word "age"; every
	// pattern needs one of enAgeWords as a word of its own ("page", "hold"
	// and "cover" do not count, and most clauses then skip the patterns).
	en := hasDigitRun(s, 1) && hasWordOf(s, enAgeWords) || hasWordOf(s, enAgeOf)
	zh := strings.Contains(s, "岁")
	if !en && !zh {
		return nil
	}
	t := normalize(s)
	var out []Span
	for _, re := range []*lazy.Regexp{enAgeRe, enAge2Re, enAge3Re, enAge4Re} {
		for _, m := range findAll(en, re, t.s) {
			v, ok := enValue(t.s[m[2]:m[3]])
			if !ok || v < 1 || v > 25 || unitAfterRe.Re().MatchString(t.s[m[1]:]) {
				continue
			}
			from := m[0]
			if re == enAge4Re {
				from = m[2] // "16 or older", not the "are" that tells it is an age
			}
			if overlaps(out, t.off[from], t.off[m[1]]) {
				continue
			}
			out = append(out, Span{Text: t.orig(s, from, m[1]), Key: strconv.FormatFloat(v, 'f', -1, 64),
				Pos: t.off[from], End: t.off[m[1]]})
		}
	}
	for _, m := range findAll(zh, zhAgeRe, t.s) {
		v, ok := zhValue(t.s, m[2], t.s[m[2]:m[3]])
		if !ok {
			continue
		}
		p := m[0]
		for p < m[1] && t.s[p] == ' ' {
			p++
		}
		out = append(out, Span{Text: t.orig(s, p, m[1]), Key: strconv.FormatFloat(v, 'f', -1, 64),
			Pos: t.off[p], End: t.off[m[1]]})
	}
	sortByPos(out, func(s Span) int { return s.Pos })
	return out
}

var months = &lazy.Value[map[string]int]{New: func() map[string]int {
	return map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
		"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
		"oct": 10, "nov": 11, "dec": 12}
}}

var monthPrefixes = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

const monthAlt = `January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`

var (
	mdyRe = &lazy.Regexp{Expr: `(?i)\b(` + monthAlt + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`}
	dmyRe = &lazy.Regexp{Expr: `(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthAlt + `),?\s+(\d{4})\b`}
	myRe  = &lazy.Regexp{Expr: `(?i)\b(` + monthAlt + `),?\s+(\d{4})\b`}
	isoRe = &lazy.Regexp{Expr: `\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`}
	zhDRe = &lazy.Regexp{Expr: `(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?`}
)

// Dates returns calendar dates: "July 27, 2020", "27 July 2020", "2020-07-27",
// "2020 年 7 月 27 日", "2021年3月". Key is YYYY-MM-DD, or YYYY-MM without a day.
func Dates(s string) []Span {
	if !hasDigitRun(s, 4) && !strings.Contains(s, "４") {
		return nil // every date form here has a four-digit year
	}
	t := normalize(s)
	var out []Span
	add := func(p, e int, y, m, d string) {
		if overlaps(out, t.off[p], t.off[e]) {
			return
		}
		key, ok := dateKey(y, m, d)
		if !ok {
			return
		}
		out = append(out, Span{Text: t.orig(s, p, e), Key: key, Pos: t.off[p], End: t.off[e]})
	}
	sub := func(m []int, i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return t.s[m[2*i]:m[2*i+1]]
	}
	for _, m := range isoRe.Re().FindAllStringSubmatchIndex(t.s, -1) {
		add(m[0], m[1], sub(m, 1), sub(m, 2), sub(m, 3))
	}
	for _, m := range findAll(strings.Contains(t.s, "年"), zhDRe, t.s) {
		add(m[0], m[1], sub(m, 1), sub(m, 2), sub(m, 3))
	}
	named := containsAnyOf(strings.ToLower(t.s), monthPrefixes)
	for _, m := range findAll(named, mdyRe, t.s) {
		add(m[0], m[1], sub(m, 3), sub(m, 1), sub(m, 2))
	}
	for _, m := range findAll(named, dmyRe, t.s) {
		add(m[0], m[1], sub(m, 3), sub(m, 2), sub(m, 1))
	}
	for _, m := range findAll(named, myRe, t.s) {
		add(m[0], m[1], sub(m, 2), sub(m, 1), "")
	}
	sortByPos(out, func(s Span) int { return s.Pos })
	return out
}

func dateKey(y, m, d string) (string, bool) {
	yy, _ := strconv.Atoi(y)
	mm, err := strconv.Atoi(m)
	if err != nil {
		mm = months.Get()[strings.TrimSuffix(strings.ToLower(m), ".")]
	}
	if yy < 1900 || yy > 2200 || mm < 1 || mm > 12 {
		return "", false
	}
	if d == "" {
		return fmt.Sprintf("%04d-%02d", yy, mm), true
	}
	dd, _ := strconv.Atoi(d)
	if dd < 1 || dd > 31 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", yy, mm, dd), true
}

func findAll(ok bool, re *lazy.Regexp, s string) [][]int {
	if !ok {
		return nil
	}
	return re.Re().FindAllStringSubmatchIndex(s, -1)
}

func overlaps(xs []Span, p, e int) bool {
	for _, x := range xs {
		if p < x.End && x.Pos < e {
			return true
		}
	}
	return false
}

func isHan(r rune) bool { return r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF }
