package material

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
)

// labelled is one hand-made edit of a seed excerpt and what a legal
// reviewer would say about it.
type labelled struct {
	name    string
	doc     string
	edit    edit
	cat     int    // expected category, 0 = not material
	rule    string // a rule that must be among the reasons
	reduced bool
}

var labelledEdits = []labelled{
	// Category 1: a new type of personal information.
	{"en new data type", "jdcloud-en.outline", edit{"modify", "2.1", "email address you have", "email address and facial information you have"}, 1, "data.facial.added", false},
	{"zh new data type", "jdcloud-zh.outline", edit{"modify", "2.1", "电子邮箱;", "电子邮箱、面部信息;"}, 1, "data.facial.added", false},
	{"en new purpose", "jdcloud-en.outline", edit{"modify", "2.3", "etc.;", "etc., which we also use for targeted advertising;"}, 1, "purpose.advertising.added", false},
	{"zh longer retention", "jd-mall-en.outline", edit{"modify", "5.2", "in the app.", "in the app. We retain browsing history for 6 months."}, 1, "purpose.retention.changed", false},
	// Category 2: ownership or organisation.
	{"en new operator", "jdcloud-en.outline", edit{"modify", "pre", "Beijing Jingdong Shangke Information Technology Co., Ltd.", "Jingdong Technology Holding Co., Ltd."}, 2, "ownership.company.changed", false},
	{"zh new operator", "jdcloud-zh.outline", edit{"modify", "pre", "京东云计算有限公司", "京东科技信息技术有限公司"}, 2, "ownership.company.changed", false},
	{"en merger", "jd-mall-en.outline", edit{"modify", "pre", "provides services", "following its merger with JD Technology, provides services"}, 2, "ownership.transaction.added", false},
	// Category 3: main recipients of sharing.
	{"en new SDK recipient", "jdcloud-en.outline", edit{"add", "5.1.4", "", "Alipay Login | User Nickname and Network IP Address | Alipay (China) Network Technology Co., Ltd."}, 3, "recipient.company.added", false},
	{"en recipient replaced", "jdcloud-en.outline", edit{"modify", "5.1.4.1", "Huawei Technologies Co. Ltd.", "Honor Device Co., Ltd."}, 3, "recipient.company.changed", false},
	{"zh new SDK recipient", "jdcloud-zh.outline", edit{"add", "5.1.3", "", "支付宝登录 | 用户昵称、网络 IP 地址 | 支付宝（中国）网络技术有限公司"}, 3, "recipient.company.added", false},
	{"en advertisers as recipients", "jdcloud-en.outline", edit{"modify", "5.1.1", "except in the following circumstances:", "except advertisers and in the following circumstances:"}, 3, "recipient.partner.added", false},
	{"zh new kind of recipient", "jdcloud-zh.outline", edit{"modify", "5.1.3", "委托合作伙伴", "委托合作伙伴及广告主、第三方数据服务商"}, 3, "recipient.third-party.added", false},
	{"en sharing no longer ruled out", "jdcloud-en.outline", edit{"modify", "5.1.1", "We will not share", "We will share"}, 3, "processing.negation.removed", false},
	{"zh sharing no longer ruled out", "jdcloud-zh.outline", edit{"modify", "5.1.1", "我们不会与", "我们会与"}, 3, "processing.negation.removed", false},
	// Category 4: users' rights, and rights reduced.
	{"en right removed", "jdcloud-en.outline", edit{"modify", "7.0", "correction, deletion and withdrawal", "correction and withdrawal"}, 4, "rights.delete.removed", true},
	{"zh right removed", "jdcloud-zh.outline", edit{"modify", "7.0", "更正、删除以及撤回同意", "更正以及撤回同意"}, 4, "rights.delete.removed", true},
	{"en account cancellation clause removed", "jdcloud-en.outline", edit{"remove", "7.4", "", ""}, 4, "rights.cancel-account.removed", true},
	{"zh account cancellation clause removed", "jdcloud-zh.outline", edit{"remove", "7.4", "", ""}, 4, "rights.cancel-account.removed", true},
	{"en right negated", "jdcloud-en.outline", edit{"modify", "7.4", "You can cancel", "You cannot cancel"}, 4, "rights.negated", true},
	{"en longer reply deadline", "jdcloud-en.outline", edit{"modify", "10.3", "thirty days", "sixty days"}, 4, "rights.deadline.longer", true},
	{"en longer reply deadline digits", "jd-mall-en.outline", edit{"modify", "8.2", "within 15 days", "within 30 days"}, 4, "rights.deadline.longer", true},
	{"zh longer reply deadline", "jdcloud-zh.outline", edit{"modify", "10.3", "十五天内", "三十天内"}, 4, "rights.deadline.longer", true},
	{"zh shorter reply deadline", "jdcloud-zh.outline", edit{"modify", "10.3", "十五天内", "7个工作日内"}, 4, "rights.deadline.changed", false},
	{"en rights page moved", "jd-mall-en.outline", edit{"modify", "5.1", "home.jd.com/account", "i.jd.com/user/info"}, 4, "rights.url.changed", false},
	// Category 5: contact method, department, complaint channel.
	{"en email changed", "jdcloud-en.outline", edit{"modify", "10.2", "privacy@jd.com", "dpo@jdcloud.com"}, 5, "contact.email.changed", false},
	{"zh email changed", "jdcloud-zh.outline", edit{"modify", "10.2", "privacy@jd.com", "dpo@jdcloud.com"}, 5, "contact.email.changed", false},
	{"en hotline changed", "jdcloud-en.outline", edit{"modify", "10.1", "400-615-1212", "400-098-8505"}, 5, "contact.phone.changed", false},
	{"zh hotline extension changed", "jdcloud-zh.outline", edit{"modify", "10.1", "400-098-8505 转 2", "400-098-8505 转 3"}, 5, "contact.phone.changed", false},
	{"en address changed", "jd-mall-en.outline", edit{"modify", "8.1", "No.18 Yard, No. 11 Kechuang Street", "No. 20 Yard, No. 8 Kechuang Street"}, 5, "contact.address.changed", false},
	{"en contact email removed", "jd-mall-en.outline", edit{"modify", "8.1", "Email of principal for protecting personal information: privacy@jd.com\n", ""}, 5, "contact.email.removed", true},
	{"zh officer added", "jdcloud-zh.outline", edit{"modify", "10.2", "个人信息保护专员", "个人信息保护负责人及个人信息保护专员"}, 5, "contact.officer.added", false},
	// Category 6: impact assessment showing high risk.
	{"en impact assessment", "jdcloud-en.outline", edit{"modify", "5.1.1", "circumstances:", "circumstances. Our personal information impact assessment of sharing found a high risk:"}, 6, "impact.assessment.added", false},
	{"zh impact assessment", "jdcloud-zh.outline", edit{"modify", "5.1.1", "但以下情况除外：", "经个人信息安全影响评估，该共享存在高风险。但以下情况除外："}, 6, "impact.high-risk.added", false},

	// Not material.
	{"en negation reworded", "jdcloud-en.outline", edit{"modify", "5.1.1", "We will not share", "We won't share"}, 0, "", false},
	{"zh negation reworded", "jdcloud-zh.outline", edit{"modify", "5.1.1", "我们不会与", "我们绝不与"}, 0, "", false},
	{"en typo fix", "jdcloud-en.outline", edit{"modify", "5.1.4", "we will built software", "we will build software"}, 0, "", false},
	{"en typo in a lexicon word", "jdcloud-en.outline", edit{"modify", "2.2", "passport", "pasport"}, 0, "", false},
	{"en swapped letters", "jdcloud-en.outline", edit{"modify", "10.3", "especially", "especailly"}, 0, "", false},
	{"en rewording", "jdcloud-en.outline", edit{"modify", "10.1", "If you have any questions, suggestions or opinions about", "Should you have any questions, suggestions or opinions regarding"}, 0, "", false},
	{"zh rewording", "jdcloud-zh.outline", edit{"modify", "10.1", "如您对本隐私政策", "若您对本隐私政策"}, 0, "", false},
	{"zh full-width punctuation", "jdcloud-zh.outline", edit{"modify", "10.2", "专员, 您", "专员，您"}, 0, "", false},
	{"en date line", "jdcloud-en.outline", edit{"modify", "upd", "July 27, 2020", "March 1, 2021"}, 0, "", false},
	{"zh date line", "jdcloud-zh.outline", edit{"modify", "upd", "2021年3月10日", "2021年4月1日"}, 0, "", false},
	{"en remarks dates", "jd-mall-en.outline", edit{"modify", "9", "October 13, 2020 and will formally take effect on October 20, 2020", "May 2, 2021 and will formally take effect on May 9, 2021"}, 0, "", false},
	{"en server id and timestamp", "jdcloud-en.outline", edit{"modify", "10.1", "hotline 400-615-1212.", "hotline 400-615-1212 (page 5e8f9a0b1c2d3e4f, 2020-07-27T10:00:00Z)."}, 0, "", false},
	{"en tracking parameters", "jd-mall-en.outline", edit{"modify", "5.1", "utm_source=policy&utm_medium=link", "utm_source=app&ref=home"}, 0, "", false},
	{"en same deadline in words", "jdcloud-en.outline", edit{"modify", "10.3", "within thirty days", "within 30 days"}, 0, "", false},
	{"zh same deadline in digits", "jdcloud-zh.outline", edit{"modify", "10.3", "十五天内", "15天内"}, 0, "", false},
	{"en section without entity", "jdcloud-en.outline", edit{"modify", "5.1.1", "We will not share", "We shall not share"}, 0, "", false},
}

func TestLabelledEdits(t *testing.T) {
	for _, tc := range labelledEdits {
		t.Run(tc.name, func(t *testing.T) {
			a, b, c := applyEdit(t, tc.doc, tc.edit)
			r := resultOf(a, b, c)
			Annotate(r)
			got := r.Changes[0]
			if tc.cat == 0 {
				if got.Material {
					t.Fatalf("flagged a non-material edit: %v", got.Reasons)
				}
				return
			}
			if !got.Material || !slices.Contains(got.Categories, tc.cat) {
				t.Fatalf("want category %d, got %v %v", tc.cat, got.Categories, got.Reasons)
			}
			if !hasRule(got.Reasons, tc.rule) {
				t.Errorf("want rule %s among %v", tc.rule, got.Reasons)
			}
			for _, rs := range got.Reasons {
				if rs.Evidence == "" || rs.Rule == "" || rs.Category < 1 || rs.Category > 6 {
					t.Errorf("reason without rule or evidence: %+v", rs)
				}
			}
			if got.RightsReduced != tc.reduced || r.ExplicitConsentRequired != tc.reduced {
				t.Errorf("rights_reduced = %v, explicit consent = %v, want %v (%v)", got.RightsReduced, r.ExplicitConsentRequired, tc.reduced, got.Reasons)
			}
			if !r.NoticeRequired || r.Summary.Material != 1 {
				t.Errorf("notice_required %v, summary %+v", r.NoticeRequired, r.Summary)
			}
		})
	}
}

func hasRule(rs []change.Reason, rule string) bool {
	for _, r := range rs {
		if r.Rule == rule {
			return true
		}
	}
	return false
}

// The evidence must name both sides of the change, so a reviewer can check
// it against the text.
func TestEvidenceNamesBothSides(t *testing.T) {
	a, b, c := applyEdit(t, "jdcloud-en.outline", edit{"modify", "10.2", "privacy@jd.com", "dpo@jdcloud.com"})
	r := resultOf(a, b, c)
	Annotate(r)
	want := change.Reason{Category: 5, Rule: "contact.email.changed", Evidence: "email privacy@jd.com → dpo@jdcloud.com"}
	if !slices.Contains(r.Changes[0].Reasons, want) {
		t.Fatalf("reasons %v lack %v", r.Changes[0].Reasons, want)
	}
	a, b, c = applyEdit(t, "jdcloud-zh.outline", edit{"modify", "10.3", "十五天内", "三十天内"})
	r = resultOf(a, b, c)
	Annotate(r)
	ev := fmt.Sprint(r.Changes[0].Reasons)
	if !strings.Contains(ev, "十五天 → 三十天") {
		t.Fatalf("deadline evidence %s", ev)
	}
}

// A cosmetic change is never material, whatever it touches.
func TestCosmeticNeverMaterial(t *testing.T) {
	a, b, c := applyEdit(t, "jdcloud-en.outline", edit{"modify", "10.2", "privacy@jd.com", "dpo@jdcloud.com"})
	c.Kind = change.Cosmetic
	r := resultOf(a, b, c)
	Annotate(r)
	if r.Changes[0].Material || r.NoticeRequired {
		t.Fatal("cosmetic change flagged")
	}
}

// An email that moves to another clause has not disappeared from the policy.
func TestEntityMovedWithinDocumentIsNotChanged(t *testing.T) {
	a, b, c := applyEdit(t, "jdcloud-en.outline", edit{"modify", "10.1", "jdcloud@jd.com", "privacy@jd.com"})
	// privacy@jd.com is already in 10.2, so only jdcloud@jd.com is gone.
	r := resultOf(a, b, c)
	Annotate(r)
	got := r.Changes[0].Reasons
	if !hasRule(got, "contact.email.removed") || hasRule(got, "contact.email.changed") {
		t.Fatalf("reasons %v", got)
	}
}
