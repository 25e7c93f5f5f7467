package ci

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/material"
	"github.com/policydiff/policydiff/internal/textdiff"
)

// build makes a document from lines "id|text"; ids without a dot are
// sections (their text is the heading); Line is the line's index + 1.
func build(lines ...string) *doc.Document {
	d := &doc.Document{Meta: doc.Meta{Lang: doc.English}}
	var sec *doc.Clause
	for i, l := range lines {
		id, text, _ := strings.Cut(l, "|")
		c := &doc.Clause{ID: id, Label: id, Line: i + 1, Kind: doc.KindSection}
		if !strings.Contains(id, ".") {
			c.Heading = text
			d.Clauses = append(d.Clauses, c)
			sec = c
			continue
		}
		c.Text, c.Parent = text, sec
		sec.Children = append(sec.Children, c)
	}
	return d
}

// fixture: 7.2 (a right) is removed, 10.2's email changes, 10.3 is
// reworded only, and the whole of 7.3 (the last clause of section 7) goes.
func fixture() *change.Result {
	a := build(
		"7|How you manage your personal information",
		"7.1|You can access your personal information on the account page.",
		"7.2|You can cancel your account at any time.",
		"7.3|You may withdraw your consent at any time.",
		"10|How to contact us",
		"10.2|Write to privacy@jd.com.",
		"10.3|If you have any questions about the Policy, contact us.",
	)
	b := build(
		"7|How you manage your personal information",
		"7.1|You can access your personal information on the account page.",
		"10|How to contact us",
		"10.2|Write to dpo@jdcloud.com.",
		"10.3|Should you have any questions regarding the Policy, contact us.",
	)
	r := &change.Result{Mode: change.ModeVersion, A: a.Meta, B: b.Meta, DocA: a, DocB: b}
	r.Changes = append(r.Changes,
		change.Change{Kind: change.Removed, A: a.Find("7.2")},
		change.Change{Kind: change.Removed, A: a.Find("7.3")},
	)
	for _, id := range []string{"10.2", "10.3"} {
		ops, _ := textdiff.Diff(a.Find(id).Text, b.Find(id).Text, doc.English, 0)
		r.Changes = append(r.Changes, change.Change{Kind: change.Modified, A: a.Find(id), B: b.Find(id), Diff: ops})
	}
	material.Annotate(r)
	return r
}

func TestSARIF(t *testing.T) {
	var buf bytes.Buffer
	if err := SARIF(&buf, fixture(), `policies\jdcloud privacy.en.md`); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Version string `json:"version"`
		Schema  string `json:"$schema"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID                   string `json:"id"`
						ShortDescription     struct{ Text string }
						DefaultConfiguration struct{ Level string }
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string `json:"level"`
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine int }
					}
				}
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, buf.String())
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-2.1.0") || len(log.Runs) != 1 {
		t.Fatalf("header: %q %q %d runs", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "policydiff" || len(run.Tool.Driver.Rules) != 6 {
		t.Fatalf("driver %+v", run.Tool.Driver)
	}
	for i, rule := range run.Tool.Driver.Rules {
		if rule.ID != "material/"+string(rune('1'+i)) || rule.DefaultConfiguration.Level != "error" || rule.ShortDescription.Text == "" {
			t.Errorf("rule %d: %+v", i, rule)
		}
	}
	// 7.2 and 7.3 removed (rights), 10.2 email changed; 10.3 reworded only.
	want := []struct {
		rule string
		line int
		in   string
	}{
		{"material/4", 3, "rights.cancel-account.removed"}, // placed at section 10, the next surviving clause
		{"material/4", 3, "rights.withdraw.removed"},       // last of its section: next surviving clause too
		{"material/5", 4, "email privacy@jd.com → dpo@jdcloud.com"},
	}
	if len(run.Results) != len(want) {
		t.Fatalf("%d results, want %d:\n%s", len(run.Results), len(want), buf.String())
	}
	for i, w := range want {
		got := run.Results[i]
		loc := got.Locations[0].PhysicalLocation
		if got.RuleID != w.rule || got.Level != "error" || loc.Region.StartLine != w.line ||
			loc.ArtifactLocation.URI != "policies/jdcloud%20privacy.en.md" || !strings.Contains(got.Message.Text, w.in) {
			t.Errorf("result %d = %+v, want %+v", i, got, w)
		}
		if run.Tool.Driver.Rules[got.RuleIndex].ID != got.RuleID {
			t.Errorf("result %d: ruleIndex %d does not point at %s", i, got.RuleIndex, got.RuleID)
		}
	}
}

func TestSARIFNoMaterialChange(t *testing.T) {
	r := &change.Result{Mode: change.ModeVersion}
	var buf bytes.Buffer
	if err := SARIF(&buf, r, "my policies/b.md"); err != nil {
		t.Fatal(err)
	}

	if !strings.Contains(buf.String(), `"results": []`) {
		t.Fatalf("an empty run must still list its results:\n%s", buf.String())
	}
}

// A removed clause whose section lost every clause after it is placed at
// its parent's counterpart.
func TestLocateRemovedAtParent(t *testing.T) {
	a := build("1|Intro", "1.1|Hello.", "2|Rights", "2.1|You can delete your data.")
	b := build("1|Intro", "1.1|Hello.", "2|Rights")
	r := &change.Result{DocA: a, DocB: b, Changes: []change.Change{{Kind: change.Removed, A: a.Find("2.1")}}}
	if got := newLocator(r).line(0); got != 3 {
		t.Fatalf("line %d, want 3 (section 2 in B)", got)
	}
}

func TestGitHub(t *testing.T) {
	r := fixture()
	// Evidence with the characters the runner treats specially.
	r.Changes[2].Reasons = append(r.Changes[2].Reasons, change.Reason{Category: 5, Rule: "test.escape", Evidence: "100% sure,\r\nreally: yes"})
	var buf bytes.Buffer
	if err := GitHub(&buf, r, "docs/privacy, zh.md"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("want 3 warnings and a notice, got:\n%s", buf.String())
	}
	for _, l := range lines[:3] {
		if !strings.HasPrefix(l, "::warning file=docs/privacy%2C zh.md,line=") || !strings.Contains(l, ",title=policydiff material/") {
			t.Errorf("bad annotation %q", l)
		}
	}
	if !strings.Contains(lines[2], "line=4,") || !strings.Contains(lines[2], "100%25 sure,%0D%0Areally: yes") {
		t.Errorf("message not escaped: %q", lines[2])
	}
	if !strings.Contains(lines[2], "title=policydiff material/5%3A Material change in clause 10.2 (modified)::") {
		t.Errorf("title not escaped: %q", lines[2])
	}
	if !strings.HasPrefix(lines[3], "::notice title=policydiff::3 material changes") || !strings.Contains(lines[3], "explicit consent") {
		t.Errorf("summary %q", lines[3])
	}
}

// In language mode the results are the material findings, placed at the
// B clause that disagrees.
func TestSARIFLanguageFindings(t *testing.T) {
	en := build("10|How to contact us", "10.2|Write to privacy@jd.com.")
	zh := build("10|如何联系我们", "10.2|请发送邮件至 dpo@jd.com。")
	r := &change.Result{Mode: change.ModeLanguage, DocA: en, DocB: zh, A: en.Meta, B: zh.Meta,
		Findings: []change.Finding{
			{Kind: "email-mismatch", A: en.Find("10.2"), B: zh.Find("10.2"), Detail: "privacy@jd.com vs dpo@jd.com"},
			{Kind: "date-mismatch", A: en.Find("10"), B: zh.Find("10"), Detail: "2020-07-28 vs 2021-03-10"},
		}}
	material.Annotate(r)
	var buf bytes.Buffer
	if err := SARIF(&buf, r, "zh.txt"); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct{ Region struct{ StartLine int } }
				}
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results
	if len(res) != 1 || res[0].RuleID != "material/5" || res[0].Locations[0].PhysicalLocation.Region.StartLine != 2 ||
		!strings.Contains(res[0].Message.Text, "dpo@jd.com") {
		t.Fatalf("results %+v", res)
	}
}

// A translation's GitHub annotations say the translation is to be
// corrected, not that users are owed a notice, and quote a detail once.
func TestGitHubLanguageFindings(t *testing.T) {
	en := build("10|How to contact us", "10.2|Write to privacy@jd.com.")
	zh := build("10|如何联系我们", "10.2|请发送邮件至 dpo@jd.com。")
	r := &change.Result{Mode: change.ModeLanguage, DocA: en, DocB: zh, A: en.Meta, B: zh.Meta,
		Findings: []change.Finding{{Kind: "email-mismatch", A: en.Find("10.2"), B: zh.Find("10.2"), Detail: "email privacy@jd.com (en) ≠ dpo@jd.com (zh)"}}}
	material.Annotate(r)
	var buf bytes.Buffer
	if err := GitHub(&buf, r, "zh.txt"); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Count(out, "privacy@jd.com (en) ≠ dpo@jd.com (zh)") != 1 {
		t.Errorf("the detail is not quoted once:\n%s", out)
	}
	if !strings.Contains(out, "1 material disagreement between the languages") || strings.Contains(out, "prominent notice") {
		t.Errorf("summary:\n%s", out)
	}
}
