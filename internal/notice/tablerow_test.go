package notice

import (
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
)

func TestTableRowsAreNamedAsRows(t *testing.T) {
	row := &doc.Clause{ID: "5.1.4/t1/r2", Kind: doc.KindRow, Text: "a | b"}
	plain := &doc.Clause{ID: "9.2(3)", Label: "(3)", Text: "x"}
	cases := []struct {
		lang doc.Lang
		c    *doc.Clause
		want string
	}{
		{doc.English, row, "Row 2 of table 1 in clause 5.1.4"},
		{doc.Chinese, row, "第5.1.4条表1第2行"},
		{doc.English, plain, "Clause 9.2(3)"},
		{doc.Chinese, plain, "第9.2(3)条"},
	}
	for _, c := range cases {
		if got := words(c.lang).ref(c.c); got != c.want {
			t.Errorf("%s %s: %q, want %q", c.lang, c.c.ID, got, c.want)
		}
	}
}
