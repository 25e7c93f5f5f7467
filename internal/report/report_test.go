package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/versiondiff"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// clause is a hand-built clause: id, printed label, heading, text.
type clause struct{ id, label, heading, text string }

func mkDoc(lang doc.Lang, date string, cs ...clause) *doc.Document {
	d := &doc.Document{Meta: doc.Meta{Policy: "jdcloud-privacy", Lang: lang, Effective: date}}
	byID := map[string]*doc.Clause{}
	for _, c := range cs {
		cl := &doc.Clause{ID: c.id, Label: c.label, Heading: c.heading, Text: c.text, Kind: doc.KindSection, Raw: c.label + " " + c.heading + c.text}
		parent := ""
		if i := strings.LastIndexAny(c.id, ".("); i > 0 {
			parent = c.id[:i]
		}
		if p := byID[parent]; p != nil {
			cl.Parent = p
			p.Children = append(p.Children, cl)
		} else {
			d.Clauses = append(d.Clauses, cl)
		}
		byID[c.id] = cl
	}
	return d
}

// labelledPair is version A and B of a short English policy with one edit of
// each kind: a renumbering insertion (3.2 added, old 3.2 now 3.3), a word
// change, a removal, a move, a cosmetic quote change.
func labelledPair() (*doc.Document, *doc.Document) {
	a := mkDoc(doc.English, "2020-07-28",
		clause{"1", "I.", "Scope of application", ""},
		clause{"1.1", "1.1", "", "The Privacy Policy applies to all services on the JD Cloud website, including page browsing and website login."},
		clause{"1.2", "1.2", "", "It does not apply to services provided to you by third parties through the JD Cloud website."},
		clause{"2", "II.", "How we share your personal information", ""},
		clause{"2.1", "2.1", "", "We will not share your personal information with any company, organisation or individual outside JD Cloud, except with your explicit consent."},
		clause{"2.2", "2.2", "", "We may share your personal information with our affiliates, limited to what the \"services\" need."},
		clause{"2.3", "2.3", "", "Our payment partners receive your order number and amount to settle the bill."},
		clause{"3", "III.", "How you manage your personal information", ""},
		clause{"3.1", "3.1", "", "You may access, correct and delete your personal information at any time in the console."},
		clause{"3.2", "3.2", "", "You may withdraw your consent by writing to jdcloud@jd.com; we will reply within 15 working days."},
		clause{"3.3", "3.3", "", "You may close your account in the console."},
	)
	b := mkDoc(doc.English, "2021-03-10",
		clause{"1", "I.", "Scope of application", ""},
		clause{"1.1", "1.1", "", "The Privacy Policy applies to all services on the JD Cloud website, including page browsing and website login."},
		clause{"1.2", "1.2", "", "It does not apply to services provided to you by third parties through the JD Cloud website."},
		clause{"1.3", "1.3", "", "Our payment partners receive your order number and amount to settle the bill."},
		clause{"2", "II.", "How we share your personal information", ""},
		clause{"2.1", "2.1", "", "We will not share your personal information with any company, organisation or individual outside JD Cloud, except with your explicit consent."},
		clause{"2.2", "2.2", "", "We may share your personal information with our affiliates, limited to what the “services” need."},
		clause{"3", "III.", "How you manage your personal information", ""},
		clause{"3.1", "3.1", "", "You may access, correct and delete your personal information at any time in the console."},
		clause{"3.2", "3.2", "", "You may export a copy of your personal information in the console."},
		clause{"3.3", "3.3", "", "You may withdraw your consent by writing to privacy@jd.com; we will reply within 30 working days."},
	)
	return a, b
}

// labelledResult compares the labelled pair and marks the contact change
// material the way the material rules would, to exercise the renderers.
func labelledResult(t *testing.T) *change.Result {
	a, b := labelledPair()
	r := &change.Result{Schema: change.Schema, Mode: change.ModeVersion, A: a.Meta, B: b.Meta,
		Changes: versiondiff.Compare(a, b, versiondiff.Options{}), DocA: a, DocB: b}
	found := false
	for i, ch := range r.Changes {
		if ch.Kind == change.Modified && ch.B != nil && ch.B.ID == "3.3" {
			r.Changes[i].Material = true
			r.Changes[i].Categories = []int{4, 5}
			r.Changes[i].Reasons = []change.Reason{
				{Category: 5, Rule: "contact e-mail changed", Evidence: "jdcloud@jd.com → privacy@jd.com"},
				{Category: 4, Rule: "time limit for answering a rights request lengthened", Evidence: "15 → 30 working days"},
			}
			r.Changes[i].RightsReduced = true
			found = true
		}
	}
	if !found {
		t.Fatalf("the labelled pair lost its modified 3.3:\n%+v", r.Changes)
	}
	r.NoticeRequired = true
	r.MaterialClause = &change.MaterialClause{Side: "b", ID: "8.2", Label: "8.2", Text: "…", Items: []string{"1", "2", "3", "4", "5", "6"}}
	r.Tally()
	return r
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n%s", name, got)
	}
}

func TestTextGolden(t *testing.T) {
	r := labelledResult(t)
	var buf bytes.Buffer
	if err := Text(&buf, r, TextOptions{Width: 80, ShowCosmetic: true}); err != nil {
		t.Fatal(err)
	}
	golden(t, "labelled.text.golden", buf.Bytes())
	if bytes.ContainsRune(buf.Bytes(), '\x1b') {
		t.Error("plain text output contains ANSI escapes")
	}
}

func TestMarkdownGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, labelledResult(t)); err != nil {
		t.Fatal(err)
	}
	golden(t, "labelled.md.golden", buf.Bytes())
}

func TestJSONContract(t *testing.T) {
	r := labelledResult(t)
	r.Pairs, r.Findings = nil, nil // the renderer, not the caller, guarantees []
	var buf bytes.Buffer
	if err := JSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	wantKeys := []string{"schema", "mode", "a", "b", "material_clause", "changes", "pairs", "findings", "summary", "notice_required", "explicit_consent_required"}
	if len(got) != len(wantKeys) {
		t.Errorf("top-level keys %v, want exactly %v", keys(got), wantKeys)
	}
	for _, k := range wantKeys {
		if _, ok := got[k]; !ok {
			t.Errorf("missing key %q", k)
		}
	}
	if got["schema"] != "policydiff/diff/v1" || got["mode"] != "version" {
		t.Errorf("schema %v mode %v", got["schema"], got["mode"])
	}
	for _, k := range []string{"pairs", "findings"} {
		if _, ok := got[k].([]any); !ok {
			t.Errorf("%s is %v, want []", k, got[k])
		}
	}
	for _, k := range []string{"source", "policy", "lang", "title", "effective", "updated", "sha256", "format", "encoding"} {
		if _, ok := got["a"].(map[string]any)[k]; !ok {
			t.Errorf("DOC lacks %q", k)
		}
	}
	sawAdded := false
	for _, c := range got["changes"].([]any) {
		ch := c.(map[string]any)
		for _, k := range []string{"kind", "a", "b", "diff", "material", "categories", "reasons", "rights_reduced"} {
			if _, ok := ch[k]; !ok {
				t.Errorf("change lacks %q: %v", k, ch)
			}
		}
		if _, ok := ch["categories"].([]any); !ok {
			t.Errorf("categories is %v, want an array", ch["categories"])
		}
		if _, ok := ch["diff"].([]any); !ok {
			t.Errorf("diff is %v, want an array", ch["diff"])
		}
		for _, op := range ch["diff"].([]any) {
			if o := op.(map[string]any)["op"]; o != "equal" && o != "insert" && o != "delete" {
				t.Errorf("diff op %v", o)
			}
		}
		if ch["kind"] == "added" {
			sawAdded = true
			if ch["a"] != nil {
				t.Errorf("added change has a = %v, want null", ch["a"])
			}
			b := ch["b"].(map[string]any)
			if len(b) != 4 || b["clause"] == nil || b["label"] == nil || b["heading"] == nil || b["text"] == nil {
				t.Errorf("clause object %v, want exactly clause, label, heading, text", b)
			}
		}
	}
	if !sawAdded {
		t.Error("no added change in the labelled pair")
	}
	sum := got["summary"].(map[string]any)
	if sum["added"] != 1.0 || sum["material"] != 1.0 {
		t.Errorf("summary %v", sum)
	}
	if got["notice_required"] != true {
		t.Error("notice_required lost")
	}
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestTextColour(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, labelledResult(t), TextOptions{Color: true, Width: 80}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "\x1b[") {
		t.Fatal("colour output has no ANSI escapes")
	}
	if strings.Contains(out, "[-") || strings.Contains(out, "{+") {
		t.Error("colour output still uses the plain [- -] markers")
	}
	if got := ansi.Strip(out); !strings.Contains(got, "privacy@jd.com") || !strings.Contains(got, "MATERIAL [5]") {
		t.Errorf("colour output lost content:\n%s", got)
	}
	// Colour replaces the edit markers and changes nothing else: too wide
	// to wrap, the two reports differ only by them.
	var wide, plainOut bytes.Buffer
	Text(&wide, labelledResult(t), TextOptions{Color: true, Width: 100000})
	Text(&plainOut, labelledResult(t), TextOptions{Width: 100000})
	unmarked := strings.NewReplacer("[-", "", "-]", "", "{+", "", "+}", "").Replace(plainOut.String())
	if got := ansi.Strip(wide.String()); got != unmarked {
		t.Errorf("colour output, escapes stripped, is not the plain output without its markers:\n%s", got)
	}
	if !strings.Contains(wide.String(), "\x1b[1;31mMATERIAL\x1b[0m") {
		t.Errorf("colour output does not show MATERIAL in bold red:\n%q", wide.String())
	}
}

// TestTextColourRuns checks that an edit is one styled run, its spaces
// included (an underlined phrase reads as one), not a run per word.
func TestTextColourRuns(t *testing.T) {
	a := mkDoc(doc.English, "2021-03-10", clause{"1", "1.", "", "We keep your data for thirty days after you close your account."})
	b := mkDoc(doc.English, "2022-01-01", clause{"1", "1.", "", "We keep your data and your photos for thirty days after you leave."})
	r := &change.Result{Mode: change.ModeVersion, A: a.Meta, B: b.Meta, Changes: versiondiff.Compare(a, b, versiondiff.Options{})}
	var buf bytes.Buffer
	if err := Text(&buf, r, TextOptions{Color: true, Width: 100}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\x1b[32;4mand your photos \x1b[0m", "\x1b[31;9mclose your account\x1b[0m", "\x1b[32;4mleave\x1b[0m"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("colour output lacks %q:\n%q", want, buf.String())
		}
	}
}

// TestTextWrapsChinese checks the width limit with East Asian characters,
// which take two columns each.
func TestTextWrapsChinese(t *testing.T) {
	a := mkDoc(doc.Chinese, "2021-03-10",
		clause{"1", "一、", "适用范围", ""},
		clause{"1.1", "1.1", "", "本隐私权政策适用于京东云网站所有服务，包括向您提供页面浏览、网站登录服务，以及通过京东云网站向您提供的技术服务。我们会收集您的设备信息。"},
	)
	b := mkDoc(doc.Chinese, "2022-01-01",
		clause{"1", "一、", "适用范围", ""},
		clause{"1.1", "1.1", "", "本隐私权政策适用于京东云网站所有服务，包括向您提供页面浏览、网站登录服务，以及通过京东云网站向您提供的技术服务。我们会采集您的设备信息和IDFA。"},
	)
	r := &change.Result{Mode: change.ModeVersion, A: a.Meta, B: b.Meta, Changes: versiondiff.Compare(a, b, versiondiff.Options{})}
	plain := textWithin40(t, r, nil)
	if !strings.Contains(plain, "[-收集-]{+采集+}") {
		t.Errorf("word-level Chinese diff missing:\n%s", plain)
	}
}

// textWithin40 renders r at width 40, plain and in colour, checks that no
// line is wider, hands every line to check (when given), and returns the
// plain rendering.
func textWithin40(t *testing.T, r *change.Result, check func(line string)) string {
	t.Helper()
	var plain string
	for _, color := range []bool{false, true} {
		var buf bytes.Buffer
		if err := Text(&buf, r, TextOptions{Width: 40, Color: color}); err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(buf.String(), "\n") {
			if w := ansi.StringWidth(l); w > 40 {
				t.Errorf("color=%v: line %q is %d columns wide, limit 40", color, ansi.Strip(l), w)
			}
			if check != nil {
				check(l)
			}
		}
		if !color {
			plain = buf.String()
		}
	}
	return plain
}

func TestCoarsenedIsSaid(t *testing.T) {
	r := labelledResult(t)
	for i := range r.Changes {
		if r.Changes[i].Kind == change.Modified {
			r.Changes[i].Coarsened = true
		}
	}
	var text, md, js bytes.Buffer
	if err := Text(&text, r, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := Markdown(&md, r); err != nil {
		t.Fatal(err)
	}
	if err := JSON(&js, r); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"text": text.String(), "markdown": md.String(), "json": js.String()} {
		if !strings.Contains(out, "coarsened") {
			t.Errorf("%s output does not say the diff was coarsened", name)
		}
	}
}

func TestLanguageModeListsFindings(t *testing.T) {
	en := &doc.Clause{ID: "4.2", Label: "4.2", Text: "We keep logs for 6 months."}
	zh := &doc.Clause{ID: "4.2", Label: "4.2", Text: "我们将日志保存12个月。"}
	r := &change.Result{Mode: change.ModeLanguage,
		A: doc.Meta{Policy: "p", Lang: doc.English}, B: doc.Meta{Policy: "p", Lang: doc.Chinese},
		Pairs: []change.Pair{{A: en, B: zh, Score: 0.8}},
		Findings: []change.Finding{{Kind: "number-mismatch", A: en, B: zh, Detail: "6 (months) in A, 12 in B", Material: true, Categories: []int{1},
			Reasons: []change.Reason{{Category: 1, Rule: "retention period differs", Evidence: "6 months ≠ 12个月"}}}}}
	var text, md, list bytes.Buffer
	if err := Text(&text, r, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := Markdown(&md, r); err != nil {
		t.Fatal(err)
	}
	noPairs := *r
	noPairs.Pairs = nil // crosslang found no pairs: the findings come as a list
	if err := Text(&list, &noPairs, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"side by side": text.String(), "list": list.String(), "markdown": md.String()} {
		for _, want := range []string{"number-mismatch", "4.2", "6 (months) in A, 12 in B", "retention period differs"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s output lacks %q:\n%s", name, want, out)
			}
		}
	}
}

// TestLanguageModeFindingsFirst: a reviewer reads the findings, each with
// its rule and evidence, before the side-by-side of every pair; the note
// that the versions differ in date is said once, not under each finding.
func TestLanguageModeFindingsFirst(t *testing.T) {
	const note = " — documents dated 2020-07-28 (en) and 2021-03-10 (zh): may be a change between versions rather than a translation defect"
	en := &doc.Clause{ID: "4.2", Label: "4.2", Text: "We keep logs for 6 months."}
	zh := &doc.Clause{ID: "4.2", Label: "4.2", Text: "我们将日志保存12个月。"}
	en1 := &doc.Clause{ID: "1", Label: "1.", Text: "Scope."}
	zh1 := &doc.Clause{ID: "1", Label: "一、", Text: "适用范围。"}
	r := &change.Result{Mode: change.ModeLanguage,
		A: doc.Meta{Policy: "p", Lang: doc.English, Effective: "2020-07-28"}, B: doc.Meta{Policy: "p", Lang: doc.Chinese, Effective: "2021-03-10"},
		Pairs: []change.Pair{{A: en1, B: zh1, Score: 0.9}, {A: en, B: zh, Score: 0.8}},
		Findings: []change.Finding{{Kind: "number-mismatch", A: en, B: zh, Detail: "6 (months) in A, 12 in B" + note, MaybeVersionChange: true, Note: note,
			Material: true, Categories: []int{1}, Reasons: []change.Reason{{Category: 1, Rule: "retention period differs", Evidence: "6 months ≠ 12个月" + note}}}}}
	var buf bytes.Buffer
	if err := Text(&buf, r, TextOptions{Width: 100}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	finding, sideBySide, firstPair := strings.Index(out, "! number-mismatch A 4.2"), strings.Index(out, "\nSide by side\n"), strings.Index(out, "─")
	if finding < 0 || sideBySide < 0 || firstPair < 0 || !(finding < sideBySide && sideBySide < firstPair) {
		t.Errorf("want the finding, then the side-by-side heading, then the pairs:\n%s", out)
	}
	findings := out[:sideBySide]
	if n := strings.Count(out, "documents dated 2020-07-28"); n != 1 {
		t.Errorf("the report says the versions' dates %d times, want once:\n%s", n, out)
	}
	for _, want := range []string{"2 clause pairs, 1 finding, 1 material", "    6 (months) in A, 12 in B\n", "retention period differs → 6 months\n    ≠ 12个月\n"} {
		if !strings.Contains(findings, want) {
			t.Errorf("findings lack %q:\n%s", want, findings)
		}
	}
	if strings.Contains(out, "1 findings") {
		t.Errorf("output says \"1 findings\":\n%s", out)
	}
}

// TestCosmeticEditsInsideAChangeAreQuiet: a modified clause whose quotes
// and line breaks also changed shows only the word that changed.
func TestCosmeticEditsInsideAChangeAreQuiet(t *testing.T) {
	a := mkDoc(doc.English, "", clause{"1", "1.", "", "We call this the \"Service\" and\nwe may share it."})
	b := mkDoc(doc.English, "", clause{"1", "1.", "", "We call this the 'Service' and we will share it."})
	r := &change.Result{Mode: change.ModeVersion, Changes: versiondiff.Compare(a, b, versiondiff.Options{})}
	var text, md bytes.Buffer
	if err := Text(&text, r, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := Markdown(&md, r); err != nil {
		t.Fatal(err)
	}
	if want := "We call this the 'Service' and we [-may-]{+will+} share it."; !strings.Contains(text.String(), want) {
		t.Errorf("text output lacks %q:\n%s", want, text.String())
	}
	if want := "'Service' and we ~~may~~ **will** share it."; !strings.Contains(md.String(), want) {
		t.Errorf("markdown output lacks %q:\n%s", want, md.String())
	}
	if len(r.Changes) != 1 || r.Changes[0].Kind != change.Modified {
		t.Fatalf("changes %+v, want one modified", r.Changes)
	}
}

// labelledPairZH: a Chinese pair with a changed word, a clause inserted
// before others (renumbering them), a punctuation-width change and a
// removal.
func labelledPairZH() (*doc.Document, *doc.Document) {
	a := mkDoc(doc.Chinese, "2021-03-10",
		clause{"1", "一、", "适用范围", ""},
		clause{"1.1", "1.1", "", "本隐私政策适用于京东云网站所有服务，包括向您提供页面浏览、网站登录服务。"},
		clause{"1.2", "1.2", "", "本隐私政策不适用于其他第三方通过京东云网站向您提供的服务。"},
		clause{"2", "二、", "我们如何收集您的信息", ""},
		clause{"2.1", "2.1", "", "当您创建京东云账户时，我们会收集您的手机号码（必填）和电子邮箱。"},
		clause{"2.2", "2.2", "", "我们会根据您授予的权限，接收并记录您所使用的设备相关信息。"},
		clause{"2.3", "2.3", "", "我们不会收集您的通讯录信息。"},
	)
	b := mkDoc(doc.Chinese, "2022-01-01",
		clause{"1", "一、", "适用范围", ""},
		clause{"1.1", "1.1", "", "本隐私政策适用于京东云网站所有服务，包括向您提供页面浏览、网站登录服务。"},
		clause{"1.2", "1.2", "", "本隐私政策不适用于其他第三方通过京东云网站向您提供的服务。"},
		clause{"2", "二、", "我们如何收集您的信息", ""},
		clause{"2.1", "2.1", "", "我们会通过第三方SDK采集您的IDFA和位置信息，用于个性化推荐。"},
		clause{"2.2", "2.2", "", "当您创建京东云账户时，我们会采集您的手机号码(必填)和电子邮箱。"},
		clause{"2.3", "2.3", "", "我们会根据您授予的权限，接收并记录您所使用的设备相关信息。"},
	)
	return a, b
}

func TestChineseGolden(t *testing.T) {
	a, b := labelledPairZH()
	r := &change.Result{Schema: change.Schema, Mode: change.ModeVersion, A: a.Meta, B: b.Meta,
		Changes: versiondiff.Compare(a, b, versiondiff.Options{})}
	var text, md bytes.Buffer
	if err := Text(&text, r, TextOptions{Width: 60, ShowCosmetic: true}); err != nil {
		t.Fatal(err)
	}
	if err := Markdown(&md, r); err != nil {
		t.Fatal(err)
	}
	golden(t, "labelled-zh.text.golden", text.Bytes())
	golden(t, "labelled-zh.md.golden", md.Bytes())
}

// A word of emoji wider than the line is cut between whole graphemes, so no
// line is wider than the width: ❤️ is two columns, not one and a selector.
func TestTextCutsWideWordsByGrapheme(t *testing.T) {
	a := mkDoc(doc.English, "2021-03-10", clause{"1", "1.", "", "We like you."})
	b := mkDoc(doc.English, "2022-01-01", clause{"1", "1.", "", "We like you " + strings.Repeat("❤️", 40) + " and 🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳🇨🇳."})
	r := &change.Result{Mode: change.ModeVersion, A: a.Meta, B: b.Meta, Changes: versiondiff.Compare(a, b, versiondiff.Options{})}
	textWithin40(t, r, func(l string) {
		if strings.Contains(ansi.Strip(l), "\ufe0f") && strings.HasPrefix(strings.TrimSpace(ansi.Strip(l)), "\ufe0f") {
			t.Errorf("a line starts with a variation selector: %q", l)
		}
	})
}
