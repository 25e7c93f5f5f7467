package versiondiff

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/textdiff"
)

// want is one change a labelled edit must produce: its kind and a piece of
// the A and B clause text ("" checks nothing, except that an added change
// has no A and a removed one no B).
type want struct {
	kind change.Kind
	a, b string
	// ins must appear among the inserted runs of the diff.
	ins string
}

type corpusCase struct {
	seed  string
	lang  doc.Lang
	style style
}

var corpusCases = []corpusCase{
	{"jdcloud-privacy.en.2020-07-28.md", doc.English, styleRomanDotted},
	{"jdcloud-privacy.zh.2021-03-10.txt", doc.Chinese, styleChineseParen},
	{"jd-privacy.en.2020-10-20.txt", doc.English, styleDottedParen},
	{"jdcloud-privacy.zh.2021-03-10.txt", doc.Chinese, styleDottedParen},
}

// words gives, per language, a new sentence, a replacement word and a table.
func words(lang doc.Lang) (sentence, word string, rows []string) {
	if lang == doc.Chinese {
		return "我们会将您的生物识别信息提供给合作的广告服务商，用于个性化推荐。", "广告",
			[]string{"场景描述 | 个人信息字段 | 第三方机构名称", "华为推送 | 设备唯一识别码、版本 | 华为技术有限公司", "微信支付 | 用户昵称、网络IP地址 | 深圳市腾讯计算机系统有限公司"}
	}
	return "We may also disclose your precise location to advertising partners for targeted offers.", "advertisers",
		[]string{"Scenario | Personal Information Field | Third-party Organization", "Huawei Push | Device Unique Identification Code, Version | Huawei Technologies Co. Ltd.", "WeChat Pay | User Nickname, Network IP Address | Shenzhen Tencent Computer System Co., Ltd."}
}

// firstWord returns a word of s worth replacing: an English word of four
// letters or more, or a pair of Chinese characters.
func firstWord(s string) string {
	toks := textdiff.Tokens(s)
	for i, t := range toks {
		r := []rune(t)
		if len(r) >= 4 && unicode.IsLetter(r[0]) && !doc.IsCJK(r[0]) && i > 2 {
			return t
		}
		if i > 4 && i+1 < len(toks) && unicode.Is(unicode.Han, r[0]) && unicode.Is(unicode.Han, []rune(toks[i+1])[0]) {
			return t + toks[i+1]
		}
	}
	return ""
}

// splitHalf cuts a text in two at the space or Chinese comma nearest its middle.
func splitHalf(s string) (string, string) {
	rs := []rune(s)
	best := -1
	for i, r := range rs {
		if (r == ' ' || r == '，' || r == '；') && (best < 0 || abs(i-len(rs)/2) < abs(best-len(rs)/2)) {
			best = i
		}
	}
	return strings.TrimSpace(string(rs[:best+1])), strings.TrimSpace(string(rs[best+1:]))
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

type labelled struct {
	name string
	edit func(base []item, lang doc.Lang) ([]item, []want)
}

var labelledEdits = []labelled{
	{"add clause renumbers later ones", func(base []item, lang doc.Lang) ([]item, []want) {
		s, _, _ := words(lang)
		return insertAt(base, 7, item{level: 1, text: s}), []want{{kind: change.Added, b: s}}
	}},
	{"add section at the top renumbers every section", func(base []item, lang doc.Lang) ([]item, []want) {
		s, _, _ := words(lang)
		return insertAt(base, 0, item{level: 0, text: s}), []want{{kind: change.Added, b: s}}
	}},
	{"remove clause", func(base []item, lang doc.Lang) ([]item, []want) {
		return removeAt(base, 12), []want{{kind: change.Removed, a: base[12].text}}
	}},
	{"modify one word", func(base []item, lang doc.Lang) ([]item, []want) {
		_, w, _ := words(lang)
		old := base[8].text
		out := clone(base)
		out[8].text = strings.Replace(old, firstWord(old), w, 1)
		return out, []want{{kind: change.Modified, a: old, b: out[8].text, ins: w}}
	}},
	{"move clause to another section", func(base []item, lang doc.Lang) ([]item, []want) {
		moving := base[3]
		out := insertAt(removeAt(base, 3), 17, moving)
		return out, []want{{kind: change.Moved, a: moving.text, b: moving.text}}
	}},
	{"move clause and edit it", func(base []item, lang doc.Lang) ([]item, []want) {
		_, w, _ := words(lang)
		moving := base[3]
		edited := moving
		edited.text = strings.Replace(moving.text, firstWord(moving.text), w, 1)
		out := insertAt(removeAt(base, 3), 17, edited)
		return out, []want{{kind: change.Moved, a: moving.text, b: edited.text, ins: w}}
	}},
	{"move a whole section: one move, its clauses travel with it", func(base []item, lang doc.Lang) ([]item, []want) {
		out := clone(base[:5])
		out = append(out, base[10:]...)
		out = append(out, base[5:10]...)
		return out, []want{{kind: change.Moved, a: base[5].text, b: base[5].text}}
	}},
	{"split clause in two", func(base []item, lang doc.Lang) ([]item, []want) {
		one, two := splitHalf(base[9].text)
		out := clone(base)
		out[9].text = one
		out = insertAt(out, 10, item{level: 1, text: two})
		return out, []want{{kind: change.Modified, a: base[9].text, b: one}}
	}},
	{"merge two clauses", func(base []item, lang doc.Lang) ([]item, []want) {
		out := clone(base)
		out[13].text = base[13].text + " " + base[14].text
		if lang == doc.Chinese {
			out[13].text = base[13].text + base[14].text
		}
		out = removeAt(out, 14)
		return out, []want{{kind: change.Modified, a: base[13].text, b: out[13].text}}
	}},
	{"table row cell changed", func(base []item, lang doc.Lang) ([]item, []want) {
		_, w, _ := words(lang)
		out := clone(base)
		n := len(out) - 1 // the last row
		out[n].text = strings.Replace(out[n].text, " | ", " | "+w+" ", 1)
		return out, []want{{kind: change.Modified, a: base[n].text, b: out[n].text, ins: w}}
	}},
	{"reflowed paragraph is cosmetic", func(base []item, lang doc.Lang) ([]item, []want) {
		out := clone(base)
		rs := []rune(base[6].text)
		out[6].raw = string(rs[:len(rs)/2]) + "\n" + string(rs[len(rs)/2:])
		if lang == doc.English {
			out[6].raw = strings.Replace(base[6].text, " ", "\n", 3)
		}
		return out, []want{{kind: change.Cosmetic, a: base[6].text, b: base[6].text}}
	}},
	{"bold is cosmetic", func(base []item, lang doc.Lang) ([]item, []want) {
		out := clone(base)
		out[11].raw = "**" + base[11].text + "**"
		return out, []want{{kind: change.Cosmetic, a: base[11].text, b: base[11].text}}
	}},
	{"full-width punctuation is cosmetic", func(base []item, lang doc.Lang) ([]item, []want) {
		out := clone(base)
		for i, it := range base {
			if i > 0 && i < 20 && strings.ContainsAny(it.text, ",，") {
				out[i].text = strings.NewReplacer(",", "，", "，", ",").Replace(it.text)
				return out, []want{{kind: change.Cosmetic, a: it.text, b: out[i].text}}
			}
		}
		panic("no comma in the seed")
	}},
	{"curly quotes are cosmetic", func(base []item, lang doc.Lang) ([]item, []want) {
		out := clone(base)
		for i, it := range base {
			if i > 0 && strings.ContainsAny(it.text, "\"“”") {
				out[i].text = strings.NewReplacer("\"", "“", "“", "\"", "”", "\"").Replace(it.text)
				return out, []want{{kind: change.Cosmetic, a: it.text, b: out[i].text}}
			}
		}
		panic("no quotes in the seed")
	}},
}

func baseItems(t *testing.T, cc corpusCase) []item {
	items := seedItems(t, cc.seed, 24)
	_, _, rows := words(cc.lang)
	items = append(items, item{level: 0, text: rows[0]})
	for _, r := range rows[1:] {
		items = append(items, item{level: 1, text: r, row: true})
	}
	return items
}

func TestLabelledEdits(t *testing.T) {
	for _, cc := range corpusCases {
		for _, le := range labelledEdits {
			t.Run(fmt.Sprintf("%s/%s/%s", cc.lang, cc.style.name, le.name), func(t *testing.T) {
				base := baseItems(t, cc)
				edited, wants := le.edit(base, cc.lang)
				a, b := build(cc.lang, cc.style, base), build(cc.lang, cc.style, edited)
				got := Compare(a, b, Options{})
				checkChanges(t, got, wants)
			})
		}
	}
}

func TestIdenticalAndRenumberedOnly(t *testing.T) {
	for _, cc := range corpusCases {
		base := baseItems(t, cc)
		a := build(cc.lang, cc.style, base)
		if got := Compare(a, build(cc.lang, cc.style, base), Options{}); len(got) != 0 {
			t.Errorf("%s/%s: identical documents gave %d changes: %s", cc.lang, cc.style.name, len(got), describe(got))
		}
		// The same text in another numbering style: every label changes,
		// no word does.
		other := styleDottedParen
		if cc.style.name == other.name {
			other = styleRomanDotted
		}
		if got := Compare(a, build(cc.lang, other, base), Options{}); len(got) != 0 {
			t.Errorf("%s: renumbering %s→%s gave %d changes: %s", cc.lang, cc.style.name, other.name, len(got), describe(got))
		}
	}
}

func checkChanges(t *testing.T, got []change.Change, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		t.Fatalf("got %d changes, want %d:\n%s", len(got), len(wants), describe(got))
	}
	for i, w := range wants {
		g := got[i]
		if g.Kind != w.kind {
			t.Errorf("change %d: kind %s, want %s:\n%s", i, g.Kind, w.kind, describe(got))
		}
		checkSide(t, "a", g.A, w.a, w.kind == change.Added)
		checkSide(t, "b", g.B, w.b, w.kind == change.Removed)
		if w.ins != "" && !inserted(g.Diff, w.ins) {
			t.Errorf("change %d: %q not among the insertions of %v", i, w.ins, g.Diff)
		}
		if g.Coarsened {
			t.Errorf("change %d: coarsened", i)
		}
	}
}

func checkSide(t *testing.T, name string, c *doc.Clause, want string, null bool) {
	t.Helper()
	switch {
	case null && c != nil:
		t.Errorf("%s side: got %s %q, want null", name, c.ID, c.Text)
	case want != "" && c == nil:
		t.Errorf("%s side: got null, want %q", name, want)
	case want != "" && !strings.Contains(c.Text, want):
		t.Errorf("%s side: %s %q does not contain %q", name, c.ID, c.Text, want)
	}
}

func inserted(ops []change.Op, s string) bool {
	for _, o := range ops {
		if o.Op == change.OpInsert && strings.Contains(o.Text, s) {
			return true
		}
	}
	return false
}

func describe(cs []change.Change) string {
	var b strings.Builder
	for _, c := range cs {
		id := func(c *doc.Clause) string {
			if c == nil {
				return "-"
			}
			return c.ID
		}
		fmt.Fprintf(&b, "  %-8s %s → %s  %v\n", c.Kind, id(c.A), id(c.B), c.Diff)
	}
	return b.String()
}

// TestDeadlineMarksCoarsened: when the per-clause deadline passes, the
// change says so rather than silently showing delete-all/insert-all.
func TestDeadlineMarksCoarsened(t *testing.T) {
	cc := corpusCases[0]
	base := baseItems(t, cc)
	edited := clone(base)
	// Reverse the words of one clause: a long diff with no shortcut.
	w := strings.Fields(base[8].text)
	for i, j := 0, len(w)-1; i < j; i, j = i+1, j-1 {
		w[i], w[j] = w[j], w[i]
	}
	edited[8].text = strings.Join(w, " ")
	a, b := build(cc.lang, cc.style, base), build(cc.lang, cc.style, edited)
	got := Compare(a, b, Options{Deadline: time.Nanosecond})
	if len(got) != 1 || !got[0].Coarsened {
		t.Fatalf("want one coarsened change, got:\n%s", describe(got))
	}
	if got := Compare(a, b, Options{Deadline: time.Second}); len(got) != 1 || got[0].Coarsened {
		t.Fatalf("with a second to spare the diff must not coarsen:\n%s", describe(got))
	}
}
