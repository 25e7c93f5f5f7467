// Package change holds the result of comparing two documents: the value that
// the engine builds, the material-change rules annotate and every renderer
// (text, JSON, markdown, SARIF, the TUI) reads. Its JSON form is the
// policydiff/diff/v1 schema of CONTRACT.md.
package change

import (
	"strconv"

	"github.com/policydiff/policydiff/internal/doc"
)

// Schema is the JSON schema id of Result.
const Schema = "policydiff/diff/v1"

// Mode says whether two versions of one language or two languages were compared.
type Mode string

const (
	ModeVersion  Mode = "version"
	ModeLanguage Mode = "language"
)

// Kind is the kind of one change between versions.
type Kind string

const (
	Added    Kind = "added"
	Removed  Kind = "removed"
	Modified Kind = "modified"
	Moved    Kind = "moved"
	Cosmetic Kind = "cosmetic"
)

// Op is one run of a text diff.
type Op struct {
	Op   string `json:"op"` // "equal", "insert", "delete"
	Text string `json:"text"`
}

// Diff op names.
const (
	OpEqual  = "equal"
	OpInsert = "insert"
	OpDelete = "delete"
)

// Reason explains one material flag: which category, by which rule, on what
// evidence. A reviewer must be able to disagree with it on the facts.
type Reason struct {
	Category int    `json:"category"`
	Rule     string `json:"rule"`
	Evidence string `json:"evidence"`
}

// Change is one clause-level difference between version A and version B.
type Change struct {
	Kind Kind        `json:"kind"`
	A    *doc.Clause `json:"a"`
	B    *doc.Clause `json:"b"`
	Diff []Op        `json:"diff"`
	// Coarsened is set when the text diff hit its deadline and fell back to a
	// coarser diff; renderers say so.
	Coarsened     bool     `json:"coarsened,omitempty"`
	Material      bool     `json:"material"`
	Categories    []int    `json:"categories"`
	Reasons       []Reason `json:"reasons"`
	RightsReduced bool     `json:"rights_reduced"`
}

// Pair is one aligned clause pair in a cross-language comparison.
type Pair struct {
	A     *doc.Clause `json:"a"`
	B     *doc.Clause `json:"b"`
	Score float64     `json:"score"`
}

// Finding is one place where the two language versions disagree.
type Finding struct {
	Kind       string      `json:"kind"`
	A          *doc.Clause `json:"a"`
	B          *doc.Clause `json:"b"`
	Detail     string      `json:"detail"`
	Material   bool        `json:"material"`
	Categories []int       `json:"categories"`
	// MaybeVersionChange is set when the documents differ in date, so the
	// disagreement may be a change between versions rather than a defect.
	MaybeVersionChange bool     `json:"maybe_version_change,omitempty"`
	Reasons            []Reason `json:"reasons,omitempty"`

	// What the check found, so that no one reads it back out of Detail,
	// the wording for people: Subject is what a number-mismatch compares
	// ("age", "duration", "number"), which the material rules ask; Word is
	// the word a negation- or modality-mismatch turns on ("not", "shall")
	// and Sentence the whole sentence it stands in, which the rules judge.
	Subject  string `json:"-"`
	Word     string `json:"-"`
	Sentence string `json:"-"`
	// Note is the note on the documents' dates that Detail ends with when
	// MaybeVersionChange is set: a view that says it once trims it here.
	Note string `json:"-"`
}

// MaterialClause is the clause listing what counts as a material change.
type MaterialClause struct {
	Side  string   `json:"side"` // "a", "b", or "builtin" when neither document has one
	ID    string   `json:"clause"`
	Label string   `json:"label"`
	Text  string   `json:"text"`
	Items []string `json:"items"`
}

// Summary counts the changes by kind.
type Summary struct {
	Added    int `json:"added"`
	Removed  int `json:"removed"`
	Modified int `json:"modified"`
	Moved    int `json:"moved"`
	Cosmetic int `json:"cosmetic"`
	Material int `json:"material"`
	Findings int `json:"findings"`
}

// Result is a whole comparison.
type Result struct {
	Schema                  string          `json:"schema"`
	Mode                    Mode            `json:"mode"`
	A                       doc.Meta        `json:"a"`
	B                       doc.Meta        `json:"b"`
	MaterialClause          *MaterialClause `json:"material_clause"`
	Changes                 []Change        `json:"changes"`
	Pairs                   []Pair          `json:"pairs"`
	Findings                []Finding       `json:"findings"`
	Summary                 Summary         `json:"summary"`
	NoticeRequired          bool            `json:"notice_required"`
	ExplicitConsentRequired bool            `json:"explicit_consent_required"`

	DocA *doc.Document `json:"-"`
	DocB *doc.Document `json:"-"`
}

// NoticeLang is the language a notice of this comparison is drafted in
// unless asked otherwise: B's, the version users will read. A version
// comparison of sides read in two languages is of a Chinese page caught
// half-translated (engine.translations), whose readers read Chinese, not
// the English left in it.
func (r *Result) NoticeLang() doc.Lang {
	if r.Mode == ModeVersion && r.B.Lang == doc.English && r.A.Lang != "" && r.A.Lang != r.B.Lang {
		return r.A.Lang
	}
	return r.B.Lang
}

// Count is n of what, in words: "1 material change", "3 material changes".
// Every view that counts changes or findings says it so.
func Count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// Substantive reports whether any change or finding is more than cosmetic;
// it decides the diff exit status.
func (r *Result) Substantive() bool {
	for _, c := range r.Changes {
		if c.Kind != Cosmetic {
			return true
		}
	}
	return len(r.Findings) > 0
}

// Tally recomputes Summary from Changes and Findings.
func (r *Result) Tally() {
	s := Summary{Findings: len(r.Findings)}
	for _, c := range r.Changes {
		switch c.Kind {
		case Added:
			s.Added++
		case Removed:
			s.Removed++
		case Modified:
			s.Modified++
		case Moved:
			s.Moved++
		case Cosmetic:
			s.Cosmetic++
		}
		if c.Material {
			s.Material++
		}
	}
	for _, f := range r.Findings {
		if f.Material {
			s.Material++
		}
	}
	r.Summary = s
}

// Category names, indexed by category number (1..6), after the items of the
// material-change clause.
var CategoryNames = [...]string{
	"",
	"purposes, types or use of personal information",
	"ownership or organisation",
	"main recipients of sharing, transfer or public disclosure",
	"users' rights and how to exercise them",
	"responsible department, contact method or complaint channel",
	"impact assessment showing high risk",
}
