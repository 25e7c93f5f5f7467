package search

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
)

// Bolt's file lock (scorch keeps root.bolt open) already stops two writers,
// but it cannot say who holds it. The writer lock file records the holder's
// pid so a second writer fails at once with that pid, and reader files do
// the same for a writer that finds readers (the TUI) in its way.

const (
	lockName    = "lock"
	readersName = "readers"
)

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

// holder names whoever keeps dir busy: the writer if there is one (unless
// the caller holds the writer lock itself), else a live reader other than
// skip (the caller's own registration).
func holder(dir, skip string, callerWrites bool) int {
	if pid := readPID(filepath.Join(dir, lockName)); !callerWrites && pid > 0 && alive(pid) {
		return pid
	}
	entries, _ := os.ReadDir(filepath.Join(dir, readersName))
	for _, e := range entries {
		if e.Name() == skip {
			continue
		}
		pid, _ := strconv.Atoi(strings.SplitN(e.Name(), "-", 2)[0])
		if pid > 0 && alive(pid) {
			return pid
		}
		os.Remove(filepath.Join(dir, readersName, e.Name()))
	}
	return 0
}

var readerSeq atomic.Int64

// registerReader records a reader of dir; the returned name is removed by
// unregisterReader. Failing to register only loses the pid in messages.
func registerReader(dir string) string {
	rd := filepath.Join(dir, readersName)
	if os.MkdirAll(rd, 0o755) != nil {
		return ""
	}
	name := fmt.Sprintf("%d-%d", os.Getpid(), readerSeq.Add(1))
	if os.WriteFile(filepath.Join(rd, name), nil, 0o644) != nil {
		return ""
	}
	return name
}

func unregisterReader(dir, name string) {
	if name != "" {
		os.Remove(filepath.Join(dir, readersName, name))
	}
}

func readPID(path string) int {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	return pid
}
