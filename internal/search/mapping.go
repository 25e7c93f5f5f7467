//go:build !nosearch

package search

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/policydiff/policydiff/internal/doc"
)

// mappingVersion is stored in the index; an index built with another
// mapping is rebuilt by Ensure rather than searched with the wrong fields.
const mappingVersion = "policydiff/index/v2"

// Field names. The language-specific ones are looked up through langFields.
const (
	fPolicy     = "policy"
	fLang       = "lang"
	fVersion    = "version"
	fRef        = "ref"
	fClause     = "clause"
	fLabel      = "label"
	fHeading    = "heading"
	fEffective  = "effective"
	fCategories = "categories"
)

// pathSep joins the heading path in the heading_* fields; a newline keeps
// the words of adjacent headings from forming a phrase or a CJK bigram.
const pathSep = "\n"

type langFields struct{ text, heading string }

var fieldsOf = map[doc.Lang]langFields{
	doc.English: {"text_en", "heading_en"},
	doc.Chinese: {"text_zh", "heading_zh"},
}

func newMapping() mapping.IndexMapping {
	keywordField := func(store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store = store
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	textField := func(analyzer string) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = true // highlighting and phrase queries
		f.DocValues = false
		return f
	}
	storedOnly := bleve.NewTextFieldMapping()
	storedOnly.Index = false
	storedOnly.Store = true
	storedOnly.IncludeInAll = false
	storedOnly.IncludeTermVectors = false
	storedOnly.DocValues = false

	dateField := bleve.NewDateTimeFieldMapping()
	dateField.Store = false
	dateField.IncludeInAll = false
	dateField.DocValues = false

	dm := bleve.NewDocumentStaticMapping()
	// Without this Bleve still builds an (empty) composite _all field for
	// every clause, which costs a tenth of indexing time.
	dm.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	dm.AddFieldMappingsAt(fPolicy, keywordField(true))
	dm.AddFieldMappingsAt(fLang, keywordField(true))
	dm.AddFieldMappingsAt(fVersion, keywordField(true))
	dm.AddFieldMappingsAt(fRef, keywordField(false))
	dm.AddFieldMappingsAt(fClause, keywordField(true))
	dm.AddFieldMappingsAt(fCategories, keywordField(true))
	dm.AddFieldMappingsAt(fLabel, storedOnly)
	dm.AddFieldMappingsAt(fHeading, storedOnly)
	dm.AddFieldMappingsAt(fEffective, dateField)
	dm.AddFieldMappingsAt(fieldsOf[doc.English].text, textField(en.AnalyzerName))
	dm.AddFieldMappingsAt(fieldsOf[doc.English].heading, textField(en.AnalyzerName))
	dm.AddFieldMappingsAt(fieldsOf[doc.Chinese].text, textField(cjk.AnalyzerName))
	dm.AddFieldMappingsAt(fieldsOf[doc.Chinese].heading, textField(cjk.AnalyzerName))

	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = keyword.Name
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	im.ScoringModel = index.BM25Scoring
	return im
}

// clauseDoc is the Bleve document of one clause.
func clauseDoc(v Version, ref string, c *doc.Clause) map[string]any {
	lf, ok := fieldsOf[v.Lang]
	if !ok {
		lf = fieldsOf[doc.DetectLang(c.Full())]
	}
	d := map[string]any{
		fPolicy:    v.Policy,
		fLang:      string(v.Lang),
		fVersion:   v.Date,
		fRef:       ref,
		fClause:    c.ID,
		lf.text:    c.Text,
		lf.heading: strings.Join(c.Path(), pathSep),
	}
	if c.Label != "" {
		d[fLabel] = c.Label
	}
	if c.Heading != "" {
		d[fHeading] = c.Heading
	}
	if eff := effective(v); eff != "" {
		d[fEffective] = eff
	}
	if cats := categories(c.Path()); len(cats) > 0 {
		s := make([]string, len(cats))
		for i, n := range cats {
			s[i] = strconv.Itoa(n)
		}
		d[fCategories] = s
	}
	return d
}

// effective prefers the date printed in the document over the version date,
// which may be a capture date.
func effective(v Version) string {
	if v.Doc != nil && len(v.Doc.Meta.Effective) == len("2006-01-02") {
		return v.Doc.Meta.Effective
	}
	if len(v.Date) == len("2006-01-02") {
		return v.Date
	}
	return ""
}

func docID(ref string, i int) string { return fmt.Sprintf("%s#%d", ref, i) }

// categoryWords maps words of a section heading to the material-change
// categories (CONTRACT.md) that the section bears on. It is a coarse filter
// for search, not the material-change judgement of internal/material.
var categoryWords = []struct {
	words []string
	cat   int
}{
	{[]string{"collect", "use your", "how we use", "purpose", "收集", "使用"}, 1},
	{[]string{"merger", "acquisition", "controller", "who we are", "合并", "收购", "控制者"}, 2},
	{[]string{"shar", "transfer", "disclos", "third part", "recipient", "共享", "转让", "披露", "第三方"}, 3},
	{[]string{"right", "manag", "access", "delet", "correct", "withdraw", "choice", "权利", "管理", "删除", "更正", "撤回", "注销"}, 4},
	{[]string{"contact", "complain", "question", "联系", "投诉", "咨询"}, 5},
	{[]string{"impact assessment", "影响评估"}, 6},
}

// categories returns the categories the headings of a clause's path bear
// on, ascending.
func categories(path []string) []int {
	if len(path) == 0 {
		return nil
	}
	h := strings.ToLower(strings.Join(path, " "))
	var out []int
	for _, cw := range categoryWords {
		for _, w := range cw.words {
			if strings.Contains(h, w) {
				out = append(out, cw.cat)
				break
			}
		}
	}
	return out
}
