// Package lazy holds package-level values that are built on first use. A
// package-level regexp.MustCompile or table literal runs at process start,
// before a command knows whether it needs it, and every policydiff command
// is timed from process start (ARCHITECTURE.md, "Start-up"). Declared as
// &lazy.Regexp{Expr: `…`} or &lazy.Value[T]{New: …}, these are laid out by
// the linker and cost start-up nothing; sync.OnceValue would allocate there.
package lazy

import (
	"regexp"
	"sync"
)

// Regexp is a pattern compiled the first time it is used.
type Regexp struct {
	Expr string
	once sync.Once
	re   *regexp.Regexp
}

// Re returns the compiled pattern; a pattern that does not compile panics,
// as regexp.MustCompile does.
func (l *Regexp) Re() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.Expr) })
	return l.re
}

// Value is a value computed by New the first time it is asked for.
type Value[T any] struct {
	New  func() T
	once sync.Once
	v    T
}

// Get returns the value, computing it on the first call.
func (o *Value[T]) Get() T {
	o.once.Do(func() { o.v = o.New() })
	return o.v
}
