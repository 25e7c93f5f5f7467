// Package sharedtest finds the read-only shared/ folder (the real corpus and
// seeds, kept outside the repository) and builds the policydiff binary for
// tests. It is imported only from _test.go files.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the absolute path of shared/<sub> in the nearest directory at
// or above the working directory that has it (go test runs in the package
// directory). sub may name a file or a folder; "" names the shared folder
// itself, found as the one holding corpus/ or seeds/. Symbolic links are
// resolved because filepath.WalkDir does not descend into a root that is one.
func Dir(sub string) (string, bool) {
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	return dirFrom(wd, sub)
}

func dirFrom(start, sub string) (string, bool) {
	dir, err := filepath.Abs(start)
	if err != nil {
		return "", false
	}
	for {
		// The nearest shared/ folder is the one: a part missing from it is
		// missing, even if some shared/ higher up happens to have it.
		if _, ok := sharedAt(dir, ""); ok {
			p, ok := sharedAt(dir, sub)
			if !ok {
				return "", false
			}
			real, err := filepath.EvalSymlinks(p)
			return real, err == nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

func sharedAt(dir, sub string) (string, bool) {
	shared := filepath.Join(dir, "shared")
	if sub != "" {
		p := filepath.Join(shared, sub)
		_, err := os.Stat(p)
		return p, err == nil
	}
	for _, marker := range []string{"corpus", "seeds"} {
		if st, err := os.Stat(filepath.Join(shared, marker)); err == nil && st.IsDir() {
			return shared, true
		}
	}
	return "", false
}

// Require is Dir for tests: without shared/<sub> the test is skipped, since
// the shared folder is absent outside the development machines.
func Require(tb testing.TB, sub string) string {
	tb.Helper()
	p, ok := Dir(sub)
	if !ok {
		wd, _ := os.Getwd()
		tb.Skipf("shared/%s not found at or above %s", sub, wd)
	}
	return p
}

// Read returns the text of the file shared/<rel>, skipping the test when it
// is absent.
func Read(tb testing.TB, rel string) string {
	tb.Helper()
	data, err := os.ReadFile(Require(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}
