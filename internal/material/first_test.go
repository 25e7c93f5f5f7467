package material

import (
	"os"
	"testing"
	"time"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/versiondiff"
)

// TestFirstAnnotate times the first Annotate of a process, the one a
// `policydiff diff` pays for, on the pair named by PD_FIRST_A and
// PD_FIRST_B. Run it alone, in a fresh process each time:
//
//	PD_FIRST_A=a.txt PD_FIRST_B=b.txt go test -count=1 -run TestFirstAnnotate -v
func TestFirstAnnotate(t *testing.T) {
	pa, pb := os.Getenv("PD_FIRST_A"), os.Getenv("PD_FIRST_B")
	if pa == "" || pb == "" {
		t.Skip("PD_FIRST_A and PD_FIRST_B name the pair")
	}
	a, b := parseFile(t, pa), parseFile(t, pb)
	r := &change.Result{Schema: change.Schema, Mode: change.ModeVersion, A: a.Meta, B: b.Meta, DocA: a, DocB: b}
	r.Changes = versiondiff.Compare(a, b, versiondiff.Options{})
	start := time.Now()
	Annotate(r)
	t.Logf("first Annotate: %.3f ms", float64(time.Since(start).Microseconds())/1000)
}
