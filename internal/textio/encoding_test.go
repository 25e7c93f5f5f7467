package textio

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

func TestDecodeEncodings(t *testing.T) {
	zh := readTestdata(t, "jdcloud-privacy.zh.excerpt.txt")
	en := readTestdata(t, "jdcloud-privacy.en.excerpt.md")
	// A character outside GBK (four bytes in GB18030) and an emoji beyond
	// the BMP (a surrogate pair in UTF-16).
	zhRare := zh + "\n生僻字：𠮷，符号：€ 😀\n"
	enCurly := "Privacy \u201cPolicy\u201d \u2014 caf\u00e9 r\u00e9sum\u00e9.\n" + en
	le := xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	be := xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
	tests := []struct {
		name, file string
		data       []byte
		want       string // the text before encoding
		wantEnc    string
	}{
		{"utf-8 zh", "a.txt", []byte(zh), zh, "utf-8"},
		{"utf-8 en", "a.md", []byte(en), en, "utf-8"},
		{"utf-8 bom", "a.txt", append([]byte("\xEF\xBB\xBF"), zh...), zh, "utf-8-bom"},
		{"utf-16le bom zh", "a.txt", append([]byte{0xFF, 0xFE}, encode(t, le, zhRare)...), zhRare, "utf-16le"},
		{"utf-16be bom zh", "a.txt", append([]byte{0xFE, 0xFF}, encode(t, be, zhRare)...), zhRare, "utf-16be"},
		{"utf-16le bom en", "a.md", append([]byte{0xFF, 0xFE}, encode(t, le, en)...), en, "utf-16le"},
		{"utf-16le no bom zh", "a.txt", encode(t, le, zh), zh, "utf-16le"},
		{"utf-16be no bom zh", "a.txt", encode(t, be, zh), zh, "utf-16be"},
		{"utf-16le no bom en", "", encode(t, le, en), en, "utf-16le"},
		{"gb18030", "a.txt", encode(t, simplifiedchinese.GB18030, zhRare), zhRare, "gb18030"},
		{"gbk", "a.txt", encode(t, simplifiedchinese.GBK, zh), zh, "gb18030"},
		{"gbk no extension", "README", encode(t, simplifiedchinese.GBK, zh), zh, "gb18030"},
		{"gb18030 crlf", "a.txt", encode(t, simplifiedchinese.GB18030, strings.ReplaceAll(zh, "\n", "\r\n")), zh, "gb18030"},
		{"english saved as gbk", "a.txt", encode(t, simplifiedchinese.GBK, enCurly), enCurly, "gb18030"},
		{"windows-1252 curly quotes", "a.txt", encode(t, charmap.Windows1252, enCurly), enCurly, "windows-1252"},
		{"crlf", "a.md", []byte(strings.ReplaceAll(en, "\n", "\r\n")), en, "utf-8"},
		{"lone cr", "a.txt", []byte(strings.ReplaceAll(zh, "\n", "\r")), zh, "utf-8"},
		{"utf-16le crlf", "a.txt", append([]byte{0xFF, 0xFE}, encode(t, le, strings.ReplaceAll(zh, "\n", "\r\n"))...), zh, "utf-16le"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.file, tt.data)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got.Encoding != tt.wantEnc {
				t.Errorf("encoding = %q, want %q", got.Encoding, tt.wantEnc)
			}
			if want := normalize(tt.want); got.Text != want {
				t.Errorf("text differs from the original at byte %d:\n got %q\nwant %q",
					firstDiff(got.Text, want), excerptAt(got.Text, firstDiff(got.Text, want)), excerptAt(want, firstDiff(got.Text, want)))
			}
			if strings.ContainsAny(got.Text, "\r\uFEFF\uFFFD") {
				t.Errorf("text keeps a CR, BOM or replacement character")
			}
		})
	}
}

func firstDiff(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

func excerptAt(s string, i int) string {
	return s[max(0, i-20):min(len(s), i+40)]
}

// A Windows-1252 English text "decodes" as GB18030 too (most byte pairs
// are valid GB18030); the guess must not turn its accents into Han.
func TestDecodeDoesNotMistakeLatinForChinese(t *testing.T) {
	tests := []string{
		"Your r\u00e9sum\u00e9 and na\u00efve data.\n",
		"\u201cPersonal Data\u201d means data.\n",
		"Caf\u00e9s \u00e0 la carte \u2013 fa\u00e7ade \u00a9 2020.\n",
	}
	for _, s := range tests {
		got, err := Decode("a.txt", encode(t, charmap.Windows1252, s))
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if got.Encoding != "windows-1252" || got.Text != normalize(s) {
			t.Errorf("%q: got %q as %s", s, got.Text, got.Encoding)
		}
	}
}

func TestDecodeHTMLMetaCharset(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta charset="gbk"><title>京东云隐私政策</title></head>
<body><h1>京东云隐私政策</h1><p>一、适用范围</p><p>本隐私权政策适用于京东云网站所有服务。</p></body></html>`
	tests := []struct {
		name, label string
		enc         encoding.Encoding
		wantEnc     string
	}{
		{"gbk", "gbk", simplifiedchinese.GBK, "gb18030"},
		{"gb2312 label, gbk bytes", "gb2312", simplifiedchinese.GBK, "gb18030"},
		{"gb18030", "GB18030", simplifiedchinese.GB18030, "gb18030"},
		{"declared gbk, saved as utf-8", "gbk", encoding.Nop, "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(page, `"gbk"`, `"`+tt.label+`"`, 1)
			got, err := Decode("p.html", encode(t, tt.enc, src))
			if err != nil {
				t.Fatal(err)
			}
			if got.Encoding != tt.wantEnc {
				t.Errorf("encoding = %q, want %q", got.Encoding, tt.wantEnc)
			}
			for _, want := range []string{"# 京东云隐私政策", "一、适用范围", "本隐私权政策适用于京东云网站所有服务。"} {
				if !strings.Contains(got.Text, want) {
					t.Errorf("missing %q in %q", want, got.Text)
				}
			}
		})
	}
}

func TestUTF16ByNULsRejectsBinary(t *testing.T) {
	// NULs in every other byte, but the other bytes are not text.
	var b bytes.Buffer
	for i := 0; i < 200; i++ {
		b.WriteByte(byte(i%32 + 1))
		b.WriteByte(0)
	}
	if _, err := Decode("x.txt", b.Bytes()); err == nil {
		t.Fatal("control bytes with NULs decoded as text")
	}
}

// Real GBK files carry the odd broken byte: a character cut off at the
// end, a stray byte from a copy and paste. One bad byte must not make a
// whole Chinese policy "binary".
func TestDecodeGB18030ToleratesAStrayByte(t *testing.T) {
	zh := readTestdata(t, "jdcloud-privacy.zh.excerpt.txt")
	gb := encode(t, simplifiedchinese.GB18030, zh)
	tests := []struct {
		name string
		data []byte
	}{
		{"last character cut", append(append([]byte{}, gb...), 0xB0)},
		{"stray byte inside", append(append(append([]byte{}, gb[:100]...), 0xFF), gb[100:]...)},
	}
	for _, tt := range tests {
		got, err := Decode("a.txt", tt.data)
		if err != nil || got.Encoding != "gb18030" || !strings.Contains(got.Text, "京东云隐私政策") {
			t.Errorf("%s: %s, %v", tt.name, got.Encoding, err)
		}
	}
}

func TestDecodeUTF8WithABrokenByte(t *testing.T) {
	zh := readTestdata(t, "jdcloud-privacy.zh.excerpt.txt")
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"cut mid character", []byte(zh + "京")[:len(zh)+2], normalize(zh + "\uFFFD")},
		{"stray latin-1 byte", []byte(strings.Replace(zh, "京东云", "京东\xe9云", 1)), normalize(strings.Replace(zh, "京东云", "京东\uFFFD云", 1))},
	}
	for _, tt := range tests {
		got, err := Decode("a.txt", tt.data)
		if err != nil || got.Encoding != "utf-8" || got.Text != tt.want {
			t.Errorf("%s: %s, %v, text as expected: %v", tt.name, got.Encoding, err, got.Text == tt.want)
		}
	}
}
