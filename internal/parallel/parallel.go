// Package parallel spreads independent pieces of work over the cores.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Each calls do(i) for every i in [0, n), on as many goroutines as there
// are cores, each taking the next i when it is done with one: pieces of
// unequal size even out. The caller takes its share rather than wait.
// Each returns when every call has.
func Each(n int, do func(i int)) {
	var next atomic.Int64
	work := func() {
		for {
			k := int(next.Add(1)) - 1
			if k >= n {
				return
			}
			do(k)
		}
	}
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
}
