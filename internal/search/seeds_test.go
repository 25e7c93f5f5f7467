//go:build !nosearch

package search

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/glossary"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// The real seeds, parsed by internal/parse, searched with the built-in
// glossary: the questions of issue #6 on the documents reviewers have.

func seedVersion(t *testing.T, name, policy string) Version {
	t.Helper()
	sharedtest.Require(t, "corpus")
	path := filepath.Join(sharedtest.Require(t, ""), "seeds", name)
	if _, err := os.Stat(path); err != nil {
		t.Skip("seed not found: " + path)
	}
	d, err := parse.File(path)
	if err != nil {
		t.Fatal(err)
	}
	return Version{Policy: policy, Lang: d.Meta.Lang, Date: d.Meta.Effective, Doc: d}
}

func TestSeedSearch(t *testing.T) {
	vs := []Version{
		seedVersion(t, "jdcloud-privacy.en.2020-07-28.md", "jdcloud-privacy"),
		seedVersion(t, "jdcloud-privacy.zh.2021-03-10.txt", "jdcloud-privacy"),
		seedVersion(t, "jd-privacy.en.2020-10-20.txt", "jd-privacy"),
		seedVersion(t, "jdcloud-cps-terms.en.md", "jdcloud-cps-terms"),
	}
	ix, err := Ensure(t.TempDir(), "seeds", func() ([]Version, error) { return vs, nil })
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	g := glossary.Builtin()
	tests := []struct {
		name string
		q    Query
		// every hit in the first len(top) must contain one of these words
		// and the set of languages among all hits must be langs.
		top   int
		words []string
		langs []string
	}{
		{"facial information in english", Query{Text: `"facial information"`, Lang: "en"},
			2, []string{"Facial Information"}, []string{"en"}},
		{"面部信息 in chinese", Query{Text: "面部信息", Lang: "zh"},
			2, []string{"面部信息"}, []string{"zh"}},
		{"facial information in either language", Query{Text: "facial information", Lang: "all", Glossary: g},
			4, []string{"Facial Information", "facial information", "面部信息"}, []string{"en", "zh"}},
		{"without the glossary a language stays apart", Query{Text: "面部信息", Lang: "all"},
			2, []string{"面部信息"}, []string{"zh"}},
		{"面部信息 in either language", Query{Text: "面部信息", Lang: "all", Glossary: g},
			4, []string{"Facial Information", "facial information", "面部信息"}, []string{"en", "zh"}},
		{"cancellation of account, chinese", Query{Text: "注销账户", Lang: "zh"},
			1, []string{"注销"}, []string{"zh"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := ix.Search(tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Hits) < tc.top {
				t.Fatalf("%d hits, want at least %d", len(r.Hits), tc.top)
			}
			langs := map[string]bool{}
			for i, h := range r.Hits {
				langs[h.Lang] = true
				if i >= tc.top {
					continue
				}
				if !slices.ContainsFunc(tc.words, func(w string) bool { return strings.Contains(h.Text, w) }) {
					t.Errorf("hit %d %s#%s lacks %q: %q", i, h.Ref(), h.Clause, tc.words, h.Text)
				}
				if len(h.Fragments) == 0 || !strings.Contains(h.Fragments[0], MarkStart) {
					t.Errorf("hit %d has no highlighted fragment: %q", i, h.Fragments)
				}
			}
			if testing.Verbose() {
				for _, h := range r.Hits[:min(6, len(r.Hits))] {
					t.Logf("%.2f %s#%s %q", h.Score, h.Ref(), h.Clause, h.Fragments)
				}
			}
			var got []string
			for l := range langs {
				got = append(got, l)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.langs) {
				t.Errorf("languages %v, want %v", got, tc.langs)
			}
		})
	}
	// The SDK table row is the clause reviewers look for.
	r, _ := ix.Search(Query{Text: `"facial information"`, Lang: "en", Policy: "jdcloud-privacy"})
	if len(r.Hits) == 0 || r.Hits[0].Path[len(r.Hits[0].Path)-1] == "" || !strings.HasPrefix(r.Hits[0].Clause, "5.1.4") {
		t.Errorf("want the SDK table row under 5.1.4 first, got %+v", r.Hits)
	}
	if got := r.Hits[0].Categories; !slices.Contains(got, 3) {
		t.Errorf("sharing section row: categories %v, want 3 among them", got)
	}
}
