//go:build !unix

package search

import "os"

// alive reports whether a process with this pid exists; on Windows
// FindProcess opens the process and fails when there is none.
func alive(pid int) bool {
	if pid == os.Getpid() {
		return true
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}
