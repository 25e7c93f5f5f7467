//go:build nosearch

package search

import "errors"

// ErrNotBuiltIn is what every index operation returns in a binary built with
// -tags nosearch: a lean build for CI jobs that only run 'check' or 'diff'.
// Linking Bleve costs every process about 5 ms before main runs (its
// package inits and the pages of a binary three times the size), twice what
// git diff takes for a whole 60 KB comparison.
var ErrNotBuiltIn = errors.New("this policydiff was built without the search index (-tags nosearch); build it without that tag to search")

// BuiltIn tells whether this binary has the index.
const BuiltIn = false

// Index stands in for the Bleve index, with the calls the commands and the
// UI make; no value of it is ever returned.
type Index struct{}

// Ensure reports that the index is not in this build.
func Ensure(string, string, func() ([]Version, error)) (*Index, error) { return nil, ErrNotBuiltIn }

// Rebuild reports that the index is not in this build.
func Rebuild(string, string, func() ([]Version, error)) (*Index, error) { return nil, ErrNotBuiltIn }

// SetFingerprint reports that the index is not in this build.
func (*Index) SetFingerprint(string) error { return ErrNotBuiltIn }

// Add reports that the index is not in this build.
func (*Index) Add(...Version) error { return ErrNotBuiltIn }

// Close has nothing to close.
func (*Index) Close() error { return nil }

// Search reports that the index is not in this build.
func (*Index) Search(Query) (*Result, error) { return nil, ErrNotBuiltIn }
