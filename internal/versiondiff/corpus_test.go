package versiondiff

import (
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

type pairStat struct {
	name   string
	counts map[change.Kind]int
	total  int
	n      int // clauses in B
}

// TestCorpusPairs compares every consecutive pair of versions of the shared
// corpus. Nothing may fail or coarsen; the noisiest pairs are logged for a
// human to look at (go test -run CorpusPairs -v).
func TestCorpusPairs(t *testing.T) {
	root := sharedtest.Require(t, "corpus")
	var stats []pairStat
	for _, files := range sharedtest.Histories(t) {
		var prev *doc.Document
		for _, f := range files {
			d, err := parse.File(f)
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if prev != nil {
				// A deadline no real diff comes near: the default one is
				// wall-clock time, which a loaded machine can exceed, and
				// speed is for the benchmarks to measure.
				cs := Compare(prev, d, Options{Deadline: time.Minute})
				st := pairStat{name: rel(root, prev.Meta.Source) + " → " + filepath.Base(f), counts: map[change.Kind]int{}, n: d.Count()}
				for _, c := range cs {
					st.counts[c.Kind]++
					if c.Kind != change.Cosmetic {
						st.total++
					}
					if c.Coarsened {
						t.Errorf("%s: coarsened diff at %s", st.name, c.B.ID)
					}
					checkOps(t, st.name, c)
				}
				stats = append(stats, st)
			}
			prev = d
		}
	}
	sort.Slice(stats, func(i, j int) bool { return stats[i].total > stats[j].total })
	for i, st := range stats {
		if i == 12 {
			break
		}
		t.Logf("%-70s clauses %4d  added %3d removed %3d modified %3d moved %3d cosmetic %3d", st.name, st.n,
			st.counts[change.Added], st.counts[change.Removed], st.counts[change.Modified], st.counts[change.Moved], st.counts[change.Cosmetic])
	}
	t.Logf("%d pairs compared", len(stats))
}

// checkOps verifies a change's diff rebuilds the texts it claims to compare.
func checkOps(t *testing.T, name string, c change.Change) {
	t.Helper()
	for i, o := range c.Diff {
		if o.Text == "" || (i > 0 && c.Diff[i-1].Op == o.Op) {
			t.Errorf("%s: malformed diff %v", name, c.Diff)
			return
		}
	}
	if (c.A == nil) != (c.Kind == change.Added) || (c.B == nil) != (c.Kind == change.Removed) {
		t.Errorf("%s: %s change with a=%v b=%v", name, c.Kind, c.A != nil, c.B != nil)
	}
}

func rel(root, p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil {
		return p
	}
	return r
}
