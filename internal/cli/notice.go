package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/policydiff/policydiff/internal/cli/cmdutil"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/notice"
)

// NoticeOptions are the flags and arguments of 'policydiff notice'.
type NoticeOptions struct {
	*cmdutil.Factory
	A, B string
	Lang string
}

// NewCmdNotice builds 'policydiff notice'.
func NewCmdNotice(f *cmdutil.Factory, runF func(*NoticeOptions) error) *cobra.Command {
	opts := &NoticeOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "notice A B",
		Short: "Draft the prominent notice that B's material changes require",
		Args:  exactArgs(2, "two documents, A and B"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.A, opts.B = args[0], args[1]
			if opts.Lang != "" {
				if err := oneOf("lang", opts.Lang, "en", "zh"); err != nil {
					return err
				}
			}
			if runF != nil {
				return runF(opts)
			}
			return noticeRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Lang, "lang", "", "language of the draft, en or zh (default: B's language; a half-translated Chinese page's, Chinese)")
	return cmd
}

func noticeRun(opts *NoticeOptions) error {
	r, err := compareArgs(opts.Factory, opts.A, opts.B)
	if err != nil {
		return err
	}
	lang := doc.Lang(opts.Lang)
	if lang == "" {
		lang = r.NoticeLang()
	}
	fmt.Fprint(opts.IO.Out, notice.Draft(r, lang))
	return nil
}
