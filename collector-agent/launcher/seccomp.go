package main

import (
	"syscall"
	"unsafe"
)

// Classic BPF, as seccomp runs it over struct seccomp_data
// { int nr; u32 arch; u64 instruction_pointer; u64 args[6]; } (little-endian x86_64).
const (
	bpfLdAbsW   = 0x20 // BPF_LD | BPF_W | BPF_ABS
	bpfJeqK     = 0x15 // BPF_JMP | BPF_JEQ | BPF_K
	bpfRetK     = 0x06 // BPF_RET | BPF_K
	offNr       = 0
	offArch     = 4
	offArg0Low  = 16
	offArg1Low  = 24
	offArg2Low  = 32
	offArg2High = 36

	auditArchX8664 = 0xc000003e
	sysPrlimit64   = 302
	sysSetrlimit   = 160
	rlimitMemlock  = 8

	retAllow = 0x7fff0000 // SECCOMP_RET_ALLOW
	// SECCOMP_RET_ERRNO with errno 0: the call is skipped and returns 0, i.e. "done".
	retSucceed = 0x00050000

	prSetNoNewPrivs        = 38
	sysSeccomp             = 317 // x86_64
	seccompSetModeFilter   = 1
	seccompFilterFlagTsync = 1
)

type sockFilter struct {
	code uint16
	jt   uint8
	jf   uint8
	k    uint32
}

type sockFprog struct {
	len    uint16
	filter *sockFilter
}

func stmt(code uint16, k uint32) sockFilter { return sockFilter{code: code, k: k} }

func jump(k uint32, jt, jf uint8) sockFilter { return sockFilter{code: bpfJeqK, jt: jt, jf: jf, k: k} }

// memlockFilter skips prlimit64(_, RLIMIT_MEMLOCK, new != NULL, _) and
// setrlimit(RLIMIT_MEMLOCK, _) with success; reads of the limit and everything else run as usual.
// Jump offsets count from the next instruction; the targets are named in the comments.
func memlockFilter() []sockFilter {
	const allow, succeed = 13, 14
	j := func(at int, k uint32, jt, jf int) sockFilter {
		return jump(k, uint8(jt-at-1), uint8(jf-at-1))
	}
	return []sockFilter{
		/* 0 */ stmt(bpfLdAbsW, offArch),
		/* 1 */ j(1, auditArchX8664, 2, allow),
		/* 2 */ stmt(bpfLdAbsW, offNr),
		/* 3 */ j(3, sysPrlimit64, 5, 4),
		/* 4 */ j(4, sysSetrlimit, 11, allow),
		/* 5 prlimit64 */ stmt(bpfLdAbsW, offArg1Low),
		/* 6 */ j(6, rlimitMemlock, 7, allow),
		/* 7 */ stmt(bpfLdAbsW, offArg2Low),
		/* 8 */ j(8, 0, 9, succeed),
		/* 9 */ stmt(bpfLdAbsW, offArg2High),
		/* 10 */ j(10, 0, allow, succeed),
		/* 11 setrlimit */ stmt(bpfLdAbsW, offArg0Low),
		/* 12 */ j(12, rlimitMemlock, succeed, allow),
		/* 13 allow */ stmt(bpfRetK, retAllow),
		/* 14 succeed */ stmt(bpfRetK, retSucceed),
	}
}

func installMemlockFilter() error {
	filter := memlockFilter()
	prog := sockFprog{len: uint16(len(filter)), filter: &filter[0]}
	if _, _, e := syscall.RawSyscall(syscall.SYS_PRCTL, prSetNoNewPrivs, 1, 0); e != 0 {
		return e
	}
	if _, _, e := syscall.RawSyscall(sysSeccomp, seccompSetModeFilter, seccompFilterFlagTsync,
		uintptr(unsafe.Pointer(&prog))); e != 0 {
		return e
	}
	return nil
}
