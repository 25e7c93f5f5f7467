package sharedtest

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// builds remembers each build by its tags: the binary's path once built, or
// why it did not build, so later callers skip without retrying.
var builds = struct {
	sync.Mutex
	bin map[string]string
	err map[string]error
}{bin: map[string]string{}, err: map[string]error{}}

// BuildBinary builds ./cmd/policydiff of the enclosing module and returns the
// path of the executable, skipping the test when it does not build (a
// package it needs may not have landed yet). It builds once per test binary:
// under go test the executable goes into go test's own scratch folder, which
// go test deletes afterwards; a test binary run by hand builds into each
// test's temporary directory instead, so nothing is left behind.
func BuildBinary(tb testing.TB) string {
	tb.Helper()
	return BuildBinaryTags(tb, "")
}

// BuildBinaryTags is BuildBinary with go build -tags (for example
// "nosearch,notui", the lean build without the search index and the UI).
func BuildBinaryTags(tb testing.TB, tags string) string {
	tb.Helper()
	builds.Lock()
	defer builds.Unlock()
	if err := builds.err[tags]; err != nil {
		tb.Skip(err)
	}
	if bin := builds.bin[tags]; bin != "" {
		if _, err := os.Stat(bin); err == nil {
			return bin
		}
	}
	dir, keep := scratchDir(tb)
	bin, err := build(dir, tags)
	if err != nil {
		builds.err[tags] = err
		tb.Skip(err)
	}
	if keep {
		builds.bin[tags] = bin
	}
	return bin
}

// scratchDir is where the binary goes, and whether it outlives the test.
func scratchDir(tb testing.TB) (string, bool) {
	if exe, err := os.Executable(); err == nil && strings.Contains(exe, string(filepath.Separator)+"go-build") {
		if dir, err := os.MkdirTemp(filepath.Dir(exe), "policydiff-"); err == nil {
			return dir, true
		}
	}
	return tb.TempDir(), false
}

func build(dir, tags string) (string, error) {
	root, ok := moduleRoot()
	if !ok {
		return "", errors.New("go.mod not found at or above the working directory")
	}
	bin := filepath.Join(dir, "policydiff")
	cmd := exec.Command("go", "build", "-tags", tags, "-o", bin, "./cmd/policydiff")
	cmd.Dir = root
	// The binary that is measured is the one the Makefile ships (see there).
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", errors.New("cmd/policydiff does not build: " + err.Error() + "\n" + string(out))
	}
	return bin, nil
}

// moduleRoot walks up from the working directory to the folder with go.mod.
func moduleRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}
