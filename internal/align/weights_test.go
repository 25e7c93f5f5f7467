package align

import (
	"os"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// TestEarlyCountIsTheSample: for documents under sampleMax clauses, the
// count Align starts before the alignment is known gives the weights that
// sampling after the anchors gives.
func TestEarlyCountIsTheSample(t *testing.T) {
	compared := 0
	for _, files := range sharedtest.Histories(t) {
		var prev *doc.Document
		for _, f := range files {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := parse.Parse(string(text), parse.Hint{})
			if prev != nil && compared < 40 {
				compared++
				checkEarlyCount(t, f, prev.Flatten(), d.Flatten())
			}
			prev = d
		}
	}
	text := sharedtest.Read(t, "seeds/jd-privacy.en.2020-10-20.txt")
	a, b := parse.Parse(text, parse.Hint{}), parse.Parse(sharedtest.SynthEdit(text, 1), parse.Hint{})
	checkEarlyCount(t, "seed", a.Flatten(), b.Flatten())
}

func checkEarlyCount(t *testing.T, name string, a, b []*doc.Clause) {
	t.Helper()
	if len(a) >= sampleMax || len(b) >= sampleMax {
		return
	}
	al := newAligner(a, b, Options{})
	al.anchorExact()
	early := startCounting(everyClause(&al.a, &al.b))
	al.anchorNormalized()
	got := early.weights(len(a) + len(b))
	want := newWeights(&al.a, &al.b)
	if got.n != want.n || got.rare != want.rare || got.df.used != want.df.used || got.df.zero != want.df.zero {
		t.Fatalf("%s: early count n=%v used=%d, sample n=%v used=%d", name, got.n, got.df.used, want.n, want.df.used)
	}
	for _, x := range want.df.slots {
		if x.stamp != 0 && got.df.get(x.key) != x.count {
			t.Fatalf("%s: token %x counted %d times early, %d by the sample", name, x.key, got.df.get(x.key), x.count)
		}
	}
}
