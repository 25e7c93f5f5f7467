// Package report renders a comparison (*change.Result) for people and
// programs: JSON (schema policydiff/diff/v1), terminal text and a Markdown
// pull-request comment. Renderers only read the result; they never judge.
package report

import (
	"io"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/report/jsonout"
)

// JSON writes r as the policydiff/diff/v1 document of CONTRACT.md. Lists are
// [] rather than null, and the summary is recounted from the changes so that
// it can never disagree with them.
func JSON(w io.Writer, r *change.Result) error {
	out := *r
	out.Schema = change.Schema
	if out.Mode == "" {
		out.Mode = change.ModeVersion
	}
	out.Changes = make([]change.Change, len(r.Changes))
	for i, c := range r.Changes {
		if c.Diff == nil {
			c.Diff = []change.Op{}
		}
		if c.Categories == nil {
			c.Categories = []int{}
		}
		if c.Reasons == nil {
			c.Reasons = []change.Reason{}
		}
		out.Changes[i] = c
	}
	out.Findings = make([]change.Finding, len(r.Findings))
	for i, f := range r.Findings {
		if f.Categories == nil {
			f.Categories = []int{}
		}
		out.Findings[i] = f
	}
	if out.Pairs == nil {
		out.Pairs = []change.Pair{}
	}
	if mc := out.MaterialClause; mc != nil && mc.Items == nil {
		cp := *mc
		cp.Items = []string{}
		out.MaterialClause = &cp
	}
	out.Tally()
	return jsonout.Write(w, &out)
}
