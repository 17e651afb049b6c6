// agent-launcher starts the traceprof agent in a sandbox that lacks what the eBPF profiler takes
// for granted, changing the agent's own environment only, never the profiler:
//
//   - no tracefs mounted: mounts one in a private mount namespace;
//   - a kernel without kprobes (CONFIG_KPROBES unset): hides bpf_ksym_add from the agent's view
//     of /proc/kallsyms, so the profiler skips the optional kprobe that tracks BPF JIT symbols
//     instead of failing to attach it;
//   - root without CAP_SYS_RESOURCE: the profiler raises RLIMIT_MEMLOCK to infinity before it
//     loads BPF and stops when that fails, although kernels since 5.11 charge BPF memory to the
//     memory cgroup, not to that limit. A seccomp filter answers the agent's attempts to change
//     RLIMIT_MEMLOCK with success and leaves the limit as it was;
//   - a time namespace whose monotonic clock is offset from the host's: runs the agent in a new
//     time namespace with the host's clocks, which is what the profiler's BPF timestamps use
//     (see clocks.go).
//
// Usage: agent-launcher [-tracefs] [-hide-kallsyms-kprobe] [-fake-memlock] [-host-clocks] -- agent args...
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"syscall"
)

// Namespaces, mounts and seccomp filters belong to a thread: main does everything on one and execs
// from it, so the agent inherits all of it. Locking in init keeps main on the process's main thread,
// the one /proc/self names (the time namespace offsets are written there).
func init() {
	runtime.LockOSThread()
}

func main() {
	tracefs := flag.Bool("tracefs", false, "mount tracefs at /sys/kernel/tracing (private mount namespace)")
	hideKprobe := flag.Bool("hide-kallsyms-kprobe", false, "hide bpf_ksym_add from /proc/kallsyms (private mount namespace)")
	fakeMemlock := flag.Bool("fake-memlock", false, "answer RLIMIT_MEMLOCK changes with success (seccomp)")
	hostClocksFlag := flag.Bool("host-clocks", false, "run the agent in a time namespace with the host's clocks")
	flag.Parse()
	argv := flag.Args()
	if len(argv) == 0 {
		fail("usage: agent-launcher [flags] -- agent args...")
	}
	if *tracefs || *hideKprobe {
		must(privateMounts(), "private mount namespace")
	}
	if *tracefs {
		must(mountTracefs(), "mount tracefs")
	}
	if *hideKprobe {
		must(hideKallsymsSymbol("bpf_ksym_add"), "hide bpf_ksym_add")
	}
	if *hostClocksFlag {
		must(hostClocks(), "time namespace with the host's clocks")
	}
	if *fakeMemlock {
		must(installMemlockFilter(), "seccomp filter")
	}
	must(syscall.Exec(argv[0], argv, os.Environ()), "exec "+argv[0])
}

func must(err error, what string) {
	if err != nil {
		fail(fmt.Sprintf("%s: %v", what, err))
	}
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "agent-launcher:", msg)
	os.Exit(1)
}
