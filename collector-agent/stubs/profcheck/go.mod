// Empty stand-in for github.com/open-telemetry/sig-profiling/profcheck.
// Only a _test.go file of go.opentelemetry.io/ebpf-profiler imports it, so it
// never ends up in the agent binary, but `go mod tidy` (run by OCB) still
// wants the module to exist, and the Go module proxy here does not serve it.
// Wired in through `replaces:` in ../../manifest.yaml.
module github.com/open-telemetry/sig-profiling/profcheck

go 1.25.0
