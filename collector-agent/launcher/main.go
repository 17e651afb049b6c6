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
//     RLIMIT_MEMLOCK with success and leaves the limit as it was.
//
// Usage: agent-launcher [-tracefs] [-hide-kallsyms-kprobe] [-fake-memlock] -- agent args...
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"syscall"
)

func main() {
	tracefs := flag.Bool("tracefs", false, "mount tracefs at /sys/kernel/tracing (private mount namespace)")
	hideKprobe := flag.Bool("hide-kallsyms-kprobe", false, "hide bpf_ksym_add from /proc/kallsyms (private mount namespace)")
	fakeMemlock := flag.Bool("fake-memlock", false, "answer RLIMIT_MEMLOCK changes with success (seccomp)")
	flag.Parse()
	argv := flag.Args()
	if len(argv) == 0 {
		fail("usage: agent-launcher [flags] -- agent args...")
	}
	// Namespaces, mounts and seccomp filters belong to a thread: do everything on this one and exec
	// from it, so the agent inherits all of it.
	runtime.LockOSThread()
	if *tracefs || *hideKprobe {
		must(privateMounts(), "private mount namespace")
	}
	if *tracefs {
		must(mountTracefs(), "mount tracefs")
	}
	if *hideKprobe {
		must(hideKallsymsSymbol("bpf_ksym_add"), "hide bpf_ksym_add")
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
