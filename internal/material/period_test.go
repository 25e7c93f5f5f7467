package material

import (
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// A period that moves to another clause is no change, however the clauses
// around it are reworded; one that moves and shortens is flagged where it
// left and where it arrived, as shorter, and needs consent again.
func TestPeriodMovedBetweenClauses(t *testing.T) {
	name, text := readSeed(t, "cloud-en")
	const (
		sentence = "we will inform you at least thirty days in advance and delete"
		anchor   = "Please access JD Cloud & AI for getting the latest Privacy Policy in time."
	)
	if !strings.Contains(text, sentence) || !strings.Contains(text, anchor) {
		t.Fatalf("%s lacks the clauses this test edits", name)
	}
	moved := func(period string) ([]string, bool) {
		edited := strings.Replace(text, sentence, "we will delete", 1)
		edited = strings.Replace(edited, anchor, anchor+" Where we terminate services or operations, we will inform you at least "+period+" in advance.", 1)
		r := compareDocs(parseText(name, text), parseText(name, edited))
		var ev []string
		for _, c := range r.Changes {
			for _, x := range c.Reasons {
				if strings.HasPrefix(x.Rule, "rights.notice-period.") {
					ev = append(ev, x.Rule+": "+x.Evidence)
				}
			}
		}
		if len(r.Changes) < 2 {
			t.Fatalf("the edit should touch two clauses, got %d changes", len(r.Changes))
		}
		return ev, r.ExplicitConsentRequired
	}
	if ev, _ := moved("thirty days"); len(ev) != 0 {
		t.Errorf("moved notice period flagged: %q", ev)
	}
	ev, consent := moved("seven days")
	got := strings.Join(ev, "\n")
	for _, want := range []string{
		"rights.notice-period.shorter: notice period thirty days removed, seven days in another clause",
		"rights.notice-period.shorter: notice period seven days added, thirty days gone from another clause",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("moved and shortened: want %q among\n%s", want, got)
		}
	}
	if !consent {
		t.Error("moved and shortened: a shorter notice period needs explicit consent")
	}
	if ev, consent := moved("sixty days"); consent || !strings.Contains(strings.Join(ev, "\n"), "rights.notice-period.changed: notice period thirty days removed, sixty days in another clause") {
		t.Errorf("moved and lengthened: consent %v, flags %q", consent, ev)
	}
}

// A translation that promises a shorter notice than the original misleads
// its readers about a right: the finding names the notice period.
func TestNoticePeriodMismatchInTranslation(t *testing.T) {
	enName, enText := readSeed(t, "cloud-en")
	zhName, zhText := readSeed(t, "cloud-zh")
	en := parseText(enName, enText)
	zh := parseText(zhName, strings.Replace(zhText, "至少提前三十日向您通知", "至少提前七日向您通知", 1))
	a, b := en.Find("6.2.3"), zh.Find("6.2.3")
	if a == nil || b == nil || !strings.Contains(b.Text, "七日") {
		t.Fatal("the seeds lost clause 6.2.3, which this test reads")
	}
	r := &change.Result{Mode: change.ModeLanguage, A: en.Meta, B: zh.Meta, DocA: en, DocB: zh,
		Findings: []change.Finding{{Kind: "number-mismatch", A: a, B: b, Detail: "duration thirty days (en) ≠ 七日 (zh)"}}}
	Annotate(r)
	if got := r.Findings[0]; !got.Material || !hasRule(got.Reasons, "rights.notice-period.mismatch") {
		t.Errorf("want rights.notice-period.mismatch, got %v", got.Reasons)
	}
}

// advanceNeed may only spare sentences advanceCue would not match.
func TestAdvanceNeedIsSound(t *testing.T) {
	texts := append([]string{"PRIOR TO the change", "提前七日", "in Advance", "生效前 30 天"}, sharedtest.Paragraphs()...)
	matched := 0
	for _, p := range texts {
		if advanceCue.re.Re().MatchString(p) {
			matched++
			if !hasFold(advanceNeed, p) {
				t.Errorf("advanceNeed spares %q, which advanceCue matches", p)
			}
		}
	}
	if matched < 4 {
		t.Fatalf("only %d texts matched", matched)
	}
}

// The rules read a change's sides with its typo fixes undone, the whole
// documents as printed: a period only the first reading labels is still
// judged, not taken for one the other version states too.
func TestPeriodOnlyTheChangeReadingSees(t *testing.T) {
	name, text := readSeed(t, "cloud-en")
	const sentence = "we will inform you at least thirty days in advance and delete"
	if !strings.Contains(text, sentence) {
		t.Fatalf("%s lacks the clause this test edits", name)
	}
	a := strings.Replace(text, sentence, "we will infrom you at least thirty days in advance and delete", 1)
	b := strings.Replace(text, sentence, "we will inform you in advance and delete", 1)
	r := compareDocs(parseText(name, a), parseText(name, b))
	found := false
	for _, c := range r.Changes {
		found = found || hasRule(c.Reasons, "rights.notice-period.changed")
	}
	if !found {
		t.Errorf("a notice period dropped with a typo fixed beside it is not flagged: %v", r.Changes)
	}
}

// The period a clause's own other side states is judged there, not again
// as one "in another clause"; and a period elsewhere is taken for the one
// that left only when it is the only candidate (both found in review).
func TestElsewhereIsOutsideTheChangeAndUsedOnce(t *testing.T) {
	name, text := readSeed(t, "cloud-en")
	const sentence = "we will inform you at least thirty days in advance and delete"
	const anchor = "Please access JD Cloud & AI for getting the latest Privacy Policy in time."
	if !strings.Contains(text, sentence) || !strings.Contains(text, anchor) {
		t.Fatalf("%s lacks the clauses this test edits", name)
	}
	evidence := func(a, b string) string {
		r := compareDocs(parseText(name, a), parseText(name, b))
		var ev []string
		for _, c := range r.Changes {
			for _, x := range c.Reasons {
				if strings.HasPrefix(x.Rule, "rights.notice-period.") {
					ev = append(ev, x.Evidence)
				}
			}
		}
		return strings.Join(ev, "\n")
	}
	// One clause: thirty and forty-five days become sixty.
	a := strings.Replace(text, sentence, "we will inform you at least thirty days in advance (or at least forty-five days in advance for paid services) and delete", 1)
	b := strings.Replace(text, sentence, "we will inform you at least sixty days in advance and delete", 1)
	got := evidence(a, b)
	if !strings.Contains(got, "thirty days → sixty days") || strings.Contains(got, "in another clause") {
		t.Errorf("one clause, two periods to one:\n%s", got)
	}
	// Two clauses lose a notice period, a third gains one: one pairs.
	a = strings.Replace(text, anchor, anchor+" We will inform you at least fifteen days in advance of any update.", 1)
	b = strings.Replace(text, sentence, "we will delete", 1)
	b = strings.Replace(b, anchor, anchor+" We will inform you of any update.", 1)
	b = strings.Replace(b, "Please access JD Cloud & AI", "We will inform you at least seven days in advance. Please access JD Cloud & AI", 1)
	got = evidence(a, b)
	// Two left and one came: which became which is a guess, and none is
	// made; the one in the clause that has both is judged there.
	if n := strings.Count(got, "in another clause"); n != 0 || !strings.Contains(got, "fifteen days → seven days") {
		t.Errorf("two periods left, one came:\n%s", got)
	}
}
