package crosslang

import (
	"regexp"
	"sync"
)

// lazyRe compiles a pattern the first time a translation is checked: a
// version diff never needs these patterns, and compiling them all at process
// start cost every command 0.8 ms.
func lazyRe(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
