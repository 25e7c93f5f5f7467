//go:build unix

package search

import (
	"errors"
	"os"
	"syscall"
)

// alive reports whether a process with this pid exists; EPERM means it
// exists under another user.
func alive(pid int) bool {
	if pid == os.Getpid() {
		return true
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
