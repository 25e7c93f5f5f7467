//go:build !nosearch

package search

import (
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search/highlight"
	"github.com/blevesearch/bleve/v2/search/highlight/format/plain"
	"github.com/blevesearch/bleve/v2/search/highlight/fragmenter/simple"
	simplehl "github.com/blevesearch/bleve/v2/search/highlight/highlighter/simple"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/policydiff/policydiff/internal/doc"
)

// A parsed query string leaves unfielded terms with an empty field, which
// Bleve would search in _all; this index has no _all, so each such leaf is
// rewritten into a disjunction over the text and heading fields of one
// language. "text:" and "heading:" name those fields.
//
// Bleve multiplies a disjunction's score by the share of its branches that
// match. The query is therefore built once per language (a clause is in one
// language, so the share at the top is the same for every clause), and the
// leaves of a disjunction are boosted by its width, so a clause matching one
// field or one translation scores as if the disjunction were not there.

// textQuery builds the query for text over langs, adding the glossary's
// translations of text (when g is set) as phrases in their own language.
func textQuery(text string, langs []doc.Lang, g Expander) (query.Query, error) {
	var translations map[doc.Lang][]string
	if g != nil {
		translations = translate(text, g)
	}
	var perLang []query.Query
	for _, l := range langs {
		// Parse per language: retarget rewrites the tree in place.
		parsed, err := query.NewQueryStringQuery(requireAll(text)).Parse()
		if err != nil {
			return nil, fmt.Errorf("cannot read query %q: %v (Bleve query string syntax: words, \"phrases\", +must, -not, field:value)", text, err)
		}
		q := retarget(parsed, l)
		if ts := translations[l]; len(ts) > 0 {
			q = bleve.NewDisjunctionQuery(q, phrases(ts, l))
		}
		perLang = append(perLang, q)
	}
	if len(perLang) == 1 {
		return perLang[0], nil
	}
	return bleve.NewDisjunctionQuery(perLang...), nil
}

// translate groups the glossary's translations of text by their language,
// leaving out the text itself.
func translate(text string, g Expander) map[doc.Lang][]string {
	out := map[doc.Lang][]string{}
	seen := map[string]bool{strings.ToLower(text): true}
	for _, t := range g.Expand(text, doc.DetectLang(text)) {
		t = strings.TrimSpace(t)
		if t == "" || seen[strings.ToLower(t)] {
			continue
		}
		seen[strings.ToLower(t)] = true
		l := doc.DetectLang(t)
		out[l] = append(out[l], t)
	}
	return out
}

func phrases(ts []string, l doc.Lang) query.Query {
	lf := fieldsOf[l]
	width := float64(2 * len(ts))
	var ds []query.Query
	for _, t := range ts {
		for _, f := range []string{lf.text, lf.heading} {
			p := bleve.NewMatchPhraseQuery(t)
			p.SetField(f)
			if f == lf.heading {
				p.SetBoost(headingBoost * width)
			} else {
				p.SetBoost(width)
			}
			ds = append(ds, p)
		}
	}
	return bleve.NewDisjunctionQuery(ds...)
}

// retarget rewrites q in place where it can and returns the query to run.
func retarget(q query.Query, l doc.Lang) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		q.Must = retargetOpt(q.Must, l)
		q.Should = retargetOpt(q.Should, l)
		q.MustNot = retargetOpt(q.MustNot, l)
		return q
	case *query.ConjunctionQuery:
		for i, c := range q.Conjuncts {
			q.Conjuncts[i] = retarget(c, l)
		}
		return q
	case *query.DisjunctionQuery:
		for i, c := range q.Disjuncts {
			q.Disjuncts[i] = retarget(c, l)
		}
		return q
	case *query.NumericRangeQuery:
		if q.FieldVal == "" {
			// The query string adds a numeric range beside every bare
			// number; there is no numeric field to match it.
			return bleve.NewMatchNoneQuery()
		}
		return q
	case query.FieldableQuery:
		lf := fieldsOf[l]
		switch q.Field() {
		case "":
			return bleve.NewDisjunctionQuery(onField(q, lf.text, l, 2), onField(q, lf.heading, l, 2*headingBoost))
		case "text":
			return onField(q, lf.text, l, 1)
		case "heading":
			return onField(q, lf.heading, l, 1)
		}
		return q
	}
	return q
}

func retargetOpt(q query.Query, l doc.Lang) query.Query {
	if q == nil {
		return nil
	}
	return retarget(q, l)
}

// onField copies a leaf query onto field with its boost multiplied. A
// Chinese word is indexed as overlapping bigrams; without AND, 面部信息
// would match any clause holding 信息 alone.
func onField(q query.FieldableQuery, field string, l doc.Lang, boost float64) query.Query {
	b := 1.0
	if bq, ok := q.(query.BoostableQuery); ok {
		b = bq.Boost()
	}
	var c query.FieldableQuery
	switch q := q.(type) {
	case *query.MatchQuery:
		if l == doc.Chinese && isOneIdeograph(q.Match) {
			// The index holds bigrams, so a lone character would match
			// nothing; look for it inside them instead.
			w := bleve.NewWildcardQuery("*" + strings.TrimSpace(q.Match) + "*")
			w.BoostVal = q.BoostVal
			c = w
			break
		}
		m := *q
		if l == doc.Chinese {
			m.Operator = query.MatchQueryOperatorAnd
		}
		c = &m
	case *query.MatchPhraseQuery:
		m := *q
		c = &m
	case *query.FuzzyQuery:
		m := *q
		c = &m
	case *query.PrefixQuery:
		m := *q
		c = &m
	case *query.WildcardQuery:
		m := *q
		c = &m
	case *query.RegexpQuery:
		m := *q
		c = &m
	case *query.TermQuery:
		m := *q
		c = &m
	case *query.DateRangeQuery:
		m := *q
		c = &m
	default:
		return q
	}
	c.SetField(field)
	if bc, ok := c.(query.BoostableQuery); ok && boost != 1 {
		bc.SetBoost(b * boost)
	}
	return c
}

// highlighterName marks matches with MarkStart/MarkEnd and no HTML escaping.
const highlighterName = "policydiff"

func init() {
	// Registration is Bleve's extension point: highlighters are looked up
	// by name in its global registry when a search asks for one.
	registry.RegisterHighlighter(highlighterName, func(map[string]any, *registry.Cache) (highlight.Highlighter, error) {
		return simplehl.NewHighlighter(simple.NewFragmenter(200),
			plain.NewFragmentFormatter(MarkStart, MarkEnd), simplehl.DefaultSeparator), nil
	})
}

func isOneIdeograph(s string) bool {
	rs := []rune(strings.TrimSpace(s))
	return len(rs) == 1 && rs[0] >= 0x3400 && doc.IsCJK(rs[0]) && !(rs[0] >= 0xFF00 && rs[0] <= 0xFFEF)
}
