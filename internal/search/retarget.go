package search

import (
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
// Bleve would search in _all; this index has no _all, so retarget rewrites
// each such leaf into a disjunction over the text and heading fields of the
// languages searched. "text:" and "heading:" name those fields for every
// language at once.

// retarget rewrites q in place where it can and returns the query to run.
func retarget(q query.Query, langs []doc.Lang) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		q.Must = retargetOpt(q.Must, langs)
		q.Should = retargetOpt(q.Should, langs)
		q.MustNot = retargetOpt(q.MustNot, langs)
		return q
	case *query.ConjunctionQuery:
		for i, c := range q.Conjuncts {
			q.Conjuncts[i] = retarget(c, langs)
		}
		return q
	case *query.DisjunctionQuery:
		for i, c := range q.Disjuncts {
			q.Disjuncts[i] = retarget(c, langs)
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
		var text, heading bool
		switch q.Field() {
		case "":
			text, heading = true, true
		case "text":
			text = true
		case "heading":
			heading = true
		default:
			return q
		}
		var ds []query.Query
		for _, l := range langs {
			lf := fieldsOf[l]
			if text {
				ds = append(ds, onField(q, lf.text, l, 1))
			}
			if heading {
				ds = append(ds, onField(q, lf.heading, l, headingBoost))
			}
		}
		if len(ds) == 1 {
			return ds[0]
		}
		return bleve.NewDisjunctionQuery(ds...)
	}
	return q
}

func retargetOpt(q query.Query, langs []doc.Lang) query.Query {
	if q == nil {
		return nil
	}
	return retarget(q, langs)
}

// onField copies a leaf query onto field. A Chinese word is indexed as
// overlapping bigrams; without AND, 面部信息 would match any clause holding
// 信息 alone.
func onField(q query.FieldableQuery, field string, l doc.Lang, boost float64) query.Query {
	b := 1.0
	if bq, ok := q.(query.BoostableQuery); ok {
		b = bq.Boost()
	}
	var c query.FieldableQuery
	switch q := q.(type) {
	case *query.MatchQuery:
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

// withTranslations ORs the glossary's translations of text into match, each
// as a phrase in the fields of its own language when that language is
// searched.
func withTranslations(match query.Query, text string, g Expander, langs []doc.Lang) query.Query {
	searched := map[doc.Lang]bool{}
	for _, l := range langs {
		searched[l] = true
	}
	seen := map[string]bool{strings.ToLower(text): true}
	ds := []query.Query{match}
	for _, t := range g.Expand(text, doc.DetectLang(text)) {
		t = strings.TrimSpace(t)
		l := doc.DetectLang(t)
		if t == "" || seen[strings.ToLower(t)] || !searched[l] {
			continue
		}
		seen[strings.ToLower(t)] = true
		lf := fieldsOf[l]
		for _, f := range []string{lf.text, lf.heading} {
			p := bleve.NewMatchPhraseQuery(t)
			p.SetField(f)
			if f == lf.heading {
				p.SetBoost(headingBoost)
			}
			ds = append(ds, p)
		}
	}
	if len(ds) == 1 {
		return match
	}
	return bleve.NewDisjunctionQuery(ds...)
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
