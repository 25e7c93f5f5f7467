package versiondiff

import (
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

func pairOf(tb testing.TB, copies int) (*doc.Document, *doc.Document) {
	text := sharedtest.Scaled(sharedtest.Read(tb, "seeds/"+enTxt), copies)
	return parse.Parse(text, parse.Hint{}), parse.Parse(sharedtest.SynthEdit(text, 1), parse.Hint{})
}

// BenchmarkCompare60KB compares two versions of the 60 KB JD privacy policy.
func BenchmarkCompare60KB(b *testing.B) {
	text := sharedtest.Read(b, "seeds/"+enTxt)
	a, c := parse.Parse(text, parse.Hint{}), parse.Parse(sharedtest.SynthEdit(text, 1), parse.Hint{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		Compare(a, c, Options{})
	}
}

// BenchmarkCompare20x compares a policy twenty times larger with the same
// density of edits and reports how much longer it takes than the 1x policy
// built the same way (the target is ≤ 25x), and the peak live heap.
func BenchmarkCompare20x(b *testing.B) {
	a1, c1 := pairOf(b, 1)
	a20, c20 := pairOf(b, 20)
	// testing.Benchmark cannot nest inside a running benchmark (it would
	// wait for the benchmark lock), so the 1x reference is timed by hand.
	Compare(a1, c1, Options{})
	start, n := time.Now(), 0
	for time.Since(start) < 500*time.Millisecond {
		Compare(a1, c1, Options{})
		n++
	}
	one := time.Since(start).Nanoseconds() / int64(n)
	runtime.GC()
	stop := peakHeap()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		Compare(a20, c20, Options{})
	}
	b.StopTimer()
	peak := stop()
	per := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(per/float64(one), "x-of-1x")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(a20.Count()), "clauses")
}

// peakHeap samples the live heap until the returned function is called,
// which returns the largest value seen.
func peakHeap() func() uint64 {
	var peak atomic.Uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		return peak.Load()
	}
}
