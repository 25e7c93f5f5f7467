package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/cli/cmdutil"
	"github.com/policydiff/policydiff/internal/report/jsonout"
	"github.com/policydiff/policydiff/internal/search"
)

// SearchOptions are the flags and arguments of 'policydiff search'.
type SearchOptions struct {
	*cmdutil.Factory
	Query       string
	Lang        string
	Policy      string
	Version     string
	AllVersions bool
	Limit       int
	Format      string
}

// NewCmdSearch builds 'policydiff search'.
func NewCmdSearch(f *cmdutil.Factory, runF func(*SearchOptions) error) *cobra.Command {
	opts := &SearchOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Search the clauses of every stored version",
		Long: `Searches the clauses of the stored versions (the newest of each policy and language
unless --all-versions) with Bleve's query syntax: words, "exact phrases", +required,
-excluded, prefix*. With --lang all, the query is also translated through the glossary,
so "facial information" finds 面部信息 too. Exit status: 0 hits, 1 none, 2 error.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmdutil.Errorf("search takes a query (see 'policydiff search --help')")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Query = strings.Join(args, " ")
			if err := oneOf("format", opts.Format, "text", "json"); err != nil {
				return err
			}
			if err := oneOf("lang", opts.Lang, "en", "zh", "all"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return searchRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Lang, "lang", "all", "language to search: en, zh or all")
	cmd.Flags().StringVar(&opts.Policy, "policy", "", "only this policy")
	cmd.Flags().StringVar(&opts.Version, "version", "", "only this version date (YYYY-MM-DD)")
	cmd.Flags().BoolVar(&opts.AllVersions, "all-versions", false, "search every version, not only the newest")
	cmd.Flags().IntVar(&opts.Limit, "limit", 20, "most hits to show")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	return cmd
}

func searchRun(opts *SearchOptions) error {
	st, err := opts.Store()
	if err != nil {
		return cmdutil.Errorf("%s", err)
	}
	ix, err := openIndex(opts.Factory, st)
	if err != nil {
		return cmdutil.Errorf("%s", err)
	}
	defer ix.Close()
	g, err := storeGlossary(st)
	if err != nil {
		return cmdutil.Errorf("%s", err)
	}
	q := search.Query{Text: opts.Query, Lang: opts.Lang, Policy: opts.Policy, Version: opts.Version,
		AllVersions: opts.AllVersions || opts.Version != "", Size: opts.Limit, Glossary: g}
	res, err := ix.Search(q)
	if err != nil {
		return cmdutil.Errorf("search %q: %s", opts.Query, err)
	}
	if opts.Format == "json" {
		if err := jsonout.Write(opts.IO.Out, res); err != nil {
			return cmdutil.Errorf("%s", err)
		}
	} else {
		searchText(opts.IO, res)
	}
	if len(res.Hits) == 0 {
		return cmdutil.Status(cmdutil.ExitFound)
	}
	return nil
}

func searchText(ios *cmdutil.IOStreams, res *search.Result) {
	if len(res.Hits) == 0 {
		fmt.Fprintf(ios.Out, "No clause matches %q.\n", res.Query)
		return
	}
	verb := "match"
	if res.Total == 1 {
		verb = "matches"
	}
	fmt.Fprintf(ios.Out, "%s %s %q (%.1f ms); showing %d\n\n", change.Count(int(res.Total), "clause"), verb, res.Query, res.TookMS, len(res.Hits))
	for _, h := range res.Hits {
		where := h.Heading
		if where == "" && len(h.Path) > 0 {
			// Table rows have no heading of their own; the path says where they sit.
			where = strings.Join(h.Path, " › ")
		}
		fmt.Fprintf(ios.Out, "%s/%s/%s  clause %s  %s\n", h.Policy, h.Lang, h.Version, h.Clause, where)
		frags := h.Fragments
		if len(frags) == 0 {
			frags = []string{h.Text}
		}
		for _, fr := range frags {
			fr = strings.Join(strings.Fields(fr), " ")
			if ios.Color {
				fr = strings.NewReplacer(search.MarkStart, "\x1b[1;33m", search.MarkEnd, "\x1b[0m").Replace(fr)
			}
			fmt.Fprintf(ios.Out, "    %s\n", fr)
		}
		fmt.Fprintln(ios.Out)
	}
}
