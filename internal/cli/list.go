package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/policydiff/policydiff/internal/cli/cmdutil"
	"github.com/policydiff/policydiff/internal/report/jsonout"
	"github.com/policydiff/policydiff/internal/store"
	"github.com/policydiff/policydiff/internal/termwidth"
)

// ListOptions are the flags and arguments of 'policydiff list'.
type ListOptions struct {
	*cmdutil.Factory
	Policy string
	Format string
}

// ListSchema is the JSON schema id of the list output.
const ListSchema = "policydiff/list/v1"

// NewCmdList builds 'policydiff list'.
func NewCmdList(f *cmdutil.Factory, runF func(*ListOptions) error) *cobra.Command {
	opts := &ListOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "list [POLICY]",
		Short: "List the stored policies and their versions",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return cmdutil.Errorf("list takes at most one policy id")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Policy = args[0]
			}
			if err := oneOf("format", opts.Format, "text", "json"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return listRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	return cmd
}

func listRun(opts *ListOptions) error {
	st, err := opts.Store()
	if err != nil {
		return cmdutil.Errorf("%s", err)
	}
	ps, err := st.Policies()
	if err != nil {
		return cmdutil.Errorf("%s", err)
	}
	if opts.Policy != "" {
		var keep []store.Policy
		for _, p := range ps {
			if p.ID == opts.Policy {
				keep = append(keep, p)
			}
		}
		if len(keep) == 0 {
			return cmdutil.Errorf("no policy %q in %s (see 'policydiff list')", opts.Policy, st.Name())
		}
		ps = keep
	}
	if opts.Format == "json" {
		if ps == nil {
			ps = []store.Policy{}
		}
		return jsonout.Write(opts.IO.Out, map[string]any{"schema": ListSchema, "store": st.Name(), "policies": ps})
	}
	if len(ps) == 0 {
		fmt.Fprintf(opts.IO.Out, "No policies in %s. Add one with 'policydiff ingest FILE'.\n", st.Name())
		return nil
	}
	// Columns are padded by display width: tabwriter counts a Chinese
	// character as one cell and misaligns every row after it.
	var rows [][]string
	for i, p := range ps {
		if i > 0 {
			rows = append(rows, nil)
		}
		title := p.Title
		if title == "" {
			title = "(no title in the document)"
		}
		rows = append(rows, []string{p.ID, title})
		for _, v := range p.Versions {
			rows = append(rows, []string{"  " + v.Ref, v.Meta.Title, fmt.Sprintf("%d clauses", v.Clauses), v.Meta.Format})
		}
	}
	writeColumns(opts.IO.Out, rows)
	return nil
}

func writeColumns(w io.Writer, rows [][]string) {
	var widths []int
	cells := make([][]int, len(rows)) // each cell's width, measured once
	for k, r := range rows {
		cells[k] = make([]int, len(r))
		for i, cell := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			cells[k][i] = termwidth.String(cell)
			widths[i] = max(widths[i], cells[k][i])
		}
	}
	for k, r := range rows {
		var b strings.Builder
		for i, cell := range r {
			b.WriteString(cell)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-cells[k][i]+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}
