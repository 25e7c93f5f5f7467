package search

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// The writer lock file records the writing process's pid, so a second
// writer fails at once and can say who holds the index; O_EXCL makes taking
// it atomic, and a lock left by a dead process is taken over.

const lockName = "lock"

// writerLock is a held DIR/lock.
type writerLock struct{ path string }

func acquireWriter(dir string) (*writerLock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create index dir: %w", err)
	}
	path := filepath.Join(dir, lockName)
	for attempt := 0; attempt < 3; attempt++ {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			_, werr := f.WriteString(strconv.Itoa(os.Getpid()) + "\n")
			cerr := f.Close()
			if werr != nil || cerr != nil {
				os.Remove(path)
				return nil, fmt.Errorf("write index lock %s: %w", path, errors.Join(werr, cerr))
			}
			return &writerLock{path: path}, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("lock index %s: %w", dir, err)
		}
		pid := readPID(path)
		if pid > 0 && alive(pid) {
			return nil, &BusyError{Dir: dir, PID: pid}
		}
		// A dead holder (or a half-written file from one) leaves a stale
		// lock behind; take it over.
		os.Remove(path)
	}
	return nil, &BusyError{Dir: dir}
}

func (l *writerLock) release() {
	if l != nil && readPID(l.path) == os.Getpid() {
		os.Remove(l.path)
	}
}

// holder returns the pid of the writer of dir, or 0.
func holder(dir string) int {
	if pid := readPID(filepath.Join(dir, lockName)); pid > 0 && alive(pid) {
		return pid
	}
	return 0
}

func readPID(path string) int {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	return pid
}
