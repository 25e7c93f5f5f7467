package textio

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// fuzzNames picks the code path: each extension, plus none for sniffing.
// PDF is left out: it would run pdftotext on every input.
var fuzzNames = []string{"a.txt", "a.md", "a.html", "a.docx", "noext", "a.png"}

func FuzzDecode(f *testing.F) {
	for _, name := range []string{"privacy.en.html", "privacy.zh.html", "jdcloud-privacy.zh.excerpt.txt"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(2), b[:min(len(b), 2000)])
	}
	zh := "一、适用范围\r\n1.1 本隐私权政策适用于京东云网站所有服务。\r\n"
	gb, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(zh))
	u16, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().Bytes([]byte(zh))
	f.Add(uint8(0), gb)
	f.Add(uint8(4), u16)
	f.Add(uint8(3), buildDOCX(f, map[string]string{
		"word/document.xml":  testDocument(),
		"word/numbering.xml": testNumbering,
		"word/styles.xml":    testStyles,
	}))
	f.Add(uint8(1), []byte("<table><tr><td colspan=99999999999>x</td></tr></table>"))
	f.Add(uint8(0), []byte("\x00\x01\xff\xfe"))
	f.Fuzz(func(t *testing.T, pick uint8, data []byte) {
		name := fuzzNames[int(pick)%len(fuzzNames)]
		got, err := Decode(name, data)
		if err != nil {
			if got != (Text{}) {
				t.Errorf("error %v with a non-empty result", err)
			}
			return
		}
		if !utf8.ValidString(got.Text) || strings.ContainsAny(got.Text, "\r\uFEFF\u200B") {
			t.Errorf("text not normalised: %q", got.Text)
		}
		if got.Format == "" || got.Encoding == "" || !strings.HasSuffix(got.Text, "\n") {
			t.Errorf("incomplete result %+v", got)
		}
	})
}
