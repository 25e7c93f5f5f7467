package crosslang

import (
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

func untranslatedIn(findings []change.Finding) []string {
	var ids []string
	for _, f := range findings {
		if f.Kind == "untranslated" {
			if f.B != nil && strings.Contains(f.Detail, "Chinese document") {
				ids = append(ids, f.B.ID)
			} else if f.A != nil {
				ids = append(ids, f.A.ID)
			}
		}
	}
	return ids
}

// A clause of the Chinese seed left in English, as a page under
// translation shows it, is found; the seeds as they are hold none, and
// nor does a row of English names and addresses.
func TestUntranslatedClause(t *testing.T) {
	en := parse.Parse(sharedtest.Read(t, "seeds/jdcloud-privacy.en.2020-07-28.md"), parse.Hint{})
	zhText := sharedtest.Read(t, "seeds/jdcloud-privacy.zh.2021-03-10.txt")
	zh := parse.Parse(zhText, parse.Hint{Lang: doc.Chinese})
	if _, findings := Compare(en, zh, nil); len(untranslatedIn(findings)) > 0 {
		t.Errorf("the seeds: %v", untranslatedIn(findings))
	}
	old := "9.3 我们还会将本隐私政策的旧版本存档, 供您查阅。"
	if !strings.Contains(zhText, old) {
		t.Fatal("the seed no longer holds clause 9.3")
	}
	left := parse.Parse(strings.Replace(zhText, old, "9.3 We will also archive the old versions of the Privacy Policy for your reference.", 1), parse.Hint{Lang: doc.Chinese})
	_, findings := Compare(en, left, nil)
	if got := untranslatedIn(findings); len(got) != 1 || got[0] != "9.3" {
		t.Errorf("clause 9.3 left in English: untranslated %v", got)
	}
	for _, s := range []string{"88 Colin P. Kelly Jr. St. San Francisco, CA 94107 United States", "GitHub B.V. | Vijzelstraat 68-72"} {
		if englishProse(s) {
			t.Errorf("%q read as English prose", s)
		}
	}
}

// GitHub's Chinese statement of 2022-09-22 shows a dozen sections in
// English; its English statement of the same day is their source.
func TestUntranslatedGitHubSections(t *testing.T) {
	dir := "corpus/github-privacy-statement/"
	en := parse.Parse(sharedtest.Read(t, dir+"en/2022-09-22-a416ec25.md"), parse.Hint{})
	zh := parse.Parse(sharedtest.Read(t, dir+"zh/2022-09-22-a416ec25.md"), parse.Hint{})
	_, findings := Compare(en, zh, nil)
	got := untranslatedIn(findings)
	if len(got) < 10 {
		t.Errorf("%d untranslated clauses found: %v", len(got), got)
	}
	for _, id := range []string{"h6.1", "h6.1.4", "h6.2"} {
		found := false
		for _, g := range got {
			found = found || g == id
		}
		if !found {
			t.Errorf("clause %s, in English on the Chinese page, not found: %v", id, got)
		}
	}
}
