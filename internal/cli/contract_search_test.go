//go:build !nosearch

package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// The search contract holds only in a build with the index: a lean build
// (-tags nosearch) refuses search in one line (TestLeanBuildComparesLikeTheFullOne).
func TestSearchJSON(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "index")
	code, out, errOut := run(t, "--index", idx, "search", "facial information", "--lang", "all", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Schema string
		Query  string
		Total  int
		TookMS *float64 `json:"took_ms"`
		Hits   []struct {
			Policy, Lang, Version, Clause, Text string
			Fragments                           []string
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Schema != "policydiff/search/v1" || r.TookMS == nil || r.Total != len(r.Hits) {
		t.Fatalf("search json = %+v", r)
	}
	langs := map[string]bool{}
	for _, h := range r.Hits {
		langs[h.Lang] = true
		if !strings.Contains(strings.ToLower(h.Text), "facial") && !strings.Contains(h.Text, "面部信息") {
			t.Errorf("hit %s/%s %s does not mention facial information: %q", h.Policy, h.Lang, h.Clause, h.Text)
		}
	}
	if !langs["en"] || !langs["zh"] {
		t.Errorf("--lang all found languages %v, want en and zh", langs)
	}
	if code, _, _ := run(t, "--index", idx, "search", "zzyzx-no-such-word"); code != 1 {
		t.Errorf("no hits: exit %d, want 1", code)
	}
}
