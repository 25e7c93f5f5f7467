package parse

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// TestCorpus parses every version of the real policy histories: each must
// read into a tree of unique ids whose clauses all carry words.
func TestCorpus(t *testing.T) {
	root := sharedtest.Require(t, "corpus")
	files, _ := filepath.Glob(filepath.Join(root, "*", "*", "*.md"))
	if len(files) == 0 {
		t.Skip("empty corpus")
	}
	for _, f := range files {
		rel, _ := filepath.Rel(root, f)
		t.Run(rel, func(t *testing.T) {
			d, err := File(f)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			if d.Count() < 5 {
				t.Errorf("only %d clauses", d.Count())
			}
			if d.Meta.Title == "" {
				t.Errorf("no title")
			}
		})
	}
}

// TestCorpusTranslationsAlign checks that every Chinese capture of the
// GitHub statement gets the heading ids of some English capture: the
// translation lags the English page, so the same-day English version may
// differ, but the structure it translates must line up id for id.
func TestCorpusTranslationsAlign(t *testing.T) {
	root := filepath.Join(sharedtest.Require(t, "corpus"), "github-privacy-statement")
	ens, _ := filepath.Glob(filepath.Join(root, "en", "*.md"))
	zhs, _ := filepath.Glob(filepath.Join(root, "zh", "*.md"))
	if len(ens) == 0 || len(zhs) == 0 {
		t.Skip("no captures")
	}
	shapes := map[string]bool{}
	for _, f := range ens {
		d, err := File(f)
		if err != nil {
			t.Fatal(err)
		}
		shapes[strings.Join(headingIDs(d), " ")] = true
	}
	missed := 0
	for _, f := range zhs {
		d, err := File(f)
		if err != nil {
			t.Fatal(err)
		}
		if !shapes[strings.Join(headingIDs(d), " ")] {
			missed++
			t.Logf("%s: no English capture has heading ids %v", filepath.Base(f), headingIDs(d))
		}
	}
	if missed > 0 {
		t.Errorf("%d of %d Chinese captures line up with no English capture", missed, len(zhs))
	}
}

func headingIDs(d *doc.Document) []string {
	var ids []string
	d.Walk(func(c *doc.Clause) bool {
		if c.Kind == doc.KindHeading {
			ids = append(ids, c.ID)
		}
		return true
	})
	return ids
}
