//go:build !nosearch

package search

import (
	"strings"
	"testing"
)

// FuzzSearch feeds arbitrary query text, as a user types it, through the
// query-string parser and the per-language rewrite: a query may be refused,
// never crash the search, and every hit must carry its reference.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{
		"facial information", `"facial information"`, "面部信息", "+facial -camera",
		"heading:contact", "categories:3", `effective:>"2020-01-01"`, "advertis*",
		"facial~2", "/fac.*/", "text:", "facial^x", "2020", "ＳＤＫ", "信", `"`, "+", "-",
	} {
		f.Add(s, "all")
	}
	ix, err := Ensure(f.TempDir(), "fuzz", func() ([]Version, error) { return seedVersions(), nil })
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { ix.Close() })
	g := testGlossary
	f.Fuzz(func(t *testing.T, text, lang string) {
		r, err := ix.Search(Query{Text: text, Lang: lang, Glossary: g, AllVersions: len(text)%2 == 0})
		if err != nil {
			return
		}
		for _, h := range r.Hits {
			if h.Policy == "" || h.Version == "" || (h.Lang != "en" && h.Lang != "zh") {
				t.Fatalf("hit without a reference: %+v", h)
			}
			for _, fr := range h.Fragments {
				if strings.Count(fr, MarkStart) != strings.Count(fr, MarkEnd) {
					t.Fatalf("unbalanced marks in %q", fr)
				}
			}
		}
	})
}
