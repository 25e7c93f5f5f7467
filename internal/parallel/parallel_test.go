package parallel

import (
	"sync/atomic"
	"testing"
)

// Every piece is done once, whatever the number of pieces and cores.
func TestEachDoesEveryPieceOnce(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 100} {
		counts := make([]atomic.Int32, n)
		Each(n, func(i int) { counts[i].Add(1) })
		for i := range counts {
			if c := counts[i].Load(); c != 1 {
				t.Errorf("n=%d: piece %d done %d times", n, i, c)
			}
		}
	}
}
