package crosslang

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

func pairOf(pairs []change.Pair, aID string) []string {
	var out []string
	for _, p := range pairs {
		if p.A.ID == aID {
			out = append(out, p.B.ID)
		}
	}
	return out
}

func TestCompareJDCloudAlignment(t *testing.T) {
	en, zh := jdPair(t)
	pairs, _ := Compare(en, zh, nil)
	// clauses sharing printed numbers pair with each other
	for _, id := range []string{"1.1", "4.2.4", "5.1.1(7)", "6.2.2", "8.1", "9.2", "9.2(1)", "9.2(2)",
		"9.2(3)", "9.2(4)", "9.2(5)", "9.2(6)", "10.2", "10.3", "A1.5(3)"} {
		if got := pairOf(pairs, id); len(got) != 1 || got[0] != id {
			t.Errorf("en %s pairs with zh %v, want %s", id, got, id)
		}
	}
	// SDK table rows pair by content (the Chinese PDF puts the Android table
	// before 5.1.4 and splits the iOS table across a page)
	find := func(d *doc.Document, prefix string) []*doc.Clause {
		var out []*doc.Clause
		d.Walk(func(c *doc.Clause) bool {
			if c.Kind == doc.KindRow && strings.HasPrefix(strings.TrimSpace(c.Cells[0]), prefix) {
				out = append(out, c)
			}
			return true
		})
		return out
	}
	rows := []struct{ en, zh string }{
		{"Huawei Push", "华为推送"}, {"MiPush", "小米推送"}, {"Face Scanning", "扫脸实名"},
		{"Telecom Local", "电信本机"}, {"Mobile Certification", "移动认证"}, {"WeChat Pay", "微信支付"},
	}
	for _, r := range rows {
		enRows, zhRows := find(en, r.en), find(zh, r.zh)
		if len(enRows) == 0 || len(enRows) != len(zhRows) {
			t.Fatalf("row %q: %d en rows, %d zh rows", r.en, len(enRows), len(zhRows))
		}
		for k, er := range enRows {
			var partner *doc.Clause
			for _, p := range pairs {
				if p.A == er {
					partner = p.B
				}
			}
			if partner != zhRows[k] {
				t.Errorf("row %q #%d (%s) pairs with %v, want %s", r.en, k+1, er.ID, partner, zhRows[k].ID)
			}
		}
	}
	for _, p := range pairs {
		if p.Score < 0 || p.Score > 1 {
			t.Errorf("pair %s/%s score %v outside 0..1", p.A.ID, p.B.ID, p.Score)
		}
	}
}

// TestCompareJDCloudCleanFindings pins every finding on the untouched pair;
// each is a real difference between the 2020 English and 2021 Chinese texts.
func TestCompareJDCloudCleanFindings(t *testing.T) {
	en, zh := jdPair(t)
	_, findings := Compare(en, zh, nil)
	var got []string
	for _, f := range findings {
		got = append(got, f.Kind+" "+idOf(f.A)+"|"+idOf(f.B))
		if !f.MaybeVersionChange || !strings.Contains(f.Detail, "change between versions") {
			t.Errorf("%s: documents dated differently, finding should say it may be a version change: %s", f.Kind, f.Detail)
		}
		if f.Kind == "phone-mismatch" && !strings.Contains(f.Detail, "phone 400-615-1212 (en) ≠ 400-098-8505 转 2 (zh)") {
			t.Errorf("phone detail = %q", f.Detail)
		}
	}
	sort.Strings(got)
	want := []string{
		"date-mismatch 0|0",            // Updated July 27, 2020 / valid July 28, 2020 vs 2021 年 3 月 10 日
		"phone-mismatch 0|0",           // hotline 400-615-1212 vs 400-098-8505 转 2
		"phone-mismatch A1.2~2|A1.2~2", // the same hotline in the cancellation notice
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings on the clean pair:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		for _, f := range findings {
			t.Log(f.Kind, f.Detail)
		}
	}
}

func idOf(c *doc.Clause) string {
	if c == nil {
		return "-"
	}
	return c.ID
}

func TestCompareReversedOrder(t *testing.T) {
	en, zh := jdPair(t)
	_, findings := Compare(zh, en, nil)
	found := false
	for _, f := range findings {
		if f.Kind == "phone-mismatch" && strings.HasPrefix(f.Detail, "phone 400-098-8505 转 2 (zh) ≠ 400-615-1212 (en)") {
			found = true
		}
	}
	if !found {
		t.Errorf("zh-first comparison lost the phone mismatch: %+v", findings)
	}
}

// TestPlantedDefects edits the Chinese seed and expects each defect to be
// found with its kind on its clause, and not found on the clean text.
func TestPlantedDefects(t *testing.T) {
	en := parseFile(t, jdFiles[0])
	raw, err := os.ReadFile(jdFiles[1])
	if err != nil {
		t.Fatal(err)
	}
	clean := string(raw)
	tests := []struct {
		name, old, new string
		kind, clause   string // clause id on the English side
		detail         string
	}{
		{"age", "18 周岁以下", "16 周岁以下", "number-mismatch", "8.1", "age below the age of 18 (en) ≠ 16 周岁以下 (zh)"},
		{"duration", "三十天内回复", "十五天内回复", "number-mismatch", "10.3", "duration thirty days (en) ≠ 十五天 (zh)"},
		{"working days", "3 个工作日", "5 个工作日", "number-mismatch", "6.2.2", "duration 3 working days (en) ≠ 5 个工作日 (zh)"},
		{"retention years", "保存 5 年", "保存 3 年", "number-mismatch", "A1.2~2", "duration 5 years (en) ≠ 3 年 (zh)"},
		{"percent", "百分之百安全", "百分之九十安全", "number-mismatch", "6.1.6", "number 100% (en) ≠ 百分之九十 = 90% (zh)"},
		{"email", "privacy@jd.com", "privacy@jdcloud.com", "email-mismatch", "10.2", "email privacy@jd.com (en) ≠ privacy@jdcloud.com (zh)"},
		{"organisation", "华为推送\t设备唯一标识码、系统版本、设备型号、设备厂商\t华为技术有限公司",
			"华为推送\t设备唯一标识码、系统版本、设备型号、设备厂商\t小米科技有限责任公司", "name-mismatch", "5.1.4/t1/r2",
			"organisation Huawei Technologies Co. Ltd. (en) ≠ 小米科技有限责任公司 (zh)"},
		{"term", "我们可能会将您的个人信息与我们的关联方共享。但我们只会共享必要的个人信息",
			"我们可能会将您的个人信息与我们的关联方转让。但我们只会转让必要的个人信息", "term-mismatch", "5.1.2",
			`term "share" (en) rendered as 转让 (zh)`},
		{"list item", "(7) 基于学术研究而使用;\n", "", "list-mismatch", "5.1.1",
			`8 items (en) ≠ 7 items (zh); without counterpart: 5.1.1(7) "Information is used for academic researches;"`},
		{"table row", "小米推送\t设备唯一标识码、系统版本、设备型号、设备厂商\t小米科技有限责任公司\n", "", "table-mismatch", "5.1.4/t1",
			`6 rows (en) ≠ 5 rows (zh); without counterpart: 5.1.4/t1/r3 "MiPush`},
		{"negation dropped", "我们不会与京东云以外的任何公司", "我们会与京东云以外的任何公司", "negation-mismatch", "5.1.1",
			`negation "not" (en) has no counterpart in zh: "We will not share your personal information with any company`},
		{"negation added", "7.1. 您可以登录京东云网站", "7.1. 您不能登录京东云网站", "negation-mismatch", "7.1",
			`negation "不能" (zh) has no counterpart in en: "您不能登录京东云网站或客户端“管理控制台”查询`},
		{"duty made a permission", "前，应事先取得", "前，可以事先取得", "modality-mismatch", "8.1",
			`modality "shall" (en) obliges, "可以" (zh) only permits`},
		{"permission made a duty", "7.1. 您可以登录京东云网站", "7.1. 您必须登录京东云网站", "modality-mismatch", "7.1",
			`modality "必须" (zh) obliges, "can" (en) only permits`},
		{"clause", "9.3 我们还会将本隐私政策的旧版本存档, 供您查阅。\n", "", "missing-clause", "9.3",
			`clause 9.3 "We will also archive the old versions of the Privacy Policy…" (en) has no counterpart in zh`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(clean, tt.old) {
				t.Fatalf("seed no longer contains %q", tt.old)
			}
			for _, text := range []string{clean, strings.Replace(clean, tt.old, tt.new, 1)} {
				zh := parse.Parse(text, parse.Hint{Lang: doc.Chinese})
				_, findings := Compare(en, zh, nil)
				var hit *change.Finding
				for i, f := range findings {
					if f.Kind == tt.kind && f.A != nil && f.A.ID == tt.clause {
						hit = &findings[i]
					}
				}
				switch {
				case text == clean && hit != nil:
					t.Errorf("clean text already has %s on %s: %s", tt.kind, tt.clause, hit.Detail)
				case text != clean && hit == nil:
					t.Errorf("planted %s not found on %s; findings:", tt.kind, tt.clause)
					for _, f := range findings {
						t.Logf("  %s %s|%s %s", f.Kind, idOf(f.A), idOf(f.B), f.Detail)
					}
				case text != clean && !strings.HasPrefix(hit.Detail, tt.detail):
					t.Errorf("detail = %q, want prefix %q", hit.Detail, tt.detail)
				}
			}
		})
	}
}

func TestSameDateNoVersionNote(t *testing.T) {
	en, zh := jdPair(t)
	zh.Meta.Effective, zh.Meta.Updated = en.Meta.Effective, en.Meta.Updated
	_, findings := Compare(en, zh, nil)
	for _, f := range findings {
		if f.MaybeVersionChange || strings.Contains(f.Detail, "between versions") {
			t.Errorf("same-dated documents, but %s says it may be a version change", f.Kind)
		}
	}
}

// TestGitHubSameDay aligns the English and Chinese captures of the GitHub
// Privacy Statement taken on the same day: heading-structured documents
// without printed numbers.
func TestGitHubSameDay(t *testing.T) {
	dir := sharedtest.Require(t, "corpus/github-privacy-statement")
	zhFiles, _ := filepath.Glob(filepath.Join(dir, "zh", "*.md"))
	sameDate, good := 0, 0
	for _, zf := range zhFiles {
		ef := filepath.Join(dir, "en", filepath.Base(zf))
		if _, err := os.Stat(ef); err != nil {
			continue
		}
		en, zh := parseFile(t, ef), parseFile(t, zf)
		pairs, _ := Compare(en, zh, nil)
		if len(pairs) == 0 {
			t.Errorf("%s: no pairs", filepath.Base(zf))
			continue
		}
		sum := 0.0
		for _, p := range pairs {
			sum += p.Score
		}
		mean := sum / float64(len(pairs))
		if en.Meta.Effective != zh.Meta.Effective {
			continue // the translation lagged behind: a different version
		}
		sameDate++
		if mean >= 0.8 && float64(len(pairs)) >= 0.95*float64(min(en.Count(), zh.Count())) {
			good++
		}
		if filepath.Base(zf) == "2022-06-16-d2dc57cf.md" {
			if mean < 0.85 {
				t.Errorf("2022-06-16: mean pair score %.3f, want ≥ 0.85", mean)
			}
			for _, p := range pairs {
				if p.A.ID != p.B.ID {
					t.Errorf("2022-06-16: %s pairs with %s", p.A.ID, p.B.ID)
				}
			}
		}
	}
	t.Logf("%d of %d same-dated pairs align well", good, sameDate)
	if sameDate < 5 || good*10 < sameDate*8 {
		t.Errorf("%d of %d same-dated pairs align well (mean score ≥ 0.8, ≥ 95%% paired)", good, sameDate)
	}
}

func TestCompareDegenerate(t *testing.T) {
	en, zh := jdPair(t)
	empty := &doc.Document{}
	for _, c := range []struct {
		name string
		a, b *doc.Document
	}{{"both empty", empty, empty}, {"a empty", empty, zh}, {"b empty", en, empty}} {
		pairs, findings := Compare(c.a, c.b, nil)
		if len(pairs) != 0 {
			t.Errorf("%s: %d pairs", c.name, len(pairs))
		}
		if clauses := c.a.Count() + c.b.Count(); clauses > 0 && len(findings) == 0 {
			t.Errorf("%s: every clause should be reported missing or extra", c.name)
		}
	}
}
