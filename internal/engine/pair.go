package engine

import (
	"runtime"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/glossary"
	"github.com/policydiff/policydiff/internal/material"
)

// A Loader reads one of the two documents of a comparison.
type Loader func() (*doc.Document, error)

// ComparePair loads A and B side by side and compares them as CompareWith
// does. A's error is returned before B's, as a load of one after the other
// would; loadGlossary is called only when the languages differ, and its
// error comes after both.
//
// The goroutine that loads B goes on, for two versions in one language, to
// read them for the material rules while this one aligns them. Handing
// that reading to a goroutine started once both were loaded waited for
// the core that loaded A, idle since, to wake and take it: 0.2 to 0.3 ms
// on a virtual machine, where a 3 µs sleep takes 80.
func ComparePair(loadA, loadB Loader, loadGlossary func() (*glossary.Glossary, error)) (*change.Result, error) {
	var a, b *doc.Document
	var errA, errB error
	var prep *material.Prepared
	aDone, bDone, done := make(chan struct{}), make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		b, errB = loadB()
		close(bDone)
		var bClause *change.MaterialClause
		searched := false
		select {
		case <-aDone:
			// A, loaded first, waits on this core's run queue: it takes
			// the core, awake now, for the alignment, the longer half,
			// and this goroutine the other core once that wakes.
			runtime.Gosched()
		default:
			// A is still loading: the part of the reading that needs B
			// alone fills the wait, which would otherwise put this core
			// to sleep, to be woken again for the rest.
			if errB == nil {
				bClause, searched = material.BClause(b), true
			}
		}
		<-aDone
		switch {
		case errA != nil || errB != nil || translations(a, b):
		case searched:
			prep = material.PrepareWith(a, b, bClause)
		default:
			prep = material.Prepare(a, b)
		}
	}()
	// The goroutine just started waits on this core's run queue, where
	// the other core, once awake, could take it only after a sleep of
	// 3 µs (80 here) that the scheduler takes before stealing the next
	// goroutine to run. This one steps aside instead: the goroutine runs
	// here at once, and this one waits in the global queue, which the
	// other core takes from without that sleep.
	runtime.Gosched()
	a, errA = loadA()
	close(aDone)
	<-bDone
	if errA != nil || errB != nil {
		<-done
		if errA != nil {
			return nil, errA
		}
		return nil, errB
	}
	if translations(a, b) {
		// The goroutine may still be looking for B's clause, which a
		// translation does not use: it ends beside the checks.
		defer func() { <-done }()
		g, err := loadGlossary()
		if err != nil {
			return nil, err
		}
		return compare(a, b, Options{Glossary: g}, nil), nil
	}
	return compare(a, b, Options{}, func() *material.Prepared { <-done; return prep }), nil
}
