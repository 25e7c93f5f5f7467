package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// check --git REV FILE compares a tracked policy with its content at REV, as
// a CI job on a pull request runs it.
func TestCheckGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	repo := t.TempDir()
	gitRun := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	orig, _ := os.ReadFile(seed(t, "jdcloud-privacy/zh/2021-03-10"))
	os.MkdirAll(filepath.Join(repo, "policies"), 0o755)
	policy := filepath.Join(repo, "policies", "privacy.zh.txt")
	os.WriteFile(policy, orig, 0o644)
	gitRun("init", "-q")
	gitRun("add", ".")
	gitRun("commit", "-qm", "policy")

	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(repo); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run(t, "check", "--git", "HEAD", "policies/privacy.zh.txt"); code != 0 {
		t.Fatalf("unchanged file: exit %d\n%s%s", code, out, errOut)
	}
	changed := strings.Replace(string(orig), "privacy@jd.com", "dpo@jdcloud.com", 1)
	os.WriteFile(policy, []byte(changed), 0o644)
	code, out, _ := run(t, "check", "--git", "HEAD", "policies/privacy.zh.txt", "--format", "github")
	if code != 1 || !strings.Contains(out, "file=policies/privacy.zh.txt") || !strings.Contains(out, "dpo@jdcloud.com") {
		t.Errorf("changed file: exit %d\n%s", code, out)
	}
	if code, _, errOut := run(t, "check", "--git", "no-such-rev", "policies/privacy.zh.txt"); code != 2 || !strings.HasPrefix(errOut, "policydiff: git show") {
		t.Errorf("bad revision: exit %d %q", code, errOut)
	}
}
