package textio

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// errNUL is built without fail, whose fmt.Sprintf would run at every
// process start.
var errNUL error = &inputError{kind: ErrBinary, msg: "binary data, not text (it contains NUL bytes)"}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decodeText decodes the bytes of a plain-text file, naming the encoding
// it found. owned is as for asText.
func decodeText(data []byte, owned bool) (string, string, error) {
	s, enc, ok := decodeUnicode(data, owned)
	switch {
	case ok && !strings.HasPrefix(enc, "utf-16") && strings.IndexByte(s, 0) >= 0:
		return "", "", errNUL
	case ok:
		return s, enc, checkControls(s)
	case bytes.IndexByte(data, 0) >= 0:
		return "", "", errNUL
	}
	return decodeLegacy(data)
}

// decodeUnicode handles the encodings that can be recognised for sure: a
// BOM, UTF-16 without one (by where its NUL bytes fall) and valid UTF-8.
// owned is as for asText.
func decodeUnicode(data []byte, owned bool) (string, string, bool) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return string(bytes.ToValidUTF8(data[3:], []byte("\uFFFD"))), "utf-8-bom", true
	case bytes.HasPrefix(data, bomUTF16LE):
		return utf16(data[2:], xunicode.LittleEndian), "utf-16le", true
	case bytes.HasPrefix(data, bomUTF16BE):
		return utf16(data[2:], xunicode.BigEndian), "utf-16be", true
	}
	if order, ok := utf16ByNULs(data); ok {
		s := utf16(data, order)
		if plausibleText(s) {
			if order == xunicode.LittleEndian {
				return s, "utf-16le", true
			}
			return s, "utf-16be", true
		}
	}
	if utf8.Valid(data) {
		return asText(data, owned), "utf-8", true
	}
	if almostUTF8(data) {
		return string(bytes.ToValidUTF8(data, []byte("\uFFFD"))), "utf-8", true
	}
	return "", "", false
}

// almostUTF8 accepts UTF-8 with the odd broken byte (a file cut mid
// character, a stray Latin-1 byte pasted in), which would otherwise be
// taken for GB18030 and turned into a page of wrong Han characters. GBK
// bytes read as UTF-8 are nearly all invalid, so the two do not mix up.
func almostUTF8(data []byte) bool {
	var multi, bad int
	for i := 0; i < len(data); {
		if data[i] < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			multi++
		}
		i += size
	}
	return multi > 0 && bad*50 <= multi
}

// decodeLegacy tries the 8-bit and multi-byte encodings that cannot be
// recognised for sure, most likely first.
func decodeLegacy(data []byte) (string, string, error) {
	if s, ok := tryDecode(simplifiedchinese.GB18030, data); ok && (gbPaired(data) || looksChinese(s)) {
		return s, "gb18030", checkControls(s)
	}
	if s, ok := tryDecode(charmap.Windows1252, data); ok && mostlyASCII(data) {
		return s, "windows-1252", checkControls(s)
	}
	return "", "", fail(ErrBinary, "binary data, not text (not valid utf-8, utf-16 or gb18030)")
}

func utf16(data []byte, order xunicode.Endianness) string {
	b, _ := xunicode.UTF16(order, xunicode.IgnoreBOM).NewDecoder().Bytes(data)
	return string(b)
}

// tryDecode decodes data, tolerating about one undecodable sequence in a
// thousand characters: real GBK files often carry a stray byte or a
// character cut off at the end, and refusing the whole file for it helps
// nobody. More than that means the guess of encoding is wrong.
func tryDecode(e encoding.Encoding, data []byte) (string, bool) {
	b, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", false
	}
	bad := bytes.Count(b, []byte("\uFFFD"))
	if bad > 0 && bad*1000 > utf8.RuneCount(b) {
		return "", false
	}
	return string(b), true
}

// utf16ByNULs spots UTF-16 without a BOM: ASCII characters (digits, spaces,
// line ends — present even in Chinese text) put a NUL in every other byte,
// on the odd side for little-endian and the even side for big-endian.
func utf16ByNULs(data []byte) (xunicode.Endianness, bool) {
	n := len(data)
	if n < 4 || n%2 != 0 {
		return xunicode.BigEndian, false
	}
	if n > 64<<10 {
		n = 64 << 10
	}
	if bytes.IndexByte(data[:n], 0) < 0 {
		return xunicode.BigEndian, false
	}
	var even, odd int
	for i := 0; i < n; i++ {
		if data[i] == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	switch {
	case odd > 0 && odd*100 >= n && even*20 <= odd:
		return xunicode.LittleEndian, true
	case even > 0 && even*100 >= n && odd*20 <= even:
		return xunicode.BigEndian, true
	}
	return xunicode.BigEndian, false
}

// plausibleText accepts decoded text when nearly all of it is characters a
// policy is written in, so binary data that happens to have a NUL pattern
// is not taken for UTF-16.
func plausibleText(s string) bool {
	var total, odd int
	for _, r := range s {
		total++
		if r == utf8.RuneError || !(r == '\n' || r == '\r' || r == '\t' || unicode.IsPrint(r) || unicode.IsSpace(r)) {
			odd++
		}
	}
	return total > 0 && odd*20 <= total
}

// looksChinese accepts a GB18030 decoding when the text is ASCII and CJK
// and its Han characters stand together. GB18030 maps almost any byte
// pair to some character, so a Windows-1252 English text with a few curly
// quotes also "decodes"; there the Han characters come out isolated
// between Latin letters, while real Chinese text runs them together.
func looksChinese(s string) bool {
	var total, other, han, joined int
	prevCJK, pendingHan := false, false
	for _, r := range s {
		total++
		if total > 256<<10 {
			break // enough to judge
		}
		cjk := r >= 0x80 && isCJK(r)
		if pendingHan && cjk {
			joined++ // the previous Han character has a CJK neighbour on its right
		}
		pendingHan = false
		switch {
		case r < 0x80 || cjk:
			if cjk && isHan(r) {
				han++
				if prevCJK {
					joined++
				} else {
					pendingHan = true
				}
			}
		case unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r):
		default:
			other++
		}
		prevCJK = cjk
	}
	return han > 0 && joined*2 >= han && other*20 <= total
}

func isHan(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FFF) || unicode.Is(unicode.Han, r)
}

// gbPaired reports whether the non-ASCII bytes fall into GB2312-style
// pairs (both bytes 0xA1 and up, as for every common Han character and for
// the curly quotes and dashes of an English text saved as GBK) or
// GB18030's four-byte sequences. Windows-1252 text instead has lone high
// bytes beside ASCII letters ("caf\xe9 ", "\x93Hello\x94").
func gbPaired(data []byte) bool {
	var paired, other int
	for i := 0; i < len(data) && i < 256<<10; {
		b := data[i]
		if b < 0x80 {
			i++
			continue
		}
		switch {
		case i+3 < len(data) && isGBDigit(data[i+1]) && data[i+2] >= 0x81 && isGBDigit(data[i+3]):
			paired++
			i += 4
		case i+1 < len(data) && b >= 0xA1 && data[i+1] >= 0xA1 && data[i+1] != 0xFF:
			paired++
			i += 2
		case i+1 < len(data) && b >= 0x81 && data[i+1] >= 0x40 && data[i+1] != 0x7F && data[i+1] != 0xFF:
			other++ // a GBK extension character, or Latin text misread
			i += 2
		default:
			other++
			i++
		}
	}
	return paired > 0 && other*10 <= paired
}

func isGBDigit(b byte) bool { return b >= 0x30 && b <= 0x39 }

// isCJK reports Han characters and the punctuation and full-width forms
// that surround them in Chinese text.
func isCJK(r rune) bool {
	return isHan(r) ||
		(r >= 0x3000 && r <= 0x303F) || // CJK symbols and punctuation
		(r >= 0xFF00 && r <= 0xFFEF) || // half- and full-width forms
		(r >= 0x2E80 && r <= 0x2FDF) || // radicals
		(r >= 0x3100 && r <= 0x312F) || // bopomofo
		(r >= 0xFE30 && r <= 0xFE4F) // CJK compatibility forms
}

// mostlyASCII keeps the Windows-1252 fallback to what it is for: English
// (or Western European) text with a few curly quotes and accents.
func mostlyASCII(data []byte) bool {
	high := 0
	for _, b := range data {
		if b >= 0x80 {
			high++
		}
	}
	return high*100 <= len(data)*15
}

// checkControls rejects text in which more than about one character in ten
// is a control character: a binary file that happened to decode.
func checkControls(s string) error {
	if !hasControl(s) {
		return nil
	}
	var total, ctl int
	for _, r := range s {
		total++
		if isControl(r) {
			ctl++
		}
	}
	if total > 0 && ctl*10 > total {
		return fail(ErrBinary, "binary data, not text (%d%% control characters)", ctl*100/total)
	}
	return nil
}

func isControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\f', '\v':
		return false
	}
	return r < 0x20 || (r >= 0x7F && r <= 0x9F)
}
