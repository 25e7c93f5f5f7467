//go:build !nosearch

package search

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

type rawVersion struct {
	policy string
	lang   doc.Lang
	date   string
	text   string
}

// readHistory reads up to n versions of corpus/<policy>/<lang>, oldest first.
func readHistory(tb testing.TB, policy string, lang doc.Lang, n int) []rawVersion {
	tb.Helper()
	dir := filepath.Join(sharedtest.Require(tb, "corpus"), policy, string(lang))
	names, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(names) == 0 {
		tb.Skipf("no versions in %s", dir)
	}
	sort.Strings(names)
	if n > 0 && len(names) > n {
		names = names[:n]
	}
	var out []rawVersion
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, rawVersion{policy, lang, filepath.Base(name)[:10], string(b)})
	}
	return out
}

func toVersion(r rawVersion, policy string) Version {
	d := parse.Parse(r.text, parse.Hint{Lang: r.lang, Policy: policy, Format: "md"})
	d.Meta.Policy, d.Meta.Lang, d.Meta.Effective = policy, r.lang, r.date
	return Version{Policy: policy, Lang: r.lang, Date: r.date, Doc: d}
}

// BenchmarkIngestIndex parses and indexes a 40-version real history into a
// new index, as a first `policydiff ingest` of a store or a rebuild does;
// "index-only" starts from parsed documents.
func BenchmarkIngestIndex(b *testing.B) {
	for _, h := range []struct {
		policy string
		lang   doc.Lang
	}{{"spotify-privacy", doc.English}, {"github-privacy-statement", doc.Chinese}} {
		raws := readHistory(b, h.policy, h.lang, 40)
		size, clauses := 0, 0
		parsed := make([]Version, len(raws))
		for i, r := range raws {
			size += len(r.text)
			parsed[i] = toVersion(r, h.policy)
			clauses += parsed[i].Doc.Count()
		}
		for _, mode := range []string{"parse+index", "index-only"} {
			b.Run(h.policy+"-"+string(h.lang)+"/"+mode, func(b *testing.B) {
				b.SetBytes(int64(size))
				for i := 0; i < b.N; i++ {
					dir := b.TempDir()
					ix, err := Rebuild(dir, "bench", func() ([]Version, error) {
						if mode == "index-only" {
							return parsed, nil
						}
						vs := make([]Version, len(raws))
						for j, r := range raws {
							vs[j] = toVersion(r, h.policy)
						}
						return vs, nil
					})
					if err != nil {
						b.Fatal(err)
					}
					ix.Close()
					if i == 0 {
						b.ReportMetric(float64(dirSize(filepath.Join(dir, bleveName)))/float64(clauses), "index-bytes/clause")
						b.ReportMetric(float64(clauses), "clauses")
					}
				}
			})
		}
	}
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

const benchClauses = 100_000

// benchIndex builds, once per machine, an index of at least benchClauses
// clauses: every corpus history, copied under numbered policy ids until the
// count is reached. It lives in the system temp dir so repeated benchmark
// runs reuse it; the fingerprint names its recipe.
func benchIndex(b *testing.B) (*Index, int) {
	b.Helper()
	corpus := sharedtest.Require(b, "corpus")
	var raws []rawVersion
	for _, h := range []struct {
		policy string
		lang   doc.Lang
	}{{"github-privacy-statement", doc.English}, {"github-privacy-statement", doc.Chinese},
		{"zoom-privacy", doc.English}, {"spotify-privacy", doc.English}} {
		raws = append(raws, readHistory(b, h.policy, h.lang, 0)...)
	}
	perCopy := 0
	for _, r := range raws {
		perCopy += toVersion(r, r.policy).Doc.Count()
	}
	copies := (benchClauses + perCopy - 1) / perCopy
	dir := filepath.Join(os.TempDir(), "policydiff-search-bench")
	fp := fmt.Sprintf("bench-v2 parse %s %d×%d", corpus, copies, perCopy)
	ix, err := Ensure(dir, fp, func() ([]Version, error) {
		var vs []Version
		for c := 0; c < copies; c++ {
			for _, r := range raws {
				vs = append(vs, toVersion(r, fmt.Sprintf("%s-%d", r.policy, c)))
			}
		}
		return vs, nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return ix, copies * perCopy
}

// BenchmarkSearch runs a mix of queries against benchIndex and reports the
// median and 99th percentile latency of single queries.
func BenchmarkSearch(b *testing.B) {
	ix, clauses := benchIndex(b)
	defer ix.Close()
	queries := []Query{
		{Text: "personal data", Lang: "en"},
		{Text: "cookies", Lang: "all"},
		{Text: `"third parties"`, Lang: "en"},
		{Text: "+delete +account", Lang: "en", AllVersions: true},
		{Text: "children under 13", Lang: "all"},
		{Text: "个人信息", Lang: "zh"},
		{Text: "共享 第三方", Lang: "zh", AllVersions: true},
		{Text: "transfer countries", Lang: "en", Policy: "spotify-privacy-0", AllVersions: true},
		{Text: "contact us", Lang: "all", AllVersions: true},
		{Text: "advertis*", Lang: "en"},
		{Text: "heading:cookies", Lang: "all"},
		{Text: "retention", Lang: "en", Version: "2022-06-01"},
		{Text: "删", Lang: "zh", AllVersions: true},
		{Text: "facial information", Lang: "all", Glossary: fakeGlossary{"facial information": {"面部信息", "人脸信息"}}},
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, err := ix.Search(queries[i%len(queries)]); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(lat)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
	b.ReportMetric(float64(clauses), "clauses")
	b.ReportMetric(float64(dirSize(filepath.Join(os.TempDir(), "policydiff-search-bench", bleveName)))/float64(clauses), "index-bytes/clause")
}

// BenchmarkAddOne adds one version to an index of a 40-version history and
// closes it, as `policydiff ingest` of one new version does on the
// incremental path (copy, add, swap in).
func BenchmarkAddOne(b *testing.B) {
	raws := readHistory(b, "spotify-privacy", doc.English, 41)
	vs := make([]Version, len(raws))
	for i, r := range raws {
		vs[i] = toVersion(r, "spotify-privacy")
	}
	dir := b.TempDir()
	ix, err := Rebuild(dir, "bench", func() ([]Version, error) { return vs[:len(vs)-1], nil })
	if err != nil {
		b.Fatal(err)
	}
	ix.Close()
	b.SetBytes(int64(len(raws[len(raws)-1].text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix, err := Ensure(dir, "bench", nil)
		if err != nil {
			b.Fatal(err)
		}
		if err := ix.Add(vs[len(vs)-1]); err != nil {
			b.Fatal(err)
		}
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
