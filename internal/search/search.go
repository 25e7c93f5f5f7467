// Package search indexes every clause of every stored policy version with
// Bleve (scorch) and answers clause searches in English, Chinese or both.
//
// One Bleve document is one clause. English clauses are analysed with the
// "en" analyzer into text_en/heading_en, Chinese ones with "cjk" (bigrams)
// into text_zh/heading_zh; there is no _all field, so every query names the
// fields of the languages it targets, and a query over both languages is
// built once per language. The heading_* fields hold the clause's heading
// path, so a clause is found by the title of the section it sits in.
//
// On disk, DIR/bleve is the index and DIR/lock names the writing process;
// DIR may hold other files (the repository keeps index/.gitkeep there).
// Any number of processes search at once, also while one writes: the live
// index is only ever opened read-only, a rebuild is written beside it and
// renamed over it, and Add writes a copy that Close swaps in. Readers keep
// the view they opened until they reopen. A second writer fails at once
// with ErrInUse naming the first.
//
// Typical use: after the store changes, Ensure(dir, newFingerprint, load)
// rebuilds; Add followed by SetFingerprint is the incremental alternative.
package search

import (
	"errors"
	"fmt"

	"github.com/policydiff/policydiff/internal/doc"
)

// Schema is the JSON schema name of a search result (CONTRACT.md).
const Schema = "policydiff/search/v1"

// MarkStart and MarkEnd surround a matched term inside Hit.Fragments. They
// are plain characters rather than HTML so fragments print as they are in a
// terminal; renderers that want colour replace them.
const (
	MarkStart = "«"
	MarkEnd   = "»"
)

// Version is one stored version of a policy to index.
type Version struct {
	Ref    string // "policy/lang/date"; built from the other fields when empty
	Policy string
	Lang   doc.Lang
	Date   string // YYYY-MM-DD, or the store's "undated"
	Doc    *doc.Document
}

func (v Version) ref() string {
	if v.Ref != "" {
		return v.Ref
	}
	return v.Policy + "/" + string(v.Lang) + "/" + v.Date
}

// Expander turns a query into its equivalents in the other language
// (glossary.Glossary implements it). from is the language of query.
type Expander interface {
	Expand(query string, from doc.Lang) []string
}

// Query is one search.
type Query struct {
	// Text uses Bleve's query string syntax: words (OR-ed, ranked), "phrases",
	// +must, -must-not, prefix*, fuzzy~. Unfielded terms search the clause
	// text and heading path of every targeted language; text: and heading:
	// restrict them; policy:, lang:, version:, clause:, categories: and
	// effective:>"2021-01-01" address the keyword and date fields.
	Text string
	// Lang is "en", "zh" or "all" ("" means all).
	Lang string
	// Policy and Version (a date) filter; Version implies AllVersions.
	Policy, Version string
	// AllVersions searches every stored version, not only the newest one of
	// each policy and language.
	AllVersions bool
	// Size is the number of hits returned (default 20).
	Size int
	// Glossary, when set, adds the query's translations for the languages
	// searched, so "facial information" also finds 面部信息.
	Glossary Expander
}

// Result is the answer to a search (schema policydiff/search/v1).
type Result struct {
	Schema string  `json:"schema"`
	Query  string  `json:"query"`
	Total  uint64  `json:"total"`
	TookMS float64 `json:"took_ms"`
	Hits   []Hit   `json:"hits"`
}

// Hit is one matching clause.
type Hit struct {
	Policy  string `json:"policy"`
	Lang    string `json:"lang"`
	Version string `json:"version"`
	Clause  string `json:"clause"`
	Label   string `json:"label,omitempty"`
	// Heading is the clause's own heading; Path the headings of its
	// ancestors and itself, outermost first.
	Heading    string   `json:"heading"`
	Path       []string `json:"path,omitempty"`
	Text       string   `json:"text"`
	Categories []int    `json:"categories,omitempty"`
	Score      float64  `json:"score"`
	// Fragments are the matching passages with terms between MarkStart and
	// MarkEnd.
	Fragments []string `json:"fragments"`
}

// Ref returns the stored version reference of the hit.
func (h Hit) Ref() string { return h.Policy + "/" + h.Lang + "/" + h.Version }

// ErrInUse is matched (errors.Is) by the error returned when another process
// or another open Index holds the index.
var ErrInUse = errors.New("index is in use")

// BusyError says who holds the index.
type BusyError struct {
	Dir string
	PID int // 0 when the holder could not be identified
}

func (e *BusyError) Error() string {
	who := "another process"
	if e.PID > 0 {
		who = fmt.Sprintf("process %d", e.PID)
	}
	return fmt.Sprintf("index %s is in use by %s; close it (the TUI or another policydiff) and try again", e.Dir, who)
}

func (e *BusyError) Unwrap() error { return ErrInUse }
