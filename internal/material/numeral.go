package material

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/lazy"
)

var cnDigits = &lazy.Value[map[rune]int]{New: func() map[rune]int {
	return map[rune]int{
		'零': 0, '〇': 0, '一': 1, '壹': 1, '二': 2, '贰': 2, '两': 2, '三': 3, '叁': 3,
		'四': 4, '肆': 4, '五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7,
		'八': 8, '捌': 8, '九': 9, '玖': 9,
	}
}}

var cnUnits = &lazy.Value[map[rune]int]{New: func() map[rune]int {
	return map[rune]int{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000, '万': 10000}
}}

// ChineseNumber parses a Chinese numeral such as 十五, 三十, 一百二十, 两千
// or 二〇二一 (digit by digit). ok is false when s holds anything else.
func ChineseNumber(s string) (n int, ok bool) {
	if s == "" {
		return 0, false
	}
	rs := []rune(s)
	hasUnit := false
	for _, r := range rs {
		if _, u := cnUnits.Get()[r]; u {
			hasUnit = true
		} else if _, d := cnDigits.Get()[r]; !d {
			return 0, false
		}
	}
	if !hasUnit {
		// 二〇二一: a year or code read digit by digit.
		for _, r := range rs {
			n = n*10 + cnDigits.Get()[r]
		}
		return n, true
	}
	total, section, digit := 0, 0, -1
	for _, r := range rs {
		if d, isDigit := cnDigits.Get()[r]; isDigit {
			digit = d
			continue
		}
		u := cnUnits.Get()[r]
		if u == 10000 {
			if digit > 0 {
				section += digit
			}
			total += section * u
			section, digit = 0, -1
			continue
		}
		// A bare 十 at the start (十五) means one ten.
		if digit < 0 {
			digit = 1
		}
		section += digit * u
		digit = -1
	}
	if digit > 0 {
		section += digit
	}
	return total + section, true
}

var enNumbers = &lazy.Value[map[string]int]{New: func() map[string]int {
	return map[string]int{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
		"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
		"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
		"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	}
}}

// EnglishNumber parses digits or number words ("30", "thirty", "forty-five").
func EnglishNumber(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == ' ' }) {
		v, ok := enNumbers.Get()[w]
		if !ok {
			return 0, false
		}
		if v == 100 {
			n = max(n, 1) * 100
		} else {
			n += v
		}
	}
	return n, n > 0
}

// Duration is a period a policy promises or keeps, in days so that
// "one month" and "30 days" compare.
type Duration struct {
	Text string  // as printed
	Days float64 // approximate length
	Kind string  // "deadline", "retention", "notice" or "" (no telling context)
}

const enNum = `\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`

var (
	enDurationRe = &lazy.Regexp{Expr: `(?i)\b(` + enNum + `)(?:\s*\(\d+\))?[\s-]+(working days?|business days?|calendar days?|days?|weeks?|months?|years?|hours?)\b`}
	zhDurationRe = &lazy.Regexp{Expr: `(\d+|[零〇一二两三四五六七八九十百千]+)\s*(个工作日|个自然日|个月|个小时|工作日|自然日|小时|天|日|周|月|年)`}
)

// zhUnitRunes holds a rune of every unit zhDurationRe names.
const zhUnitRunes = "天日周月年时"

var unitDays = &lazy.Value[map[string]float64]{New: func() map[string]float64 {
	return map[string]float64{
		"hour": 1.0 / 24, "day": 1, "working day": 1.4, "business day": 1.4, "calendar day": 1,
		"week": 7, "month": 30, "year": 365,
		"小时": 1.0 / 24, "个小时": 1.0 / 24, "天": 1, "日": 1, "自然日": 1, "个自然日": 1,
		"工作日": 1.4, "个工作日": 1.4, "周": 7, "月": 30, "个月": 30, "年": 365,
	}
}}

// advanceNeed holds, in upper case, a string of every match of advanceCue:
// most sentences with a period lack them all, and neither cue is read.
var advanceNeed = []string{"BEFORE", "PRIOR", "ADVANCE", "提前", "生效前", "之前"}

// periodUnits holds a string of each of enDurationNeed, in upper case
// (TestPeriodUnitsCoverNeed): "WORKING DAY" holds "DAY", so five searches
// answer what eight did.
var periodUnits = []string{"DAY", "WEEK", "MONTH", "YEAR", "HOUR"}

// durations finds the periods in text, each labelled by the cue words of
// the sentence it sits in. Zh units 日/年/月 after a bare number are taken
// only with a cue, since "2021年3月10日" is a date, not a period.
func durations(text string) []Duration {
	var out []Duration
	en := periodNeeds.Get().in(text)
	// Every Chinese unit holds one of zhUnitRunes.
	zh := hasFold(zhDurationNeed, text) && containsRune(text, zhUnitRunes)
	if !en && !zh {
		return nil
	}
	for _, s := range sentences(text) {
		// The cues are read only for a sentence that holds a period.
		kind, cued := "", false
		cueKind := func() string {
			if !cued {
				cued = true
				// 存储库 is a code repository, not storage.
				cue := strings.ReplaceAll(s, "存储库", "仓库")
				switch {
				case deadlineCue.MatchString(cue):
					kind = "deadline"
				case retentionCue.MatchString(cue):
					kind = "retention"
				case hasFold(advanceNeed, cue) && advanceCue.MatchString(cue) && noticeCue.MatchString(cue):
					kind = "notice"
				}
			}
			return kind
		}
		var enMatches []enPeriod
		if en && periodNeeds.Get().in(s) {
			enMatches = enPeriods(s)
		}
		for _, m := range enMatches {
			n, ok := EnglishNumber(m.num)
			if !ok {
				continue
			}
			unit := strings.TrimSuffix(strings.ToLower(m.unit), "s")
			out = append(out, Duration{Text: m.text, Days: float64(n) * unitDays.Get()[unit], Kind: cueKind()})
		}
		var zhMatches [][]int
		if zh && containsRune(s, zhUnitRunes) {
			zhMatches = zhDurationRe.Re().FindAllStringSubmatchIndex(s, -1)
		}
		for _, m := range zhMatches {
			num, unit := s[m[2]:m[3]], s[m[4]:m[5]]
			if isDatePart(s, m) {
				continue
			}
			n, ok := ChineseNumber(num)
			if !ok {
				var err error
				if n, err = strconv.Atoi(num); err != nil {
					continue
				}
			}
			out = append(out, Duration{Text: s[m[0]:m[1]], Days: float64(n) * unitDays.Get()[unit], Kind: cueKind()})
		}
	}
	return out
}

// isDatePart rejects 2021年, 3月 and 10日 inside a date: a period needs 内,
// 以内, 之内 or 后 nearby or a 个 measure word, while a date has 年 followed
// by a month or a four-digit year.
func isDatePart(s string, m []int) bool {
	num, unit := s[m[2]:m[3]], s[m[4]:m[5]]
	rest := s[m[1]:]
	switch unit {
	case "年":
		return len(num) == 4 || strings.HasPrefix(strings.TrimSpace(rest), "度") ||
			monthNextRe.Re().MatchString(rest)
	case "月":
		return dayNextRe.Re().MatchString(rest)
	case "日":
		before := strings.TrimRight(s[:m[0]], " ")
		return strings.HasSuffix(before, "月")
	}
	return false
}

var (
	monthNextRe = &lazy.Regexp{Expr: `^\s*(\d+|[一二三四五六七八九十]+)\s*月`}
	dayNextRe   = &lazy.Regexp{Expr: `^\s*(\d+|[一二三四五六七八九十]+)\s*[日号]`}
)

func sentences(text string) []string {
	var out []string
	for _, sp := range Sentences(text) {
		out = append(out, text[sp[0]:sp[1]])
	}
	return out
}

// noEnd are abbreviations after which a full stop does not end a sentence
// even before a capital: "Co. Ltd.", "No. 18", "e.g. Alipay".
var noEnd = &lazy.Value[map[string]bool]{New: func() map[string]bool {
	return map[string]bool{"co": true, "no": true, "nos": true, "mr": true, "mrs": true, "ms": true,
		"dr": true, "st": true, "vs": true, "e.g": true, "i.e": true, "u.s": true, "art": true, "sec": true}
}}

// Sentences splits text into sentences and returns their byte spans,
// trimmed of surrounding space. Chinese marks and line breaks always end a
// sentence; a Latin full stop only before a capital, a CJK character or the
// end, and not after an abbreviation or a single letter.
func Sentences(text string) [][2]int {
	var out [][2]int
	start := 0
	emit := func(end int) {
		a, b := start, end
		for a < b && (text[a] == ' ' || text[a] == '\n' || text[a] == '\t') {
			a++
		}
		for b > a && (text[b-1] == ' ' || text[b-1] == '\n' || text[b-1] == '\t') {
			b--
		}
		if a < b {
			out = append(out, [2]int{a, b})
		}
		start = end
	}
	for i, r := range text {
		w := utf8.RuneLen(r)
		switch r {
		case '。', '；', '！', '？', '\n':
			emit(i + w)
		case '.', ';', '!', '?':
			if latinEnd(text, i, r) {
				emit(i + 1)
			}
		}
	}
	emit(len(text))
	return out
}

func latinEnd(text string, i int, r rune) bool {
	rest := strings.TrimLeft(text[i+1:], " \t")
	if rest == "" {
		return true
	}
	if len(rest) == len(text[i+1:]) {
		return false // no space after it: "jd.com", "1.5", "Co.,Ltd"
	}
	if r != '.' {
		return true
	}
	next, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(next) && !unicode.Is(unicode.Han, next) && next != '(' && next != '（' {
		return false
	}
	word := text[:i]
	if k := strings.LastIndexAny(word, " (\n\t"); k >= 0 {
		word = word[k+1:]
	}
	word = strings.ToLower(word)
	return len([]rune(word)) > 1 && !noEnd.Get()[word]
}
