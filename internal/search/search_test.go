//go:build !nosearch

package search

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func openSeeds(t *testing.T) *Index {
	t.Helper()
	ix, err := Ensure(t.TempDir(), "fp-1", func() ([]Version, error) { return seedVersions(), nil })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func refs(r *Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Ref()+"#"+h.Clause)
	}
	return out
}

func TestSearch(t *testing.T) {
	ix := openSeeds(t)
	tests := []struct {
		name string
		q    Query
		// top is the expected best hit ("" when no hits are expected);
		// want must all be among the hits, none of notWant may be.
		top           string
		want, notWant []string
		mark          string // a highlighted term expected in the top hit
	}{
		{name: "english table row", q: Query{Text: "facial information", Lang: "en"},
			top:     "jdcloud-privacy/en/2020-07-28#5.1.4(1)",
			want:    []string{"jd-privacy/en/2020-10-20#1(2)"},
			notWant: []string{"jdcloud-privacy/zh/2021-03-10#5.1.4(1)", "jdcloud-privacy/en/2019-06-01#5.1.4(2)"},
			mark:    MarkStart + "Facial" + MarkEnd},
		{name: "chinese table row", q: Query{Text: "面部信息", Lang: "zh"},
			top:  "jdcloud-privacy/zh/2021-03-10#5.1.4(1)",
			mark: MarkStart + "面部信息" + MarkEnd},
		{name: "chinese word needs all its bigrams", q: Query{Text: "面部信息", Lang: "zh"},
			top:     "jdcloud-privacy/zh/2021-03-10#5.1.4(1)",
			notWant: []string{"jdcloud-privacy/zh/2021-03-10#5.1.3", "jdcloud-privacy/zh/2021-03-10#5.1.4(2)"}},
		{name: "chinese query finds nothing in english", q: Query{Text: "面部信息", Lang: "en"}},
		{name: "all without glossary stays in the query's words", q: Query{Text: "facial information", Lang: "all"},
			top:     "jdcloud-privacy/en/2020-07-28#5.1.4(1)",
			notWant: []string{"jdcloud-privacy/zh/2021-03-10#5.1.4(1)"}},
		{name: "all with glossary crosses languages", q: Query{Text: "facial information", Lang: "all", Glossary: testGlossary},
			want: []string{"jdcloud-privacy/en/2020-07-28#5.1.4(1)", "jdcloud-privacy/zh/2021-03-10#5.1.4(1)", "jd-privacy/en/2020-10-20#1(2)"}},
		{name: "chinese query expanded into english", q: Query{Text: "面部信息", Glossary: testGlossary},
			want: []string{"jdcloud-privacy/en/2020-07-28#5.1.4(1)", "jdcloud-privacy/zh/2021-03-10#5.1.4(1)"}},
		{name: "glossary limited to the language searched", q: Query{Text: "facial information", Lang: "en", Glossary: testGlossary},
			notWant: []string{"jdcloud-privacy/zh/2021-03-10#5.1.4(1)"}, top: "jdcloud-privacy/en/2020-07-28#5.1.4(1)"},
		{name: "policy filter", q: Query{Text: "facial", Policy: "jd-privacy"},
			top: "jd-privacy/en/2020-10-20#1(2)", notWant: []string{"jdcloud-privacy/en/2020-07-28#5.1.4(1)"}},
		{name: "newest version only by default", q: Query{Text: "huawei push", Lang: "en"},
			top: "jdcloud-privacy/en/2020-07-28#5.1.4(2)", notWant: []string{"jdcloud-privacy/en/2019-06-01#5.1.4(2)"}},
		{name: "all versions", q: Query{Text: "huawei push", Lang: "en", AllVersions: true},
			want: []string{"jdcloud-privacy/en/2020-07-28#5.1.4(2)", "jdcloud-privacy/en/2019-06-01#5.1.4(2)"}},
		{name: "version filter", q: Query{Text: "huawei", Version: "2019-06-01"},
			top: "jdcloud-privacy/en/2019-06-01#5.1.4(2)", notWant: []string{"jdcloud-privacy/en/2020-07-28#5.1.4(2)"}},
		{name: "version before the row existed", q: Query{Text: "facial", Policy: "jdcloud-privacy", Version: "2019-06-01"}},
		{name: "phrase", q: Query{Text: `"facial recognition"`, Lang: "en"},
			top: "jd-privacy/en/2020-10-20#1(2)", notWant: []string{"jdcloud-privacy/en/2020-07-28#5.1.4(1)"}},
		{name: "must not", q: Query{Text: `+facial -camera`, Lang: "en"},
			top: "jdcloud-privacy/en/2020-07-28#5.1.4(1)", notWant: []string{"jd-privacy/en/2020-10-20#1(2)"}},
		{name: "stemming", q: Query{Text: "collecting", Lang: "en", Policy: "jdcloud-privacy"},
			top: "jdcloud-privacy/en/2020-07-28#4.2.5"},
		{name: "heading field alias", q: Query{Text: "heading:contact", Lang: "en"},
			top: "jdcloud-privacy/en/2020-07-28#10"},
		{name: "chinese heading", q: Query{Text: "heading:联系", Lang: "zh"},
			top: "jdcloud-privacy/zh/2021-03-10#10"},
		{name: "category from section heading", q: Query{Text: "+categories:3 +text:sdk", Lang: "all"},
			want: []string{"jdcloud-privacy/en/2020-07-28#5.1.4", "jdcloud-privacy/zh/2021-03-10#5.1.4"}},
		{name: "category excludes other sections", q: Query{Text: "+categories:5 +text:privacy", Lang: "en"},
			top: "jdcloud-privacy/en/2020-07-28#10", notWant: []string{"jdcloud-privacy/en/2020-07-28#1"}},
		{name: "rights category in chinese", q: Query{Text: "+categories:4 删除", Lang: "zh"},
			top: "jdcloud-privacy/zh/2021-03-10#7"},
		{name: "clause over time", q: Query{Text: "clause:5.1.4", Lang: "en", AllVersions: true},
			want: []string{"jdcloud-privacy/en/2020-07-28#5.1.4", "jdcloud-privacy/en/2019-06-01#5.1.4"}},
		{name: "one chinese character inside bigrams", q: Query{Text: "脸", Lang: "zh"},
			top: "jdcloud-privacy/zh/2021-03-10#5.1.4(1)", notWant: []string{"jdcloud-privacy/zh/2021-03-10#5.1.4(2)"}},
		{name: "one chinese character at the end of a bigram", q: Query{Text: "除", Lang: "zh"},
			top: "jdcloud-privacy/zh/2021-03-10#7"},
		{name: "full-width latin in chinese text", q: Query{Text: "ＳＤＫ", Lang: "zh"},
			top: "jdcloud-privacy/zh/2021-03-10#5.1.4"},
		{name: "effective date range", q: Query{Text: `+effective:>"2020-01-01" +huawei`, Lang: "en", AllVersions: true},
			top: "jdcloud-privacy/en/2020-07-28#5.1.4(2)", notWant: []string{"jdcloud-privacy/en/2019-06-01#5.1.4(2)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := ix.Search(tc.q)
			if err != nil {
				t.Fatal(err)
			}
			got := refs(r)
			if tc.top == "" && len(tc.want) == 0 {
				if len(got) != 0 {
					t.Fatalf("want no hits, got %v", got)
				}
				return
			}
			if tc.top != "" && (len(got) == 0 || got[0] != tc.top) {
				t.Errorf("top hit: want %s, got %v", tc.top, got)
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s in %v", w, got)
				}
			}
			for _, w := range tc.notWant {
				if slices.Contains(got, w) {
					t.Errorf("unexpected %s in %v", w, got)
				}
			}
			if int(r.Total) < len(got) {
				t.Errorf("total %d < %d hits", r.Total, len(got))
			}
			if tc.mark != "" && len(r.Hits) > 0 && !strings.Contains(strings.Join(r.Hits[0].Fragments, "\n"), tc.mark) {
				t.Errorf("fragments %q lack %q", r.Hits[0].Fragments, tc.mark)
			}
		})
	}
}

func TestSearchErrors(t *testing.T) {
	ix := openSeeds(t)
	for _, q := range []Query{
		{Text: "facial", Lang: "fr"},
		{Text: `"unbalanced`},
		{Text: "text:"},
		{Text: "facial^x"},
		{Text: "/[/"},
	} {
		if r, err := ix.Search(q); err == nil {
			t.Errorf("%+v: want an error, got %d hits", q, len(r.Hits))
		}
	}
}

func TestHitFields(t *testing.T) {
	ix := openSeeds(t)
	r, err := ix.Search(Query{Text: "面部信息", Lang: "zh"})
	if err != nil || len(r.Hits) == 0 {
		t.Fatalf("search: %v, %d hits", err, len(r.Hits))
	}
	h := r.Hits[0]
	want := Hit{Policy: "jdcloud-privacy", Lang: "zh", Version: "2021-03-10", Clause: "5.1.4(1)",
		Text: "扫脸实名 | 面部信息、姓名、证件号、企业名称 | 京东数字科技控股股份有限公司",
		Path: []string{"我们如何共享、转让、公开披露您的个人信息"}, Categories: []int{3}}
	if h.Policy != want.Policy || h.Lang != want.Lang || h.Version != want.Version || h.Clause != want.Clause ||
		h.Text != want.Text || !slices.Equal(h.Path, want.Path) || !slices.Equal(h.Categories, want.Categories) {
		t.Errorf("hit:\n got %+v\nwant %+v", h, want)
	}
	if h.Score <= 0 || r.TookMS <= 0 {
		t.Errorf("score %v, took %v ms: want both positive", h.Score, r.TookMS)
	}

	raw, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var generic map[string]any
	json.Unmarshal(raw, &generic)
	for _, k := range []string{"schema", "query", "total", "took_ms", "hits"} {
		if _, ok := generic[k]; !ok {
			t.Errorf("result JSON lacks %q: %s", k, raw)
		}
	}
	if generic["schema"] != Schema {
		t.Errorf("schema %v", generic["schema"])
	}
	hit := generic["hits"].([]any)[0].(map[string]any)
	for _, k := range []string{"policy", "lang", "version", "clause", "heading", "text", "score", "fragments"} {
		if _, ok := hit[k]; !ok {
			t.Errorf("hit JSON lacks %q: %v", k, hit)
		}
	}
}

func TestCategories(t *testing.T) {
	tests := []struct {
		path []string
		want []int
	}{
		{[]string{"How we share, transfer and publicly disclose your personal information"}, []int{3}},
		{[]string{"我们如何共享、转让、公开披露您的个人信息"}, []int{3}},
		{[]string{"How you manage your personal information"}, []int{4}},
		{[]string{"您如何管理您的个人信息"}, []int{4}},
		{[]string{"How to contact us"}, []int{5}},
		{[]string{"如何联系我们"}, []int{5}},
		{[]string{"How we collect your information"}, []int{1}},
		{[]string{"我们如何收集和使用您的个人信息"}, []int{1}},
		{[]string{"Protection of personal information of minors"}, nil},
		{nil, nil},
	}
	for _, tc := range tests {
		if got := categories(tc.path); !slices.Equal(got, tc.want) {
			t.Errorf("categories(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

func TestFragments(t *testing.T) {
	ix := openSeeds(t)
	tests := []struct {
		q      Query
		clause string
		want   []string
	}{
		// Only matched passages; the heading path only when it matched.
		{Query{Text: "huawei", Lang: "en"}, "5.1.4(2)",
			[]string{"«Huawei» Push | Device Unique Identification Code, Version, Device Model and Device Manufacturer | «Huawei» Technologies Co. Ltd."}},
		{Query{Text: "+heading:disclose +partners", Lang: "en"}, "5.1.3",
			[]string{"We may entrust our «partners» to provide specific services, so we need to share your user information with our «partners» to guarantee the smooth completion of providing you with services.",
				"How we share, transfer and publicly «disclose» your personal information"}},
		{Query{Text: "+heading:披露 +委托", Lang: "zh"}, "5.1.3",
			[]string{"我们可能会«委托»合作伙伴来提供某些服务, 而需要和合作伙伴共享您的用户信息, 以保障为您提供服务顺利完成。",
				"我们如何共享、转让、公开«披露»您的个人信息"}},
		{Query{Text: "clause:10", Lang: "zh"}, "10", []string{}},
	}
	for _, tc := range tests {
		r, err := ix.Search(tc.q)
		if err != nil || len(r.Hits) == 0 {
			t.Fatalf("%q: %v, %d hits", tc.q.Text, err, len(r.Hits))
		}
		h := r.Hits[0]
		if h.Clause != tc.clause || !slices.Equal(h.Fragments, tc.want) {
			t.Errorf("%q: clause %s fragments\n%q\nwant clause %s\n%q", tc.q.Text, h.Clause, h.Fragments, tc.clause, tc.want)
		}
	}
}
