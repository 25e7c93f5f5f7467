package versiondiff

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// BenchmarkCLIvsGit times the whole 'policydiff diff A B' process (decode,
// parse, align, diff, material rules, render) against 'git diff --no-index
// --word-diff A B' on the same 60 KB pair; the target is within 2x of git.
// It times both builds: the full one and the lean one for CI jobs (-tags
// nosearch,notui), which leaves out Bleve and the terminal UI and with them
// about 6 ms of start-up. It also runs
// policydiff once on the 20x pair and reports its time and peak RSS
// (targets: about 25x the 1x time, < 300 MB).
func BenchmarkCLIvsGit(b *testing.B) {
	git, err := exec.LookPath("git")
	if err != nil {
		b.Skip("git not installed")
	}
	bin := sharedtest.BuildBinary(b)
	lean := sharedtest.BuildBinaryTags(b, "nosearch,notui")
	dir := b.TempDir()
	text := sharedtest.Read(b, "seeds/"+enTxt)
	a, c := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	write(b, a, text)
	write(b, c, sharedtest.SynthEdit(text, 1))
	a20, c20 := filepath.Join(dir, "a20.txt"), filepath.Join(dir, "b20.txt")
	big := sharedtest.Scaled(text, 20)
	write(b, a20, big)
	write(b, c20, sharedtest.SynthEdit(big, 1))

	run := func(name string, args ...string) *os.ProcessState {
		cmd := exec.Command(name, args...)
		cmd.Dir = dir // no ./documents here: files are read on the fly
		cmd.Env = append(os.Environ(), "NO_COLOR=1")
		err := cmd.Run()
		var exit *exec.ExitError
		if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
			b.Fatalf("%s %v: %v", name, args, err)
		}
		return cmd.ProcessState
	}
	b.ResetTimer()
	var ours, slim, theirs time.Duration
	var rss int64
	for range b.N {
		t0 := time.Now()
		st := run(bin, "diff", a, c)
		ours += time.Since(t0)
		rss = max(rss, maxRSS(st))
		t0 = time.Now()
		run(lean, "diff", a, c)
		slim += time.Since(t0)
		t0 = time.Now()
		run(git, "diff", "--no-index", "--word-diff", a, c)
		theirs += time.Since(t0)
	}
	b.StopTimer()
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
	b.ReportMetric(ms(ours), "policydiff-ms")
	b.ReportMetric(ms(slim), "lean-ms")
	b.ReportMetric(ms(theirs), "git-ms")
	b.ReportMetric(float64(ours)/float64(theirs), "x-of-git")
	b.ReportMetric(float64(slim)/float64(theirs), "lean-x-of-git")
	b.ReportMetric(float64(rss)/1024, "rss-MB")
	t0 := time.Now()
	st := run(bin, "diff", a20, c20)
	d20 := time.Since(t0)
	b.ReportMetric(float64(d20.Microseconds())/1000, "20x-ms")
	b.ReportMetric(float64(d20)/(float64(ours)/float64(b.N)), "20x-over-1x")
	b.ReportMetric(float64(maxRSS(st))/1024, "20x-rss-MB")
}

// maxRSS is the peak resident set of a finished process in KiB (Linux).
func maxRSS(st *os.ProcessState) int64 {
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss
	}
	return 0
}

func write(tb testing.TB, path, text string) {
	tb.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		tb.Fatal(err)
	}
}
