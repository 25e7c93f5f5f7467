package textio

import (
	"strconv"
	"strings"
)

// formatNumber renders a list counter in one of Word's number formats
// (ST_NumberFormat). Formats it does not know fall back to decimal, which
// keeps the number right even when its look is not.
func formatNumber(format string, n int) string {
	switch format {
	case "none":
		return ""
	case "decimalZero":
		if n < 10 && n >= 0 {
			return "0" + strconv.Itoa(n)
		}
	case "upperRoman":
		return formatRoman(n, true)
	case "lowerRoman":
		return formatRoman(n, false)
	case "upperLetter":
		return formatLetter(n, true)
	case "lowerLetter":
		return formatLetter(n, false)
	case "chineseCounting", "japaneseCounting", "taiwaneseCounting", "chineseCountingThousand",
		"japaneseDigitalTenThousand", "koreanCounting":
		return chineseCount(n, chineseDigits)
	case "chineseLegalSimplified":
		return chineseCount(n, legalDigits)
	case "ideographDigital", "taiwaneseDigital", "japaneseLegal":
		return ideographDigits(n)
	case "ideographTraditional":
		// The ten Heavenly Stems: 甲 乙 丙 ...
		return cycle(n, []string{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"})
	case "ideographZodiac":
		return cycle(n, []string{"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"})
	case "decimalFullWidth", "decimalFullWidth2":
		return fullWidthDigits(strconv.Itoa(n))
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "decimalEnclosedParen":
		if n >= 1 && n <= 20 {
			return string(rune('⑴' + n - 1))
		}
	case "decimalEnclosedFullstop":
		if n >= 1 && n <= 20 {
			return string(rune('⒈' + n - 1))
		}
	case "ideographEnclosedCircle":
		if n >= 1 && n <= 10 {
			return string(rune('㈠' + n - 1))
		}
	case "ordinal":
		return strconv.Itoa(n) + ordinalSuffix(n)
	}
	return strconv.Itoa(n)
}

var (
	chineseDigits = [10]string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	legalDigits   = [10]string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}
)

// chineseCount writes n the way Chinese counts: 十, 十一, 二十, 一百零五.
func chineseCount(n int, digits [10]string) string {
	if n <= 0 || n >= 10000 {
		return strconv.Itoa(n)
	}
	ten, hundred, thousand := "十", "百", "千"
	if digits[1] == "壹" {
		ten, hundred, thousand = "拾", "佰", "仟"
	}
	units := []string{thousand, hundred, ten, ""}
	places := []int{n / 1000, n / 100 % 10, n / 10 % 10, n % 10}
	var b strings.Builder
	zero := false
	for i, d := range places {
		if d == 0 {
			zero = b.Len() > 0
			continue
		}
		if zero {
			b.WriteString(digits[0])
			zero = false
		}
		// 十一, not 一十一, when ten is the leading place.
		if !(d == 1 && i == 2 && b.Len() == 0 && digits[1] == "一") {
			b.WriteString(digits[d])
		}
		b.WriteString(units[i])
	}
	return b.String()
}

func ideographDigits(n int) string {
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		if c >= '0' && c <= '9' {
			b.WriteString(chineseDigits[c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func cycle(n int, symbols []string) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	return symbols[(n-1)%len(symbols)]
}

func fullWidthDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune('０' + c - '0')
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// formatRoman writes 1..3999 in Roman numerals.
func formatRoman(n int, upper bool) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	if upper {
		return b.String()
	}
	return strings.ToLower(b.String())
}

// formatLetter follows Word, not spreadsheets: after Z come AA, BB, CC.
func formatLetter(n int, upper bool) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	base := 'a'
	if upper {
		base = 'A'
	}
	return strings.Repeat(string(base+rune((n-1)%26)), (n-1)/26+1)
}

func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}
