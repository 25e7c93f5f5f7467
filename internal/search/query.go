//go:build !nosearch

package search

import (
	"errors"
	"fmt"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/policydiff/policydiff/internal/doc"
)

const (
	defaultSize = 20
	maxSize     = 10000
	// headingBoost weighs a match in the heading path below one in the
	// clause's own text: every clause of a section shares its path.
	headingBoost = 0.5
)

// Search runs q. The hits are ordered by score, best first.
func (ix *Index) Search(q Query) (_ *Result, err error) {
	// Opening checks the index, but damage deeper in a segment shows only
	// when a search reads it; report it instead of crashing the TUI.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("index %s is damaged (%v): rebuild it with policydiff index --rebuild", ix.dir, r)
		}
	}()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	start := time.Now()
	langs, err := targetLangs(q.Lang)
	if err != nil {
		return nil, err
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.bi == nil {
		return nil, errors.New("search a closed index")
	}
	bq, err := ix.buildQuery(q, langs)
	if err != nil {
		return nil, err
	}
	size := q.Size
	if size <= 0 {
		size = defaultSize
	}
	size = min(size, maxSize)
	req := bleve.NewSearchRequestOptions(bq, size, 0, false)
	req.Fields = []string{fPolicy, fLang, fVersion, fClause, fLabel, fHeading, fCategories}
	req.Highlight = bleve.NewHighlightWithStyle(highlighterName)
	for _, l := range langs {
		lf := fieldsOf[l]
		req.Fields = append(req.Fields, lf.text, lf.heading)
		req.Highlight.AddField(lf.text)
		req.Highlight.AddField(lf.heading)
	}
	sr, err := ix.bi.Search(req)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	res := &Result{Schema: Schema, Query: q.Text, Total: sr.Total, Hits: make([]Hit, 0, len(sr.Hits))}
	for _, m := range sr.Hits {
		h := Hit{
			Policy:  str(m.Fields[fPolicy]),
			Lang:    str(m.Fields[fLang]),
			Version: str(m.Fields[fVersion]),
			Clause:  str(m.Fields[fClause]),
			Label:   str(m.Fields[fLabel]),
			Heading: str(m.Fields[fHeading]),
			Score:   m.Score,
		}
		for _, s := range strs(m.Fields[fCategories]) {
			if n, err := strconv.Atoi(s); err == nil {
				h.Categories = append(h.Categories, n)
			}
		}
		if lf, ok := fieldsOf[doc.Lang(h.Lang)]; ok {
			h.Text = str(m.Fields[lf.text])
			if p := str(m.Fields[lf.heading]); p != "" {
				h.Path = strings.Split(p, pathSep)
			}
			h.Fragments = fragments(m.Fragments[lf.text], m.Fragments[lf.heading])
		}
		res.Hits = append(res.Hits, h)
	}
	res.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return res, nil
}

// fragments keeps the passages that hold a match (Bleve returns the start
// of every requested field, matched or not), text before heading path.
func fragments(text, heading []string) []string {
	out := []string{}
	add := func(fs []string, sep string) {
		for _, f := range fs {
			if !strings.Contains(f, MarkStart) {
				continue
			}
			// Overlapping CJK bigrams come back as adjacent marks.
			f = strings.ReplaceAll(f, MarkEnd+MarkStart, "")
			out = append(out, strings.ReplaceAll(f, pathSep, sep))
		}
	}
	add(text, pathSep)
	add(heading, " › ")
	return out
}

func targetLangs(l string) ([]doc.Lang, error) {
	switch strings.ToLower(strings.TrimSpace(l)) {
	case "", "all":
		return []doc.Lang{doc.English, doc.Chinese}, nil
	case "en":
		return []doc.Lang{doc.English}, nil
	case "zh":
		return []doc.Lang{doc.Chinese}, nil
	}
	return nil, fmt.Errorf("unknown search language %q: use en, zh or all", l)
}

func (ix *Index) buildQuery(q Query, langs []doc.Lang) (query.Query, error) {
	var match query.Query = bleve.NewMatchAllQuery()
	if text := strings.TrimSpace(q.Text); text != "" {
		var err error
		if match, err = textQuery(text, langs, q.Glossary); err != nil {
			return nil, err
		}
	}
	var filters []query.Query
	term := func(field, val string) {
		t := bleve.NewTermQuery(val)
		t.SetField(field)
		filters = append(filters, t)
	}
	if len(langs) == 1 {
		term(fLang, string(langs[0]))
	}
	if q.Policy != "" {
		term(fPolicy, q.Policy)
	}
	if q.Version != "" {
		term(fVersion, q.Version)
	} else if !q.AllVersions {
		filters = append(filters, ix.latestQuery(q.Policy, langs))
	}
	if len(filters) == 0 {
		return match, nil
	}
	// A conjunction, unlike a boolean filter, lets the rarer side drive:
	// the newest versions are a small share of a long history. Boost 0
	// keeps the filters out of the score.
	for _, f := range filters {
		unscored(f)
	}
	return bleve.NewConjunctionQuery(append([]query.Query{match}, filters...)...), nil
}

// unscored sets the boost of every leaf of q to 0. Bleve does not apply the
// boost of a disjunction, so its leaves are reached one by one.
func unscored(q query.Query) {
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		for _, d := range q.Disjuncts {
			unscored(d)
		}
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			unscored(c)
		}
	case query.BoostableQuery:
		q.SetBoost(0)
	}
}

// latestQuery matches the clauses of the newest version of each policy and
// language. Computing it from the version list at search time, rather than
// storing a flag per clause, means adding a version never rewrites the
// clauses of the one it supersedes.
func (ix *Index) latestQuery(policy string, langs []doc.Lang) query.Query {
	newest := map[string]string{} // policy/lang → ref
	dates := map[string]string{}
	for ref, v := range ix.versions {
		if policy != "" && v.Policy != policy {
			continue
		}
		key := v.Policy + "/" + v.Lang
		if d, ok := dates[key]; !ok || newer(v.Date, d) || (v.Date == d && ref > newest[key]) {
			dates[key], newest[key] = v.Date, ref
		}
	}
	refs := make([]string, 0, len(newest))
	for _, r := range newest {
		refs = append(refs, r)
	}
	sort.Strings(refs)
	if len(refs) == 0 {
		return bleve.NewMatchNoneQuery()
	}
	ds := make([]query.Query, len(refs))
	for i, r := range refs {
		t := bleve.NewTermQuery(r)
		t.SetField(fRef)
		ds[i] = t
	}
	return bleve.NewDisjunctionQuery(ds...)
}

// newer orders version dates; anything that is not a date (the store's
// "undated") is older than every date.
func newer(a, b string) bool {
	ad, bd := isDate(a), isDate(b)
	if ad != bd {
		return ad
	}
	return a > b
}

func isDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func strs(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		out := make([]string, 0, len(v))
		for _, x := range v {
			out = append(out, str(x))
		}
		return out
	}
	return nil
}
