package sharedtest

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Histories returns the version history of each policy and language of
// shared/corpus (one folder each): its files sorted by name, which is their
// order (see corpus/README.md). The test is skipped when the corpus is
// absent.
func Histories(tb testing.TB) [][]string {
	tb.Helper()
	root := Require(tb, "corpus")
	dirs, _ := filepath.Glob(filepath.Join(root, "*", "*"))
	var out [][]string
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		sort.Strings(files)
		out = append(out, files)
	}
	return out
}

// Paragraphs returns the paragraphs (text between blank lines) of every file
// of shared/seeds and then shared/corpus, or none when they are absent: real
// text for checking a fast path against its plain definition.
func Paragraphs() []string {
	var texts []string
	for _, dir := range []string{"seeds", "corpus"} {
		root, ok := Dir(dir)
		if !ok {
			continue
		}
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if b, err := os.ReadFile(p); err == nil {
					texts = append(texts, strings.Split(string(b), "\n\n")...)
				}
			}
			return nil
		})
	}
	return texts
}
