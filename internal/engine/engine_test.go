package engine

import (
	"encoding/json"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/load"
	"github.com/policydiff/policydiff/internal/material"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
	"github.com/policydiff/policydiff/internal/versiondiff"
)

// sequential is CompareWith of a version pair done one step after the
// other, as it was before the rules read the documents beside the
// alignment: the judgements must not depend on that overlap.
func sequential(t *testing.T, a *change.Result) []byte {
	t.Helper()
	r := &change.Result{Schema: change.Schema, Mode: change.ModeVersion, A: a.A, B: a.B, DocA: a.DocA, DocB: a.DocB,
		Pairs: []change.Pair{}, Findings: []change.Finding{}}
	r.Changes = versiondiff.Compare(a.DocA, a.DocB, versiondiff.Options{})
	material.Annotate(r)
	return verdicts(t, r)
}

// verdicts is what the rules decided, as JSON.
func verdicts(t *testing.T, r *change.Result) []byte {
	t.Helper()
	type flag struct {
		Kind     change.Kind
		Reasons  []change.Reason
		Reduced  bool
		Material bool
	}
	var fs []flag
	for _, c := range r.Changes {
		if len(c.Reasons) > 0 || c.Material {
			fs = append(fs, flag{c.Kind, c.Reasons, c.RightsReduced, c.Material})
		}
	}
	out, err := json.Marshal(struct {
		Clause  *change.MaterialClause
		Flags   []flag
		Changes int
		Notice  bool
		Consent bool
	}{r.MaterialClause, fs, len(r.Changes), r.NoticeRequired, r.ExplicitConsentRequired})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestPreparedAheadJudgesLikeSequential(t *testing.T) {
	type pair struct{ name, a, b string }
	var pairs []pair
	for _, seed := range []string{"jd-privacy.en.2020-10-20.txt", "jdcloud-privacy.zh.2021-03-10.txt", "jdcloud-cps-terms.en.md"} {
		text := sharedtest.Read(t, "seeds/"+seed)
		pairs = append(pairs, pair{seed, text, sharedtest.SynthEdit(text, 1)})
	}
	flagged := 0
	for _, p := range pairs {
		a := parse.Parse(p.a, parse.Hint{})
		b := parse.Parse(p.b, parse.Hint{})
		r := Compare(a, b)
		got, want := verdicts(t, r), sequential(t, r)
		if string(got) != string(want) {
			t.Errorf("%s: prepared ahead\n%s\nsequential\n%s", p.name, got, want)
		}
		if r.NoticeRequired {
			flagged++
		}
	}
	if flagged == 0 {
		t.Fatal("no seed edit was flagged material: the comparison proves nothing")
	}
	for _, h := range sharedtest.Histories(t) {
		for i := 1; i < len(h); i++ {
			a, err := load.Document(h[i-1], nil)
			if err != nil {
				t.Fatal(err)
			}
			b, err := load.Document(h[i], nil)
			if err != nil {
				t.Fatal(err)
			}
			r := Compare(a, b)
			if r.Mode != change.ModeVersion {
				continue // a capture of the page in the other language
			}
			if got, want := verdicts(t, r), sequential(t, r); string(got) != string(want) {
				t.Errorf("%s: prepared ahead\n%s\nsequential\n%s", h[i], got, want)
			}
		}
	}
}
