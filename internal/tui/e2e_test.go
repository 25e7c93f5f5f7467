package tui

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// TestEndToEndInTmux runs the real binary in a real terminal (tmux, 80×24):
// it ingests the JD Cloud seeds and two Chinese GitHub versions into a
// fresh store, opens the library, compares English with Chinese and two
// Chinese versions, and checks that no captured line is wider than 80.
func TestEndToEndInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	sharedtest.Require(t, "corpus")
	shared := sharedtest.Require(t, "")
	bin := sharedtest.BuildBinary(t)
	tmp := t.TempDir()
	storeDir := filepath.Join(tmp, "documents")
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command(bin, append([]string{"--store", storeDir, "--index", filepath.Join(tmp, "index")}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("policydiff %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	run("ingest", filepath.Join(shared, "seeds/jdcloud-privacy.en.2020-07-28.md"), filepath.Join(shared, "seeds/jdcloud-privacy.zh.2021-03-10.txt"))
	gh := filepath.Join(shared, "corpus/github-privacy-statement/zh")
	run("ingest", "--policy", "github-privacy", "--lang", "zh", "--effective", "2022-03-16", filepath.Join(gh, "2022-03-16-786f4c3d.md"))
	run("ingest", "--policy", "github-privacy", "--lang", "zh", "--effective", "2023-03-30", filepath.Join(gh, "2023-03-30-ebbaa21f.md"))

	// A private server: other tmux users on the machine are left alone.
	sock := filepath.Join(tmp, "tmux.sock")
	session := "policydiff"
	tmux := func(args ...string) string {
		out, err := exec.Command("tmux", append([]string{"-S", sock}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24",
		"env", "TERM=xterm-256color", "LANG=C.UTF-8", bin, "--store", storeDir, "--index", filepath.Join(tmp, "index"))
	defer exec.Command("tmux", "-S", sock, "kill-server").Run()

	screen := func(want ...string) string {
		t.Helper()
		var s string
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			s = tmux("capture-pane", "-p", "-t", session)
			ok := true
			for _, w := range want {
				ok = ok && strings.Contains(s, w)
			}
			if ok {
				for i, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
					if w := lipgloss.Width(l); w > 80 {
						t.Errorf("line %d of the screen is %d cells wide: %q", i+1, w, l)
					}
				}
				return s
			}
		}
		t.Fatalf("screen never showed %q; last screen:\n%s", want, s)
		return ""
	}
	keys := func(k ...string) { tmux(append([]string{"send-keys", "-t", session}, k...)...) }

	screen("policydiff", "github-privacy", "jdcloud-privacy", "space marks A and B")
	// github-privacy zh 2022-03-16 and 2023-03-30: a Chinese version comparison.
	keys("Space", "Space", "Enter")
	s := screen("github-privacy zh 2022-03-16 → 2023-03-30")
	if !strings.ContainsAny(s, "隐私声明个人数据") {
		t.Errorf("the Chinese comparison shows no Chinese text:\n%s", s)
	}
	keys("n", "s")
	screen("old │ new")
	keys("Escape")
	// jdcloud-privacy en and zh: the translation view.
	keys("Down", "Space", "Space", "Enter")
	s = screen("jdcloud-privacy en 2020-07-28 ↔ zh 2021-03-10", "Findings")
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }) {
		t.Errorf("the translation view shows no Chinese text:\n%s", s)
	}
	keys("q")
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if exec.Command("tmux", "-S", sock, "has-session", "-t", session).Run() != nil {
			return // the program quit and the session closed
		}
	}
	t.Error("q did not quit")
}
