package versiondiff

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/load"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// A markdown table cell breaks its lines with <br>: how many it breaks,
// and how the tag is spelt, is layout. A word changed beside them is not.
func TestTableCellLineBreaksAreCosmetic(t *testing.T) {
	const a = "# Data we collect\n\n| Category | Examples |\n|---|---|\n" +
		"| Usage Data | Examples include:<br><br>* search queries  <br>  <br>**Your general location**  <br>country and region |\n" +
		"| Payment Data | card type and expiry date |\n"
	compare := func(b string) []change.Change {
		da, db := parse.Parse(a, parse.Hint{Format: "md"}), parse.Parse(b, parse.Hint{Format: "md"})
		return Compare(da, db, Options{})
	}
	if cs := compare(strings.Replace(a, "  <br>  <br>", "  <br>", 1)); len(cs) != 1 || cs[0].Kind != change.Cosmetic {
		t.Errorf("one break fewer: want one cosmetic change, got %s", kinds(cs))
	}
	// The same breaks spelt another way are the same source.
	if cs := compare(strings.Replace(a, "<br><br>", "<BR/><br />", 1)); len(cs) != 0 {
		t.Errorf("<br> spelt <BR/>: want no change, got %s", kinds(cs))
	}
	cs := compare(strings.Replace(a, "search queries  <br>  <br>", "search history  <br>", 1))
	if len(cs) != 1 || cs[0].Kind != change.Modified {
		t.Errorf("a word changed beside the breaks: want one modified change, got %s", kinds(cs))
	}
}

// Spotify's captures change only layout in many clauses: 2024-01-12 drops
// an empty line from a table cell; 2025-08-06 underlines the headings it
// wrote in bold and renames the anchors its table links to.
func TestSpotifyLayoutIsCosmetic(t *testing.T) {
	dir := filepath.Join(sharedtest.Require(t, "corpus"), "spotify-privacy", "en")
	for _, tc := range []struct {
		a, b     string
		cosmetic []string // clauses that must be cosmetic or unreported
		modified []string // and, as a control, clauses that really changed
	}{
		{"2023-12-05-f1f6cd2a9.md", "2024-01-12-1a9dcbab2.md", []string{"3/t2/r2"}, []string{"0"}},
		{"2025-05-12-6e9694dcd.md", "2025-08-06-8f4effbb1.md",
			[]string{"2/t1/r1", "2/t1/r2", "2/t1/r3", "2/t1/r4", "2/t1/r8", "5", "7", "8", "9", "10", "11", "12"},
			[]string{"3/t1/r2", "6"}},
	} {
		a, err := load.Document(filepath.Join(dir, tc.a), nil)
		if err != nil {
			t.Skip(err)
		}
		b, err := load.Document(filepath.Join(dir, tc.b), nil)
		if err != nil {
			t.Skip(err)
		}
		kind := map[string]change.Kind{}
		for _, c := range Compare(a, b, Options{}) {
			if c.B != nil {
				kind[c.B.ID] = c.Kind
			}
		}
		for _, id := range tc.cosmetic {
			if k, ok := kind[id]; ok && k != change.Cosmetic {
				t.Errorf("%s %s is %s, want cosmetic", tc.b, id, k)
			}
		}
		for _, id := range tc.modified {
			if kind[id] != change.Modified {
				t.Errorf("%s %s is %q, want modified", tc.b, id, kind[id])
			}
		}
	}
}

func kinds(cs []change.Change) string {
	var ks []string
	for _, c := range cs {
		id := ""
		if c.B != nil {
			id = c.B.ID
		} else if c.A != nil {
			id = c.A.ID
		}
		ks = append(ks, string(c.Kind)+" "+id)
	}
	return "[" + strings.Join(ks, ", ") + "]"
}

// A heading written in bold, underlined or with #s is the same heading.
func TestHeadingMarkupIsCosmetic(t *testing.T) {
	const body = "\n\nWe keep your personal data only as long as necessary.\n\n"
	a := "# Privacy Policy\n\n**5. Keeping your data**" + body + "**6. Transfer**" + body
	for name, b := range map[string]string{
		"setext": "# Privacy Policy\n\n5. Keeping your data\n--------------------" + body + "6. Transfer\n-----------" + body,
		"atx":    "# Privacy Policy\n\n## 5. Keeping your data" + body + "## 6. Transfer" + body,
		"closed atx linked": "# Privacy Policy\n\n#### [](#keeping)5. Keeping your data ####" + body +
			"#### [6. Transfer](#transfer) ####" + body,
	} {
		da, db := parse.Parse(a, parse.Hint{Format: "md"}), parse.Parse(b, parse.Hint{Format: "md"})
		for _, c := range Compare(da, db, Options{}) {
			if c.Kind != change.Cosmetic {
				t.Errorf("%s: %s, want cosmetic or nothing", name, kinds([]change.Change{c}))
			}
		}
	}
	b := strings.Replace(a, "**6. Transfer**", "**6. Transfer abroad**", 1)
	if cs := Compare(parse.Parse(a, parse.Hint{Format: "md"}), parse.Parse(b, parse.Hint{Format: "md"}), Options{}); len(cs) != 1 || cs[0].Kind != change.Modified {
		t.Errorf("a heading reworded: want one modified change, got %s", kinds(cs))
	}
}

// Captures of one page add and drop empty links, block quote marks and
// markdown escapes around the same words; a link to another page that appears is news.
func TestEmptyLinksAndQuotesAreLayout(t *testing.T) {
	const a = "# Terms\n\n## 1. Contact\n\nWrite to us at the address below.\n\n## 2. Rights\n\nYou may ask for a copy of your data.\n"
	compare := func(b string) []change.Change {
		return Compare(parse.Parse(a, parse.Hint{Format: "md"}), parse.Parse(b, parse.Hint{Format: "md"}), Options{})
	}
	for name, b := range map[string]string{
		"empty link":   strings.Replace(a, "You may ask", "[]()You may ask", 1),
		"quoted":       strings.Replace(a, "You may ask", "> You may ask", 1),
		"escaped bold": strings.Replace(strings.Replace(a, "You may ask", "**You** may ask", 1), "a copy", `\*\*a copy\*\*`, 1),
	} {
		for _, c := range compare(b) {
			if c.Kind != change.Cosmetic {
				t.Errorf("%s: %s, want cosmetic or nothing", name, kinds([]change.Change{c}))
			}
		}
	}
	cs := compare(strings.Replace(a, "a copy of your data", "[a copy of your data](https://example.com/export)", 1))
	if len(cs) != 1 || cs[0].Kind != change.Modified {
		t.Errorf("a link to another page added: want one modified change, got %s", kinds(cs))
	}
}

// Converters escape the dot of a list number ("1\."): renumbering such a
// list is still no change, and escaping it is layout.
func TestEscapedNumbers(t *testing.T) {
	const a = "# Terms\n\n1\\. First clause text here.\n\n2\\. Second clause.\n"
	compare := func(x, y string) []change.Change {
		return Compare(parse.Parse(x, parse.Hint{Format: "md"}), parse.Parse(y, parse.Hint{Format: "md"}), Options{})
	}
	renumbered := strings.NewReplacer("1\\.", "2\\.", "2\\.", "3\\.").Replace(a)
	if cs := compare(a, renumbered); len(cs) != 0 {
		t.Errorf("renumbered: want no change, got %s", kinds(cs))
	}
	for _, c := range compare(a, strings.ReplaceAll(a, "\\.", ".")) {
		if c.Kind != change.Cosmetic {
			t.Errorf("unescaped: %s, want cosmetic or nothing", kinds([]change.Change{c}))
		}
	}
	if cs := compare(a, strings.Replace(a, "Second clause", "Second and last clause", 1)); len(cs) != 1 || cs[0].Kind != change.Modified {
		t.Errorf("a word added: want one modified change, got %s", kinds(cs))
	}
}
