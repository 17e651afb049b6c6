package main

import (
	"os"
	"syscall"
)

// cloneNewTime is CLONE_NEWTIME (Linux 5.6+), which the syscall package does not name.
const cloneNewTime = 0x80

// hostClocks makes the program this thread execs next run in a new time namespace whose monotonic
// and boot-time clocks are the host's.
//
// The eBPF profiler stamps samples with bpf_ktime_get_ns(), the host's CLOCK_MONOTONIC, and turns
// that into wall time with an offset it measures against its own CLOCK_MONOTONIC. Inside a time
// namespace with a monotonic offset those two clocks differ by that offset, and every sample lands
// that far from the spans it belongs to. Offsets written before the first process enters a
// namespace are taken relative to the host, so zero means the host's clocks; execve moves this
// thread into the namespace it unshared. /proc/self must name this thread (see init in main.go).
func hostClocks() error {
	if err := syscall.Unshare(cloneNewTime); err != nil {
		return err
	}
	// One write: the kernel takes all offsets of a namespace at once.
	f, err := os.OpenFile("/proc/self/timens_offsets", os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.WriteString("monotonic 0 0\nboottime 0 0\n")
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	return err
}
