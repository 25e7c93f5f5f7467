package material

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
	"github.com/policydiff/policydiff/internal/versiondiff"
)

func parseFile(t testing.TB, path string) *doc.Document {
	t.Helper()
	d, err := parse.File(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func compareDocs(a, b *doc.Document) *change.Result {
	r := &change.Result{Schema: change.Schema, Mode: change.ModeVersion, A: a.Meta, B: b.Meta, DocA: a, DocB: b}
	r.Changes = versiondiff.Compare(a, b, versiondiff.Options{})
	Annotate(r)
	return r
}

// TestCorpusFlagRate runs the rules over every pair of consecutive real
// versions and logs how many pairs are flagged, with every flag, for a
// reviewer to read; see the report for the measured rate.
func TestCorpusFlagRate(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus walk")
	}
	root := sharedtest.Require(t, "corpus")
	var histories []string
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err == nil && info.IsDir() && (info.Name() == "en" || info.Name() == "zh") {
			histories = append(histories, p)
		}
		return nil
	})
	pairs, flagged, flags := 0, 0, 0
	for _, h := range histories {
		names, _ := filepath.Glob(filepath.Join(h, "*.md"))
		sort.Strings(names)
		var prev *doc.Document
		for _, n := range names {
			d := parseFile(t, n)
			if prev != nil {
				pairs++
				r := compareDocs(prev, d)
				if r.NoticeRequired {
					flagged++
				} else if r.Substantive() {
					// Unflagged but changed: listed so a reviewer can check
					// for a missed material edit.
					var ids []string
					for _, c := range r.Changes {
						if c.Kind != change.Cosmetic {
							cl := c.B
							if cl == nil {
								cl = c.A
							}
							ids = append(ids, string(c.Kind)+" "+cl.ID)
						}
					}
					t.Logf("%s %s not material: %s", strings.TrimPrefix(h, root), filepath.Base(n), strings.Join(ids, ", "))
				}
				for _, c := range r.Changes {
					if !c.Material {
						continue
					}
					flags++
					for _, x := range c.Reasons {
						if x.Rule == "" || x.Evidence == "" {
							t.Errorf("%s: reason without rule or evidence: %+v", n, x)
						}
					}
					cl := c.B
					if cl == nil {
						cl = c.A
					}
					var rs []string
					for _, x := range c.Reasons {
						rs = append(rs, x.Rule+" «"+x.Evidence+"»")
					}
					reduced := ""
					if c.RightsReduced {
						reduced = " [rights reduced]"
					}
					t.Logf("%s %s %s %s%s: %s", strings.TrimPrefix(h, root), filepath.Base(n), c.Kind, cl.ID, reduced, strings.Join(rs, "; "))
				}
			}
			prev = d
		}
	}
	t.Logf("%d pairs, %d flagged (%.0f%%), %d material changes", pairs, flagged, 100*float64(flagged)/float64(max(pairs, 1)), flags)
	// Most captures of a policy differ from the one before by layout,
	// dates and page furniture; measured 44 of 178 pairs flagged, every
	// flag read by hand. Flagging half would mean the rules drift to noise.
	if flagged*2 > pairs {
		t.Errorf("%d of %d consecutive versions flagged: rules have drifted to noise", flagged, pairs)
	}
}
