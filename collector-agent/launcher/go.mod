module traceprof.dev/collector-agent/launcher

go 1.26
