package versiondiff

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// seedEdit edits the text of a real seed, as a publisher would between two
// versions, and names the changes a reviewer would mark up. The documents go
// through the real parser, so numbering styles (一、 4.1.2 (1) IV. **bold**
// markdown, tab-separated tables) are exercised end to end.
type seedEdit struct {
	name  string
	seed  string
	edit  func(t *testing.T, text string) string
	wants []want
}

// replaceOnce replaces the first occurrence of old and fails when missing.
func replaceOnce(t *testing.T, text, old, new string) string {
	t.Helper()
	if !strings.Contains(text, old) {
		t.Fatalf("seed lacks %q", old)
	}
	return strings.Replace(text, old, new, 1)
}

var dottedLine = regexp.MustCompile(`(?m)^4\.1\.(\d+) `)

var romanNext = map[string]string{"III": "IV", "IV": "V", "V": "VI", "VI": "VII", "VII": "VIII", "VIII": "IX"}

const (
	zhSeed = "jdcloud-privacy.zh.2021-03-10.txt"
	enTxt  = "jd-privacy.en.2020-10-20.txt"
	enMD   = "jdcloud-privacy.en.2020-07-28.md"
)

var seedEdits = []seedEdit{
	{"一、/dotted: insert 4.1.3 and renumber 4.1.3–4.1.6", zhSeed, func(t *testing.T, s string) string {
		s = dottedLine.ReplaceAllStringFunc(s, func(m string) string {
			var n int
			fmt.Sscanf(m, "4.1.%d ", &n)
			if n >= 3 {
				n++
			}
			return fmt.Sprintf("4.1.%d ", n)
		})
		return replaceOnce(t, s, "4.1.4 您的账号下", "4.1.3 我们会收集您的人脸信息用于登录验证，并保存六个月。\n\n4.1.4 您的账号下")
	}, []want{{kind: change.Added, b: "我们会收集您的人脸信息用于登录验证"}}},
	{"(1) item: modify the first of two identical items only", zhSeed, func(t *testing.T, s string) string {
		return replaceOnce(t, s, "(1) 事先获得您明确的同意或授权；", "(1) 事先获得您的同意或授权；")
	}, []want{{kind: change.Modified, a: "事先获得您明确的同意或授权", b: "事先获得您的同意或授权"}}},
	{"(1) items: swap (7) and (8)", zhSeed, func(t *testing.T, s string) string {
		s = replaceOnce(t, s, "(7) 基于学术研究而使用;", "(7) 基于符合法律法规的社会公共利益而使用。")
		return replaceOnce(t, s, "(8) 基于符合法律法规的社会公共利益而使用。", "(8) 基于学术研究而使用;")
	}, []want{{kind: change.Moved}}},
	{"tab table: row cell changed", zhSeed, func(t *testing.T, s string) string {
		return replaceOnce(t, s, "华为推送\t设备唯一标识码、系统版本", "华为推送\t设备唯一标识码、IMEI、系统版本")
	}, []want{{kind: change.Modified, b: "IMEI", ins: "IMEI"}}},
	{"full-width punctuation is cosmetic", zhSeed, func(t *testing.T, s string) string {
		return replaceOnce(t, s, "(2) 根据适用的法律法规、法律程序的要求、强制性的行政或司法要求所必须的情况下进行提供；", "(2) 根据适用的法律法规、法律程序的要求、强制性的行政或司法要求所必须的情况下进行提供;")
	}, []want{{kind: change.Cosmetic}}},
	{"PDF line break inside a Chinese sentence is cosmetic", zhSeed, func(t *testing.T, s string) string {
		return replaceOnce(t, s, "4.1.5 如果您仅需使用浏览、搜索等基本服务，", "4.1.5 如果您仅需使用浏览、搜索等基本\n服务，")
	}, []want{{kind: change.Cosmetic}}},
	{"Roman: insert section IV and renumber IV–VIII", enTxt, func(t *testing.T, s string) string {
		lines := strings.Split(s, "\n")
		for i := 20; i < len(lines); i++ { // past the table of contents
			for old, next := range romanNext {
				if strings.HasPrefix(lines[i], old+". ") {
					lines[i] = next + ". " + strings.TrimPrefix(lines[i], old+". ")
					break
				}
			}
		}
		s = strings.Join(lines, "\n")
		return replaceOnce(t, s, "\nV. How Do We Protect", "\nIV. How We Use Automated Decision-Making\nWe do not make decisions that significantly affect you based solely on automated processing of your personal information.\nV. How Do We Protect")
	}, []want{{kind: change.Added, b: "automated processing"}}},
	{"English word changed", enTxt, func(t *testing.T, s string) string {
		return replaceOnce(t, s, "We will only collect and use your personal information for the following purposes:", "We will collect and use your personal information for the following purposes:")
	}, []want{{kind: change.Modified, a: "only collect"}}},
	{"markdown bold is cosmetic", enMD, func(t *testing.T, s string) string {
		return replaceOnce(t, s, "This Policy will help you understand the following content:", "This Policy will help you understand **the following content**:")
	}, []want{{kind: change.Cosmetic}}},
	{"markdown table row changed", enMD, func(t *testing.T, s string) string {
		return replaceOnce(t, s, "| Huawei Push             | Device Unique Identification Code, Version,", "| Huawei Push             | Device Unique Identification Code, IMEI, Version,")
	}, []want{{kind: change.Modified, b: "IMEI", ins: "IMEI"}}},
	{"curly quotes are cosmetic", enMD, func(t *testing.T, s string) string {
		return replaceOnce(t, s, `JD Cloud & AI ("We")`, `JD Cloud & AI (“We”)`)
	}, []want{{kind: change.Cosmetic}}},
}

func TestSeedEdits(t *testing.T) {
	for _, se := range seedEdits {
		t.Run(se.name, func(t *testing.T) {
			text := sharedtest.Read(t, "seeds/"+se.seed)
			a := parse.Parse(text, parse.Hint{})
			b := parse.Parse(se.edit(t, text), parse.Hint{})
			got := Compare(a, b, Options{})
			checkChanges(t, got, se.wants)
		})
	}
}

// TestSeedsAgainstThemselves: a parsed seed compared with itself has no
// change at all.
func TestSeedsAgainstThemselves(t *testing.T) {
	for _, name := range []string{zhSeed, enTxt, enMD, "jdcloud-cps-terms.en.md"} {
		text := sharedtest.Read(t, "seeds/"+name)
		if got := Compare(parse.Parse(text, parse.Hint{}), parse.Parse(text, parse.Hint{}), Options{}); len(got) > 0 {
			t.Errorf("%s: %d changes against itself:\n%s", name, len(got), describe(got))
		}
	}
}

var _ = doc.English
