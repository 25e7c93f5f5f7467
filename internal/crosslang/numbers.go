// Package crosslang compares two language versions of a policy (English and
// Chinese): it aligns their clauses and reports every place where the two
// disagree on facts a reader relies on — numbers, time limits, ages, dates,
// contact details, organisation names, list and table sizes, key terms.
package crosslang

import (
	"github.com/policydiff/policydiff/internal/lazy"

	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Number is a number found in text, in any script.
type Number struct {
	Value   float64
	Percent bool
	Text    string // as written ("三十", "３０", "thirty", "100%")
	Pos     int    // byte offsets in the text passed in
	End     int
}

// Key is the language-neutral form used to compare numbers across languages.
func (n Number) Key() string {
	k := strconv.FormatFloat(n.Value, 'f', -1, 64)
	if n.Percent {
		k += "%"
	}
	return k
}

var percentRe = &lazy.Regexp{Expr: `^\s*(?:%|percent\b|per cent\b)`}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// arabicRuns finds "12", "3.5" and "1,000" (a comma only before exactly
// three digits, so "1,2" is two numbers).
func arabicRuns(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		for j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
			(j+4 == len(s) || !isDigit(s[j+4])) && j-i <= 3 {
			j += 4
		}
		if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
			j++
			for j < len(s) && isDigit(s[j]) {
				j++
			}
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// Numbers returns the numbers in s: Arabic digits (half- or full-width),
// Chinese numerals (三十, 十五, 一百, 两千, 三万, 百分之三十) and English number
// words (thirty, twenty-four, one hundred). Digits inside a word (ISO27001,
// SHA256) are not numbers. A lone Chinese digit counts only before a unit or
// classifier (三天, 两类), so 一些, 统一 and 第三方 are not numbers.
func Numbers(s string) []Number {
	t := normalize(s)
	var out []Number
	for _, m := range arabicRuns(t.s) {
		p, e := m[0], m[1]
		if p > 0 {
			if r, _ := utf8.DecodeLastRuneInString(t.s[:p]); isLatinLetter(r) || r == '.' && p > 1 && isDigitBefore(t.s[:p-1]) {
				continue
			}
		}
		if r, _ := utf8.DecodeRuneInString(t.s[e:]); isLatinLetter(r) {
			continue
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(t.s[p:e], ",", ""), 64)
		if err != nil {
			continue
		}
		n := Number{Value: v, Pos: p, End: e}
		if m := percentRe.Re().FindStringIndex(t.s[e:]); m != nil {
			n.Percent, n.End = true, e+m[1]
		}
		out = append(out, n)
	}
	out = append(out, chineseNumbers(t.s)...)
	out = append(out, englishNumbers(t.s)...)
	sortByPos(out, func(n Number) int { return n.Pos })
	for i := range out {
		out[i].Text = t.orig(s, out[i].Pos, out[i].End)
		out[i].Pos, out[i].End = t.off[out[i].Pos], t.off[out[i].End]
	}
	return out
}

func isDigitBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r >= '0' && r <= '9'
}

func isLatinLetter(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }

// zhDigitOf is the value of a Chinese digit.
func zhDigitOf(r rune) (int, bool) {
	switch r {
	case '零', '〇':
		return 0, true
	case '一':
		return 1, true
	case '二', '两':
		return 2, true
	case '三':
		return 3, true
	case '四':
		return 4, true
	case '五':
		return 5, true
	case '六':
		return 6, true
	case '七':
		return 7, true
	case '八':
		return 8, true
	case '九':
		return 9, true
	}
	return 0, false
}

// zhUnitOf is the value of a Chinese unit character.
func zhUnitOf(r rune) (int, bool) {
	switch r {
	case '十':
		return 10, true
	case '百':
		return 100, true
	case '千':
		return 1000, true
	case '万':
		return 10000, true
	case '亿':
		return 100000000, true
	}
	return 0, false
}

// leadingUnit reports a numeral that opens with a unit other than 十: a
// word (万一 "in case", 千万 "by all means", 百度), not a number.
func leadingUnit(r rune) bool {
	_, unit := zhUnitOf(r)
	return unit && r != '十'
}

func isZHNumeral(r rune) bool {
	_, digit := zhDigitOf(r)
	_, unit := zhUnitOf(r)
	return digit || unit
}

// zhCounters are the units and classifiers after which a lone Chinese digit
// is a number; 级 is left out so 三级 (a grade name) is not a count.
var zhCounters = []string{"周岁", "岁", "个", "天", "日", "年", "月", "小时", "分钟", "秒", "周", "星期",
	"次", "项", "条", "名", "类", "种", "份", "位", "家", "倍", "元", "人", "款", "章", "节"}

func chineseNumbers(s string) []Number {
	var out []Number
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isZHNumeral(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !isZHNumeral(r2) {
				break
			}
			j += sz
		}
		run := s[i:j]
		start := i
		i = j
		// 百分之三十: a percentage.
		if strings.HasSuffix(s[:start], "百分之") {
			if v, ok := parseZH(run); ok {
				out = append(out, Number{Value: float64(v), Percent: true, Pos: start - len("百分之"), End: j})
			}
			continue
		}
		if run == "百" && strings.HasPrefix(s[j:], "分之") {
			continue // the 百 of 百分之, read with the number after it
		}
		if strings.HasSuffix(s[:start], "第") {
			continue // ordinals (第三方 is "third party")
		}
		runes := []rune(run)
		if leadingUnit(runes[0]) {
			continue
		}
		if len(runes) == 1 || allDigits(runes) && len(runes) < 3 {
			if !hasCounter(s[j:]) {
				continue
			}
		}
		if v, ok := zhValue(s, start, run); ok {
			out = append(out, Number{Value: v, Pos: start, End: j})
		}
	}
	return out
}

func hasCounter(s string) bool {
	s = strings.TrimLeft(s, " ")
	for _, c := range zhCounters {
		if strings.HasPrefix(s, c) {
			return true
		}
	}
	return false
}

func allDigits(rs []rune) bool {
	for _, r := range rs {
		if _, ok := zhDigitOf(r); !ok {
			return false
		}
	}
	return true
}

// parseZH reads a Chinese numeral: positional (三十五, 一百零五, 两万三千) or,
// when it has no unit characters, digit by digit (二〇二一).
func parseZH(s string) (int, bool) {
	rs := []rune(s)
	if allDigits(rs) {
		v := 0
		for _, r := range rs {
			d, _ := zhDigitOf(r)
			v = v*10 + d
		}
		return v, true
	}
	total, section, cur := 0, 0, 0
	for _, r := range rs {
		if d, ok := zhDigitOf(r); ok {
			cur = d
			continue
		}
		u, _ := zhUnitOf(r)
		switch {
		case u >= 10000:
			section = (section + cur) * u
			total += section
			section, cur = 0, 0
		default:
			if cur == 0 {
				cur = 1 // 十五 is fifteen
			}
			section += cur * u
			cur = 0
		}
	}
	return total + section + cur, true
}

var enSmall = &lazy.Value[map[string]int]{New: func() map[string]int {
	return map[string]int{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
		"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
		"ninety": 90}
}}
var enScale = &lazy.Value[map[string]int]{New: func() map[string]int {
	return map[string]int{"hundred": 100, "thousand": 1000, "million": 1000000}
}}

// asciiWords returns the [start, end) offsets of the runs of ASCII letters.
func asciiWords(s string) [][2]int {
	var out [][2]int
	start := -1
	for i := 0; i <= len(s); i++ {
		letter := i < len(s) && (s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z')
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			if (start == 0 || s[start-1] < 0x80) && (i == len(s) || s[i] < 0x80) {
				out = append(out, [2]int{start, i})
			}
			start = -1
		}
	}
	return out
}

func englishNumbers(s string) []Number {
	var out []Number
	words := asciiWords(s)
	for i := 0; i < len(words); i++ {
		if n := words[i][1] - words[i][0]; n < 3 || n > 9 || !strings.ContainsRune("zZoOtTfFsSeEnN", rune(s[words[i][0]])) {
			continue
		}
		cur, ok := enSmall.Get()[strings.ToLower(s[words[i][0]:words[i][1]])]
		if !ok {
			continue
		}
		start, end := words[i][0], words[i][1]
		total := 0
		j := i + 1
		for ; j < len(words); j++ {
			gap := s[end:words[j][0]]
			if gap != " " && gap != "-" {
				break
			}
			w2 := strings.ToLower(s[words[j][0]:words[j][1]])
			if v, ok := enSmall.Get()[w2]; ok && cur%10 == 0 && cur >= 20 && v < 10 {
				cur += v
			} else if sc, ok := enScale.Get()[w2]; ok {
				cur *= sc
				if sc >= 1000 {
					total += cur
					cur = 0
				}
			} else {
				break
			}
			end = words[j][1]
		}
		i = j - 1
		if total+cur == 0 || compound(s[end:]) {
			continue // "Creative Commons Zero", "two-factor authentication"
		}
		n := Number{Value: float64(total + cur), Pos: start, End: end}
		if m := percentRe.Re().FindStringIndex(s[end:]); m != nil {
			n.Percent, n.End = true, end+m[1]
		}
		out = append(out, n)
	}
	return out
}

var unitHyphenRe = &lazy.Regexp{Expr: `(?i)^-(?:day|week|month|year|hour|minute|percent)s?\b`}

// compound tells "two-factor" (a word, not a count) from "thirty-day".
func compound(after string) bool {
	return strings.HasPrefix(after, "-") && !unitHyphenRe.Re().MatchString(after)
}
