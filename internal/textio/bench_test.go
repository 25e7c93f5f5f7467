package textio

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// gb18030File is real Chinese policy text repeated to about 60 KB in
// GB18030, the size of a long Chinese privacy policy.
func gb18030File(b *testing.B) []byte {
	zh := readTestdata(b, "jdcloud-privacy.zh.excerpt.txt")
	one := encode(b, simplifiedchinese.GB18030, zh)
	data := bytes.Repeat(one, (60<<10)/len(one)+1)[:60<<10]
	// Cut after a line end, which is never part of a GB18030 character.
	return data[:bytes.LastIndexByte(data, '\n')+1]
}

func BenchmarkDecodeGB18030(b *testing.B) {
	data := gb18030File(b)
	if got, err := Decode("a.txt", data); err != nil || got.Encoding != "gb18030" {
		b.Fatalf("%s, %v", got.Encoding, err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode("a.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeUTF8(b *testing.B) {
	zh := readTestdata(b, "jdcloud-privacy.zh.excerpt.txt")
	data := []byte(strings.Repeat(zh, 5))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode("a.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeHTML(b *testing.B) {
	page := readTestdata(b, "privacy.en.html")
	article := page[strings.Index(page, "<article>"):strings.Index(page, "</article>")]
	// About 40 KB: the article twenty times over inside <main>.
	data := []byte(strings.Replace(page, "</main>", strings.Repeat(article+"</article>", 20)+"</main>", 1))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode("a.html", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeDOCX(b *testing.B) {
	data := buildDOCX(b, map[string]string{
		"word/document.xml":  testDocument(),
		"word/numbering.xml": testNumbering,
		"word/styles.xml":    testStyles,
	})
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode("a.docx", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadFile reads a 60 KB UTF-8 .txt from disk, what `policydiff
// diff A B` does for each of its files before parsing.
func BenchmarkReadFile(b *testing.B) {
	for _, lang := range []string{"en", "zh"} {
		one := readTestdata(b, map[string]string{"en": "jdcloud-privacy.en.excerpt.md", "zh": "jdcloud-privacy.zh.excerpt.txt"}[lang])
		data := []byte(strings.Repeat(one, (60<<10)/len(one)+1)[:60<<10])
		data = data[:bytes.LastIndexByte(data, '\n')+1]
		path := filepath.Join(b.TempDir(), "a.txt")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(lang+"-60KB", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := ReadFile(path, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
