package material

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/textio"
)

// The bundled corpus holds the seeds as originally published.
var seedFiles = map[string]string{
	"cloud-en": "../../documents/jdcloud-privacy/en/2020-07-28/original.md",
	"cloud-zh": "../../documents/jdcloud-privacy/zh/2021-03-10/original.txt",
	"mall-en":  "../../documents/jd-privacy/en/2020-10-20/original.txt",
}

func readSeed(t testing.TB, key string) (name, text string) {
	t.Helper()
	path := seedFiles[key]
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("bundled seed missing: %v", err)
	}
	txt, err := textio.Decode(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Base(path), txt.Text
}

func parseText(name, text string) *doc.Document {
	return parse.Parse(text, parse.Hint{Format: strings.TrimPrefix(filepath.Ext(name), ".")})
}

// seedEdits are edits of whole real documents, run through the real parser
// and version diff: the rules must find the edit and flag nothing else.
var seedEdits = []struct {
	name     string
	seed     string
	old, new string
	cat      int // 0: nothing may be flagged
	rule     string
	reduced  bool
}{
	{"en facial information collected", "cloud-en", "email address you have submitted for registration", "email address and facial information you have submitted for registration", 1, "data.facial.added", false},
	{"en facial geometry collected", "cloud-en", "email address you have submitted for registration", "email address and facial geometry you have submitted for registration", 1, "data.facial.added", false},
	{"en new operator named", "cloud-en", `JD Cloud & AI ("We") attaches`, `JD Cloud & AI ("We"), operated by Jingdong Technology Holding Co., Ltd., attaches`, 2, "ownership.company.added", false},
	{"en SDK recipient replaced", "cloud-en", "Huawei Technologies Co. Ltd.", "Honor Device Co., Ltd.", 3, "recipient.company.changed", false},
	// A group's arm named with its place in parentheses is a name too
	// (the old name stays in the table's other row, so it is not gone).
	{"en SDK recipient replaced by a group's arm", "cloud-en", "Shenzhen Tencent Computer System Co., Ltd.", "Tencent Cloud Computing (Beijing) Co., Ltd.", 3, "recipient.company.added", false},
	{"en deletion right dropped", "cloud-en", "access, correction, deletion and withdrawal of consent", "access, correction and withdrawal of consent", 4, "rights.delete.removed", true},
	{"en reply deadline doubled", "cloud-en", "reply within thirty days", "reply within sixty days", 4, "rights.deadline.longer", true},
	{"en officer email changed", "cloud-en", "privacy@jd.com", "dpo@jdcloud.com", 5, "contact.email.changed", false},
	{"en impact assessment", "cloud-en", "6.2 Storage of your personal information", "6.2 Storage of your personal information. Our personal information security impact assessment found a high risk in cross-border storage.", 6, "impact.high-risk.added", false},
	{"en termination notice shortened", "cloud-en", "inform you at least thirty days in advance", "inform you at least seven days in advance", 4, "rights.notice-period.shorter", true},
	{"en typo fixed", "cloud-en", "we will built software", "we will build software", 0, "", false},
	{"en update date", "cloud-en", "Updated on: July 27, 2020", "Updated on: March 1, 2021", 0, "", false},
	{"en reworded", "cloud-en", "If you have any questions, suggestions or opinions about", "Should you have any questions, suggestions or opinions regarding", 0, "", false},

	{"zh facial information collected", "cloud-zh", "联系电话号码、电子邮箱;", "联系电话号码、电子邮箱、面部信息;", 1, "data.facial.added", false},
	{"zh facial geometry collected", "cloud-zh", "联系电话号码、电子邮箱;", "联系电话号码、电子邮箱、面部几何特征;", 1, "data.facial.added", false},
	{"zh operator replaced", "cloud-zh", "京东云计算有限公司（“我们”", "京东科技信息技术有限公司（“我们”", 2, "ownership.company.changed", false},
	{"zh SDK recipient replaced", "cloud-zh", "华为技术有限公司", "荣耀终端有限公司", 3, "recipient.company.changed", false},
	{"zh deletion right dropped", "cloud-zh", "访问、更正、删除以及撤回同意", "访问、更正以及撤回同意", 4, "rights.delete.removed", true},
	{"zh reply deadline doubled", "cloud-zh", "三十天内回复", "六十天内回复", 4, "rights.deadline.longer", true},
	{"zh officer email changed", "cloud-zh", "privacy@jd.com", "dpo@jdcloud.com", 5, "contact.email.changed", false},
	{"zh impact assessment", "cloud-zh", "我们可能会将您的个人信息与我们的关联方共享。", "我们可能会将您的个人信息与我们的关联方共享。个人信息安全影响评估表明该共享存在高风险。", 6, "impact.assessment.added", false},
	{"zh termination notice shortened", "cloud-zh", "至少提前三十日向您通知", "至少提前七日向您通知", 4, "rights.notice-period.shorter", true},
	{"zh update date", "cloud-zh", "更新日期: 2021 年 3 月 10 日", "更新日期: 2021 年 4 月 1 日", 0, "", false},
	{"zh reworded", "cloud-zh", "如您对本隐私政策", "若您对本隐私政策", 0, "", false},

	{"mall reply deadline doubled", "mall-en", "reply within 15 days", "reply within 30 days", 4, "rights.deadline.longer", true},
	{"mall termination notice lengthened", "mall-en", "inform you at least thirty days in advance", "inform you at least sixty days in advance", 4, "rights.notice-period.changed", false},
	{"mall address moved", "mall-en", "No.18 Yard, No. 11 Kechuang Street", "No. 20 Yard, No. 8 Kechuang Street", 5, "contact.address.changed", false},
	// The old site stays linked from section VIII, so only the new one is news.
	{"mall service site moved", "mall-en", "(https://help.jd.com)", "(https://support.jd.com)", 5, "contact.url.added", false},
	{"mall remarks dates", "mall-en", "updated on October 13, 2020 and will formally take effect on October 20, 2020", "updated on May 2, 2021 and will formally take effect on May 9, 2021", 0, "", false},
}

func TestSeedEdits(t *testing.T) {
	for _, tc := range seedEdits {
		t.Run(tc.name, func(t *testing.T) {
			name, text := readSeed(t, tc.seed)
			if !strings.Contains(text, tc.old) {
				t.Fatalf("%s lacks %q", name, tc.old)
			}
			r := compareDocs(parseText(name, text), parseText(name, strings.Replace(text, tc.old, tc.new, 1)))
			var flagged []change.Change
			for _, c := range r.Changes {
				if c.Material {
					flagged = append(flagged, c)
				}
			}
			if tc.cat == 0 {
				if len(flagged) > 0 {
					t.Fatalf("non-material edit flagged: %v", flagged[0].Reasons)
				}
				return
			}
			found := false
			for _, c := range flagged {
				if !slices.Contains(c.Categories, tc.cat) {
					t.Errorf("collateral flag outside category %d: %v", tc.cat, c.Reasons)
				}
				found = found || hasRule(c.Reasons, tc.rule)
			}
			if !found {
				t.Fatalf("rule %s not raised; flags: %v", tc.rule, flagged)
			}
			if r.ExplicitConsentRequired != tc.reduced {
				t.Errorf("explicit consent required = %v, want %v", r.ExplicitConsentRequired, tc.reduced)
			}
			if m := r.MaterialClause; m == nil || m.Side != "b" || len(m.Items) != 6 {
				t.Errorf("material clause %+v", m)
			}
		})
	}
}

// The service terms have a clause 9.2 too, about force majeure: found by
// content, there is no material-change list in them.
func TestSeedTermsHaveNoMaterialList(t *testing.T) {
	path := "../../documents/jdcloud-cps-terms/en/undated/original.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("bundled terms missing: %v", err)
	}
	txt, err := textio.Decode(path, data)
	if err != nil {
		t.Fatal(err)
	}
	d := parseText(path, txt.Text)
	if c := d.Find("9.2"); c == nil {
		t.Fatal("the terms lost their clause 9.2; this test needs it")
	}
	if m := FindClause(d); m != nil {
		t.Fatalf("found %s in the service terms: %q", m.ID, m.Text)
	}
}

// An unchanged document has nothing material in it, whatever it says.
func TestSeedAgainstItself(t *testing.T) {
	for key := range seedFiles {
		name, text := readSeed(t, key)
		r := compareDocs(parseText(name, text), parseText(name, text))
		if r.NoticeRequired || r.Summary.Material != 0 {
			t.Errorf("%s: %+v", key, r.Summary)
		}
	}
}

func BenchmarkAnnotateSeed(b *testing.B) {
	name, text := readSeed(b, "cloud-zh")
	edited := strings.Replace(text, "三十天内回复", "六十天内回复", 1)
	edited = strings.Replace(edited, "privacy@jd.com", "dpo@jdcloud.com", 1)
	base := compareDocs(parseText(name, text), parseText(name, edited))
	b.ResetTimer()
	for range b.N {
		r := *base
		r.Changes = slices.Clone(base.Changes)
		Annotate(&r)
	}
}
