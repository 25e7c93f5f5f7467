package cli

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/cli/cmdutil"
	"github.com/policydiff/policydiff/internal/report/ci"
)

// CheckOptions are the flags and arguments of 'policydiff check'.
type CheckOptions struct {
	*cmdutil.Factory
	A, B   string
	Format string
	GitRev string
}

// NewCmdCheck builds 'policydiff check', the CI gate.
func NewCmdCheck(f *cmdutil.Factory, runF func(*CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "check A B | check --git REV FILE",
		Short: "Fail when B contains a material change from A (the CI gate)",
		Long: `Compares A and B and exits 1 when B contains a material change under the policy's
material-change clause (a prominent notice is due), 0 when it does not, 2 on error.
With --git REV FILE, A is FILE as it was at the git revision REV and B is FILE as it is now.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if opts.GitRev != "" {
				return exactArgs(1, "one file with --git")(cmd, args)
			}
			return exactArgs(2, "two documents, A and B (or --git REV FILE)")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.GitRev != "" {
				opts.B = args[0]
			} else {
				opts.A, opts.B = args[0], args[1]
			}
			if err := oneOf("format", opts.Format, "text", "json", "markdown", "sarif", "github"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return checkRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text, json, markdown, sarif or github")
	cmd.Flags().StringVar(&opts.GitRev, "git", "", "compare FILE with its content at this git revision")
	return cmd
}

func checkRun(opts *CheckOptions) error {
	a := opts.A
	if opts.GitRev != "" {
		tmp, err := gitShow(opts.GitRev, opts.B)
		if err != nil {
			return cmdutil.Errorf("%s", err)
		}
		defer os.RemoveAll(filepath.Dir(tmp))
		a = tmp
	}
	r, err := compareArgs(opts.Factory, a, opts.B)
	if err != nil {
		return err
	}
	if opts.GitRev != "" {
		r.A.Source = opts.GitRev + ":" + opts.B
	}
	switch opts.Format {
	case "sarif":
		err = ci.SARIF(opts.IO.Out, r, opts.B)
	case "github":
		err = ci.GitHub(opts.IO.Out, r, opts.B)
	case "text":
		err = checkText(opts.IO, r)
	default:
		err = renderResult(opts.IO, r, opts.Format, false)
	}
	if err != nil {
		return cmdutil.Errorf("%s", err)
	}
	if gateFails(r) {
		return cmdutil.Status(cmdutil.ExitFound)
	}
	return nil
}

// gateFails: a new version with a material change needs a prominent notice;
// two translations that disagree on a material point (a hotline, an email)
// fail the gate too, since users of one language are told something else.
func gateFails(r *change.Result) bool {
	if r.Mode == change.ModeLanguage {
		return r.Summary.Material > 0
	}
	return r.NoticeRequired
}

// checkText prints the verdict first, then the material changes only: a CI
// log is read for why it failed.
func checkText(ios *cmdutil.IOStreams, r *change.Result) error {
	only := *r
	only.Changes = nil
	for _, c := range r.Changes {
		if c.Material {
			only.Changes = append(only.Changes, c)
		}
	}
	only.Findings = nil
	for _, f := range r.Findings {
		if f.Material {
			only.Findings = append(only.Findings, f)
		}
	}
	if r.Mode == change.ModeLanguage && gateFails(r) {
		fmt.Fprintf(ios.Out, "MATERIAL DISAGREEMENT: the two languages disagree on %s\n", change.Count(r.Summary.Material, "material point"))
	} else if r.NoticeRequired {
		fmt.Fprintf(ios.Out, "MATERIAL CHANGE: %s; a prominent notice is required", change.Count(r.Summary.Material, "material change"))
		if r.ExplicitConsentRequired {
			fmt.Fprint(ios.Out, ", and users' explicit consent (rights are reduced)")
		}
		fmt.Fprintln(ios.Out)
	}
	if !gateFails(r) {
		fmt.Fprintf(ios.Out, "OK: no material change (%s in all); an ordinary announcement suffices\n",
			change.Count(len(r.Changes)+len(r.Findings), "change"))
		return nil
	}
	return renderResult(ios, &only, "text", false)
}

// gitShow writes FILE as it was at rev into a temporary file with the same
// extension, so it is read by the same decoder.
func gitShow(rev, file string) (string, error) {
	rel := file
	if !filepath.IsAbs(rel) && !strings.HasPrefix(rel, ".") {
		rel = "./" + rel
	}
	cmd := exec.Command("git", "show", rev+":"+filepath.ToSlash(rel))
	cmd.Dir = "."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return "", fmt.Errorf("git show %s:%s: %s", rev, file, msg)
	}
	dir, err := os.MkdirTemp("", "policydiff-git-")
	if err != nil {
		return "", err
	}
	tmp := filepath.Join(dir, filepath.Base(file))
	if err := os.WriteFile(tmp, out, 0o600); err != nil {
		return "", err
	}
	return tmp, nil
}
