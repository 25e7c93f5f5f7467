package parse

// Numerals of the numbering styles: Chinese (一…九十九, 一百), Roman
// (I…XXXIX, i…xxxix) and the full-width forms Chinese documents print.

// foldWidth maps full-width ASCII forms (１, （, ．, Ａ) to ASCII so one
// recogniser reads both; other runes are returned unchanged.
func foldWidth(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		return r - 0xFF01 + '!'
	}
	if r == '\u3000' {
		return ' '
	}
	return r
}

// chineseNumber reads a Chinese numeral of up to a few thousand at the start
// of rs and returns its value and length in runes (0 when there is none).
func chineseNumber(rs []rune) (int, int) {
	total, cur, n := 0, 0, 0
	seen := false
	for n < len(rs) {
		r := rs[n]
		if d, ok := cnDigit(r); ok {
			cur = d
			seen = true
			n++
			continue
		}
		unit := 0
		switch r {
		case '十', '拾':
			unit = 10
		case '百', '佰':
			unit = 100
		case '千', '仟':
			unit = 1000
		}
		if unit == 0 {
			break
		}
		if cur == 0 {
			cur = 1 // 十二 is 12: an implicit 一 before 十
		}
		total += cur * unit
		cur = 0
		seen = true
		n++
	}
	if !seen {
		return 0, 0
	}
	return total + cur, n
}

func cnDigit(r rune) (int, bool) {
	switch r {
	case '零', '〇':
		return 0, true
	case '一', '壹':
		return 1, true
	case '二', '贰', '两':
		return 2, true
	case '三', '叁':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	}
	return 0, false
}

// romanNumber reads a Roman numeral made of I, V and X (policies never
// number sections past XXXIX) in one case. It returns 0 for an invalid
// numeral such as "IIII" or "VX".
func romanNumber(s string) int {
	if s == "" || len(s) > 6 {
		return 0
	}
	val := func(c byte) int {
		switch c | 0x20 {
		case 'i':
			return 1
		case 'v':
			return 5
		case 'x':
			return 10
		}
		return 0
	}
	upper := s[0] < 'a'
	total := 0
	for i := 0; i < len(s); i++ {
		v := val(s[i])
		if v == 0 || (s[i] < 'a') != upper {
			return 0
		}
		if i+1 < len(s) && v < val(s[i+1]) {
			total -= v
		} else {
			total += v
		}
	}
	var buf [8]byte
	if total <= 0 || total > 39 || string(appendRoman(buf[:0], total, !upper)) != s {
		return 0
	}
	return total
}

// appendRoman appends n, at most 39, in Roman numerals to b.
func appendRoman(b []byte, n int, lower bool) []byte {
	start := len(b)
	for n >= 10 {
		b = append(b, 'X')
		n -= 10
	}
	parts := [...]string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	b = append(b, parts[n]...)
	if lower {
		for i := start; i < len(b); i++ {
			b[i] |= 0x20
		}
	}
	return b
}
