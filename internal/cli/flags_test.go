package cli

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/policydiff/policydiff/internal/cli/cmdutil"
)

// Flags → options, through runF: no side effects, nothing read or written.
func TestDiffFlags(t *testing.T) {
	cases := []struct {
		args     []string
		want     DiffOptions
		wantCode int
	}{
		{[]string{"a.md", "b.md"}, DiffOptions{A: "a.md", B: "b.md", Format: "text"}, 0},
		{[]string{"a.md", "b.md", "--format", "json"}, DiffOptions{A: "a.md", B: "b.md", Format: "json"}, 0},
		{[]string{"a.md", "b.md", "--format", "markdown", "--cosmetic"}, DiffOptions{A: "a.md", B: "b.md", Format: "markdown", ShowCosmetic: true}, 0},
		{[]string{"a.md"}, DiffOptions{}, 2},
		{[]string{"a.md", "b.md", "--format", "sarif"}, DiffOptions{}, 2},
		{[]string{"a.md", "b.md", "--nope"}, DiffOptions{}, 2},
	}
	for _, c := range cases {
		ios, _, _ := cmdutil.Test()
		f := &cmdutil.Factory{IO: ios}
		var got *DiffOptions
		cmd := NewCmdDiff(f, func(o *DiffOptions) error { got = o; return nil })
		root := NewRoot(f)
		root.RemoveCommand(findCmd(root, "diff"))
		root.AddCommand(cmd)
		root.SetArgs(append([]string{"diff"}, c.args...))
		err := root.Execute()
		if code := cmdutil.ExitCode(err); code != c.wantCode {
			t.Errorf("%v: exit %d (%v), want %d", c.args, code, err, c.wantCode)
			continue
		}
		if c.wantCode != 0 {
			continue
		}
		if got.A != c.want.A || got.B != c.want.B || got.Format != c.want.Format || got.ShowCosmetic != c.want.ShowCosmetic {
			t.Errorf("%v: got %+v", c.args, *got)
		}
	}
}

func TestCheckFlags(t *testing.T) {
	cases := []struct {
		args           []string
		a, b, rev, fmt string
		code           int
	}{
		{[]string{"a", "b"}, "a", "b", "", "text", 0},
		{[]string{"a", "b", "--format", "sarif"}, "a", "b", "", "sarif", 0},
		{[]string{"--git", "origin/main", "p.md", "--format", "github"}, "", "p.md", "origin/main", "github", 0},
		{[]string{"--git", "HEAD", "a", "b"}, "", "", "", "", 2},
		{[]string{"a"}, "", "", "", "", 2},
	}
	for _, c := range cases {
		ios, _, _ := cmdutil.Test()
		f := &cmdutil.Factory{IO: ios}
		var got *CheckOptions
		root := NewRoot(f)
		root.RemoveCommand(findCmd(root, "check"))
		root.AddCommand(NewCmdCheck(f, func(o *CheckOptions) error { got = o; return nil }))
		root.SetArgs(append([]string{"check"}, c.args...))
		err := root.Execute()
		if code := cmdutil.ExitCode(err); code != c.code {
			t.Errorf("%v: exit %d (%v), want %d", c.args, code, err, c.code)
			continue
		}
		if c.code == 0 && (got.A != c.a || got.B != c.b || got.GitRev != c.rev || got.Format != c.fmt) {
			t.Errorf("%v: got %+v", c.args, *got)
		}
	}
}

func TestUsageErrorsAreOneLineExit2(t *testing.T) {
	for _, args := range [][]string{
		{"show"},
		{"diff", "x"},
		{"list", "--format", "xml"},
		{"search"},
		{"ingest"},
		{"bogus"},
		{"tui", "onlyone"},
		{"notice", "a", "b", "--lang", "fr"},
	} {
		ios, out, errOut := cmdutil.Test()
		code := Run(args, ios)
		msg := errOut.String()
		if code != 2 || !strings.HasPrefix(msg, "policydiff: ") || strings.Count(msg, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q, stdout %q", args, code, msg, out.String())
		}
	}
}

func findCmd(root *cobra.Command, name string) *cobra.Command {
	for _, c := range root.Commands() {
		if c.Name() == name {
			return c
		}
	}
	return nil
}

func TestNoArgumentsWithoutTerminalListsTheLibrary(t *testing.T) {
	ios, out, errOut := cmdutil.Test()
	if code := Run(nil, ios); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"jdcloud-privacy/en/2020-07-28", "jdcloud-privacy/zh/2021-03-10", "京东云隐私政策"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("library listing lacks %q:\n%s", want, out)
		}
	}
}
