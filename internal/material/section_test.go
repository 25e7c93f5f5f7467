package material

import (
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
)

func TestSectionCategory(t *testing.T) {
	for heading, want := range map[string]int{
		"V. How we share, transfer and publicly disclose your personal information": 3,
		"五、我们如何共享、转让、公开披露您的个人信息":                                                    3,
		"VII. How you manage your personal information":                             4,
		"七、您如何管理您的个人信息":                                                             4,
		"X. How to contact us":                                     5,
		"十、如何联系我们":                                                 5,
		"II. Scope of your information collected by us":            1,
		"二、我们收集您的信息的范围":                                            1,
		"IV. How Do We Protect and Save your Personal Information": 1,
		"VIII. Protection of personal information of minors":       0,
		"九、通知和修订":                                                  0,
		"Your privacy rights":                                      4,
	} {
		top := &doc.Clause{ID: "1", Heading: heading, Kind: doc.KindSection}
		child := &doc.Clause{ID: "1.1", Text: "Any text.", Parent: top}
		top.Children = []*doc.Clause{child}
		if got := sectionCategory(child); got != want {
			t.Errorf("%q: %d, want %d", heading, got, want)
		}
	}
	if got := sectionCategory(&doc.Clause{Kind: doc.KindPreamble, Text: "We collect and share your data."}); got != 0 {
		t.Errorf("preamble gave %d", got)
	}
}
