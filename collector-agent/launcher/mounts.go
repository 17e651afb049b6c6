package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// privateMounts gives this thread its own mount namespace whose changes never reach the host.
func privateMounts() error {
	if err := syscall.Unshare(syscall.CLONE_NEWNS); err != nil {
		return err
	}
	return syscall.Mount("", "/", "", syscall.MS_REC|syscall.MS_PRIVATE, "")
}

func mountTracefs() error {
	if _, err := os.Stat("/sys/kernel/tracing/events"); err == nil {
		return nil // already there
	}
	return syscall.Mount("nodev", "/sys/kernel/tracing", "tracefs", 0, "")
}

// hideKallsymsSymbol bind-mounts a copy of /proc/kallsyms without `symbol` over the original.
func hideKallsymsSymbol(symbol string) error {
	dir := "/run/traceprof-agent"
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	// A tmpfs of our own: the copy lives and dies with the mount namespace.
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "mode=0700"); err != nil {
		return err
	}
	in, err := os.Open("/proc/kallsyms")
	if err != nil {
		return err
	}
	defer in.Close()
	copyPath := filepath.Join(dir, "kallsyms")
	out, err := os.Create(copyPath)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(out, 1<<20)
	s := bufio.NewScanner(in)
	s.Buffer(make([]byte, 1<<16), 1<<20)
	for s.Scan() {
		line := s.Text()
		// Lines are "address type name [module]"; drop the symbol's own line only.
		fields := strings.Fields(line)
		if len(fields) >= 3 && fields[2] == symbol {
			continue
		}
		w.WriteString(line)
		w.WriteByte('\n')
	}
	if err := s.Err(); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	return syscall.Mount(copyPath, "/proc/kallsyms", "", syscall.MS_BIND, "")
}
