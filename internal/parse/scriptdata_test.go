package parse

import (
	"encoding/json"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// tree is every clause of d, as JSON.
func tree(t *testing.T, d *doc.Document) string {
	t.Helper()
	out, err := json.Marshal(d.Flatten())
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// A page captured with its scripts may end in a JSON object; it is no part
// of the policy, and a capture with it parses as one without it.
func TestScriptDataIsNoText(t *testing.T) {
	for _, seed := range []string{"jdcloud-privacy.en.2020-07-28.md", "jdcloud-privacy.zh.2021-03-10.txt"} {
		text := sharedtest.Read(t, "seeds/"+seed)
		with := Parse(text+"\n\n{\"resolvedServerColorMode\":\"day\"}\n", Hint{})
		without := Parse(text, Hint{})
		if a, b := tree(t, with), tree(t, without); a != b {
			t.Errorf("%s: the script's JSON changed the clauses", seed)
		}
	}
	// Text that only looks like JSON stays: braces in a sentence, or an
	// object that does not parse.
	for _, line := range []string{`{"Services"} means the services we provide.`, `{"a": }`} {
		d := Parse("1. Definitions\n\n"+line+"\n", Hint{})
		if got := d.Flatten(); len(got) == 0 || got[len(got)-1].Text == "" {
			t.Errorf("%q was dropped", line)
		}
	}
}

// GitHub's statement captured on 2022-03-16 and 2022-03-21 differs only by
// the JSON its page script left at the foot of the second.
func TestGitHubScriptDataCaptures(t *testing.T) {
	a := Parse(sharedtest.Read(t, "corpus/github-privacy-statement/en/2022-03-16-786f4c3d.md"), Hint{})
	b := Parse(sharedtest.Read(t, "corpus/github-privacy-statement/en/2022-03-21-b963f018.md"), Hint{})
	if tree(t, a) != tree(t, b) {
		t.Error("the two captures parse differently")
	}
}
