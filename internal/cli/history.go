package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/cli/cmdutil"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/load"
	"github.com/policydiff/policydiff/internal/report/jsonout"
	"github.com/policydiff/policydiff/internal/store"
	"github.com/policydiff/policydiff/internal/textdiff"
)

// HistoryOptions are the flags and arguments of 'policydiff history'.
type HistoryOptions struct {
	*cmdutil.Factory
	Policy string
	Clause string
	Lang   string
	Format string
}

// HistorySchema is the JSON schema id of the history output.
const HistorySchema = "policydiff/history/v1"

// NewCmdHistory builds 'policydiff history'.
func NewCmdHistory(f *cmdutil.Factory, runF func(*HistoryOptions) error) *cobra.Command {
	opts := &HistoryOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "history POLICY CLAUSE",
		Short: "Show one clause through every stored version, with the changes between neighbours",
		Long: `Follows one clause (canonical id, e.g. 9.2) through every stored version of a policy in
one language, oldest first. A clause that was renumbered is followed by its text.`,
		Args: exactArgs(2, "a policy id and a clause id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Policy, opts.Clause = args[0], args[1]
			if err := oneOf("format", opts.Format, "text", "json"); err != nil {
				return err
			}
			if err := oneOf("lang", opts.Lang, "en", "zh"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return historyRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Lang, "lang", "en", "language: en or zh")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	return cmd
}

// HistoryEntry is one version of the clause.
type HistoryEntry struct {
	Version string      `json:"version"`
	Ref     string      `json:"ref"`
	Clause  *doc.Clause `json:"clause"` // null when the version lacks it
	Diff    []change.Op `json:"diff"`   // from the previous version's text
	Changed bool        `json:"changed"`
}

func historyRun(opts *HistoryOptions) error {
	st, err := opts.Store()
	if err != nil {
		return cmdutil.Errorf("%s", err)
	}
	all, err := st.Versions()
	if err != nil {
		return cmdutil.Errorf("%s", err)
	}
	var vs []store.Version
	for _, v := range all {
		if v.Policy == opts.Policy && string(v.Lang) == opts.Lang {
			vs = append(vs, v)
		}
	}
	if len(vs) == 0 {
		return cmdutil.Errorf("no %s versions of policy %q in %s (see 'policydiff list')", opts.Lang, opts.Policy, st.Name())
	}
	entries, err := followClause(st, vs, opts.Clause)
	if err != nil {
		return err
	}
	if opts.Format == "json" {
		return jsonout.Write(opts.IO.Out, map[string]any{"schema": HistorySchema, "policy": opts.Policy, "lang": opts.Lang,
			"clause": opts.Clause, "versions": entries})
	}
	for _, e := range entries {
		switch {
		case e.Clause == nil:
			fmt.Fprintf(opts.IO.Out, "── %s: no such clause\n\n", e.Ref)
		case e.Diff == nil:
			fmt.Fprintf(opts.IO.Out, "── %s: clause %s\n%s\n\n", e.Ref, e.Clause.ID, e.Clause.Full())
		case !e.Changed:
			fmt.Fprintf(opts.IO.Out, "── %s: clause %s unchanged\n\n", e.Ref, e.Clause.ID)
		default:
			fmt.Fprintf(opts.IO.Out, "── %s: clause %s changed\n%s\n\n", e.Ref, e.Clause.ID,
				inlineOps(e.Diff, opts.IO.Color))
		}
	}
	return nil
}

// followClause finds the clause in each version: by id in the first version
// that has it, then by the most similar text (its id when nothing is closer).
func followClause(st *store.Store, vs []store.Version, id string) ([]HistoryEntry, error) {
	var out []HistoryEntry
	var prev *doc.Clause
	found := false
	for _, v := range vs {
		d, err := load.Stored(st, v)
		if err != nil {
			return nil, cmdutil.Errorf("%s", err)
		}
		c := d.Find(id)
		if prev != nil {
			// Ids by position (h3) or number shift when a clause is inserted
			// before this one; the text is what identifies it.
			if alt := mostSimilar(d, prev.Full()); alt != nil &&
				(c == nil || similarity(prev.Full(), alt.Full()) > similarity(prev.Full(), c.Full())) {
				c = alt
			}
		}
		e := HistoryEntry{Version: v.Date, Ref: v.Ref, Clause: c}
		if c != nil {
			found = true
			if prev != nil {
				ops, _ := textdiff.Diff(prev.Full(), c.Full(), d.Meta.Lang, 500*time.Millisecond)
				e.Diff = ops
				e.Changed = textdiff.Normalize(prev.Full()) != textdiff.Normalize(c.Full())
			}
			prev = c
		}
		out = append(out, e)
	}
	if !found {
		return nil, cmdutil.Errorf("no version of %s has clause %q (see 'policydiff show %s')", vs[0].Policy, id, vs[len(vs)-1].Ref)
	}
	return out, nil
}

func mostSimilar(d *doc.Document, text string) *doc.Clause {
	var best *doc.Clause
	bestScore := 0.5
	for _, c := range d.Flatten() {
		if s := similarity(text, c.Full()); s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// similarity is the Dice coefficient of the two texts' word (English) or
// character-bigram (Chinese) sets: cheap, and enough to follow a renumbered clause.
func similarity(a, b string) float64 {
	sa, sb := grams(a), grams(b)
	if len(sa) == 0 || len(sb) == 0 {
		return 0
	}
	common := 0
	for g := range sa {
		if sb[g] {
			common++
		}
	}
	return 2 * float64(common) / float64(len(sa)+len(sb))
}

func grams(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		rs := []rune(w)
		if len(rs) > 1 && doc.IsCJK(rs[0]) {
			for i := 0; i+1 < len(rs); i++ {
				out[string(rs[i:i+2])] = true
			}
			continue
		}
		out[w] = true
	}
	return out
}

// inlineOps renders a diff on one line: [-deleted-]{+inserted+} like
// git's word diff when plain, red and green when coloured.
func inlineOps(ops []change.Op, color bool) string {
	var b strings.Builder
	for _, op := range ops {
		switch {
		case op.Op == change.OpEqual:
			b.WriteString(op.Text)
		case color && op.Op == change.OpDelete:
			b.WriteString("\x1b[31;9m" + op.Text + "\x1b[0m")
		case color:
			b.WriteString("\x1b[32;4m" + op.Text + "\x1b[0m")
		case op.Op == change.OpDelete:
			b.WriteString("[-" + op.Text + "-]")
		default:
			b.WriteString("{+" + op.Text + "+}")
		}
	}
	return b.String()
}
