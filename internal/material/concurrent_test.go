package material

import (
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// TestAnnotateConcurrently runs the rules on one comparison from several
// goroutines at once, as the engine and the TUI may, each on its own copy:
// every copy must come out as one run alone makes it (and go test -race
// must find nothing shared).
func TestAnnotateConcurrently(t *testing.T) {
	name, text := readSeed(t, "mall-en")
	base := compareDocs(parseText(name, text), parseText(name, sharedtest.SynthEdit(text, 1)))
	fresh := func() *change.Result {
		r := *base
		r.Changes = slices.Clone(base.Changes)
		for i := range r.Changes {
			r.Changes[i].Reasons, r.Changes[i].Categories = nil, nil
		}
		return &r
	}
	want := fresh()
	AnnotatePrepared(want, Prepare(want.DocA, want.DocB))
	got := make([]*change.Result, 4)
	var wg sync.WaitGroup
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = fresh()
			AnnotatePrepared(got[i], Prepare(got[i].DocA, got[i].DocB))
		}()
	}
	wg.Wait()
	for _, g := range got {
		if !reflect.DeepEqual(g.Changes, want.Changes) || g.NoticeRequired != want.NoticeRequired {
			t.Fatal("a concurrent run differs from a run alone")
		}
	}
	if !want.NoticeRequired {
		t.Error("the edited seed needs no notice: the test reads nothing")
	}
}
