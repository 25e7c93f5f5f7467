package search

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/policydiff/policydiff/internal/doc"
)

// corpusDir finds /work/shared/corpus by walking up from the package
// directory; benchmarks skip without it.
func corpusDir(tb testing.TB) string {
	tb.Helper()
	wd, _ := os.Getwd()
	for d := wd; ; d = filepath.Dir(d) {
		c := filepath.Join(d, "shared", "corpus")
		if fi, err := os.Stat(c); err == nil && fi.IsDir() {
			return c
		}
		if filepath.Dir(d) == d {
			tb.Skip("shared/corpus not found above " + wd)
		}
	}
}

type rawVersion struct {
	policy string
	lang   doc.Lang
	date   string
	text   string
}

// readHistory reads up to n versions of corpus/<policy>/<lang>, oldest first.
func readHistory(tb testing.TB, policy string, lang doc.Lang, n int) []rawVersion {
	tb.Helper()
	dir := filepath.Join(corpusDir(tb), policy, string(lang))
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

// splitMarkdown is a stand-in for internal/parse in benchmarks: headings
// open sections, paragraphs and table rows become their clauses. It costs
// about what a parser does per byte, which is what the ingest figure needs.
func splitMarkdown(text string) *doc.Document {
	d := &doc.Document{Source: text}
	lines := strings.Split(text, "\n")
	var sec *doc.Clause
	var para []string
	n := 0
	flush := func() {
		if len(para) == 0 {
			return
		}
		n++
		c := &doc.Clause{ID: fmt.Sprint(n), Text: strings.Join(para, " "), Kind: doc.KindSection}
		if strings.HasPrefix(para[0], "|") {
			c.Kind = doc.KindRow
		}
		para = nil
		if sec == nil {
			d.Clauses = append(d.Clauses, c)
			return
		}
		c.ID = sec.ID + "." + c.ID
		c.Parent = sec
		sec.Children = append(sec.Children, c)
	}
	for i, l := range lines {
		l = strings.TrimSpace(l)
		heading := ""
		switch {
		case strings.HasPrefix(l, "#"):
			heading = strings.TrimSpace(strings.TrimLeft(l, "#"))
		case i+1 < len(lines) && l != "" && strings.Trim(lines[i+1], "=-") == "" && len(lines[i+1]) > 2:
			heading = l
		}
		switch {
		case heading != "":
			flush()
			sec = &doc.Clause{ID: fmt.Sprint(len(d.Clauses) + 1), Heading: heading, Kind: doc.KindHeading}
			d.Clauses = append(d.Clauses, sec)
		case l == "" || strings.Trim(l, "=-|: ") == "":
			flush()
		default:
			para = append(para, l)
		}
	}
	flush()
	return d
}

func toVersion(r rawVersion, policy string) Version {
	d := splitMarkdown(r.text)
	d.Meta = doc.Meta{Policy: policy, Lang: r.lang, Effective: r.date}
	return Version{Policy: policy, Lang: r.lang, Date: r.date, Doc: d}
}

// BenchmarkIngestIndex splits and indexes a 40-version real history into a
// new index, as a first `policydiff ingest` of a store or a rebuild does.
func BenchmarkIngestIndex(b *testing.B) {
	for _, h := range []struct {
		policy string
		lang   doc.Lang
	}{{"spotify-privacy", doc.English}, {"github-privacy-statement", doc.Chinese}} {
		b.Run(h.policy+"-"+string(h.lang), func(b *testing.B) {
			raws := readHistory(b, h.policy, h.lang, 40)
			size, clauses := 0, 0
			for _, r := range raws {
				size += len(r.text)
				clauses += splitMarkdown(r.text).Count()
			}
			b.SetBytes(int64(size))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				dir := b.TempDir()
				ix, err := Rebuild(dir, "bench", func() ([]Version, error) {
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
	corpus := corpusDir(b)
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
		perCopy += splitMarkdown(r.text).Count()
	}
	copies := (benchClauses + perCopy - 1) / perCopy
	dir := filepath.Join(os.TempDir(), "policydiff-search-bench")
	fp := fmt.Sprintf("bench-v1 %s %d×%d", corpus, copies, perCopy)
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
