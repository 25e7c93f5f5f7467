package notice

import (
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
)

func TestTableRowsAreNamedAsRows(t *testing.T) {
	row := &doc.Clause{ID: "5.1.4/t1/r2", Kind: doc.KindRow, Text: "a | b"}
	plain := &doc.Clause{ID: "9.2(3)", Label: "(3)", Text: "x"}
	// GitHub's statement: a summary table under an unnumbered heading.
	summary := &doc.Clause{ID: "h2", Heading: "摘要"}
	table := &doc.Clause{ID: "h2/t1", Kind: doc.KindTable, Parent: summary}
	headed := &doc.Clause{ID: "h2/t1/r2", Kind: doc.KindRow, Text: "GitHub不收集哪些信息 | 我们不会有意收集 13 岁以下儿童的信息", Parent: table}
	cases := []struct {
		lang doc.Lang
		c    *doc.Clause
		want string
	}{
		{doc.English, row, "Row 2 of table 1 in clause 5.1.4"},
		{doc.Chinese, row, "第5.1.4条表1第2行"},
		{doc.English, headed, "Row 2 of table 1 in the section \"摘要\""},
		{doc.Chinese, headed, "“摘要”部分表1第2行"},
		{doc.English, plain, "Clause 9.2(3)"},
		{doc.Chinese, plain, "第9.2(3)条"},
	}
	for _, c := range cases {
		if got := words(c.lang).ref(c.c); got != c.want {
			t.Errorf("%s %s: %q, want %q", c.lang, c.c.ID, got, c.want)
		}
	}
}
