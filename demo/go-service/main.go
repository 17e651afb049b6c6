// Inventory: a demo Go HTTP service instrumented with the OpenTelemetry Go SDK. Each handler runs
// under pprof labels carrying its span and trace ids; the eBPF profiler reads Go pprof labels and
// sends them as process.context.label.* sample attributes, so traceprof matches these samples to
// their spans by label. Nothing here knows about traceprof.
package main

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"log"
	"math/rand/v2"
	"net/http"
	"os"
	"os/signal"
	"runtime/pprof"
	"strconv"
	"sync"
	"syscall"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

var tracer trace.Tracer

func main() {
	ctx := context.Background()
	shutdown, err := setupTracing(ctx)
	if err != nil {
		log.Fatalf("inventory: tracing: %v", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/stock", traced("GET /stock", stockHandler))
	mux.HandleFunc("/reconcile", traced("GET /reconcile", reconcileHandler))
	mux.HandleFunc("/reserve", traced("GET /reserve", reserveHandler))
	port := envOr("DEMO_GO_PORT", "8082")
	srv := &http.Server{Addr: "127.0.0.1:" + port, Handler: mux}
	go func() {
		log.Printf("inventory: listening on http://127.0.0.1:%s (pid %d)", port, os.Getpid())
		if err := srv.ListenAndServe(); err != http.ErrServerClosed {
			log.Fatalf("inventory: %v", err)
		}
	}()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	<-stop
	shutdownCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdownCtx)
	_ = shutdown(shutdownCtx)
}

func setupTracing(ctx context.Context) (func(context.Context) error, error) {
	// OTEL_EXPORTER_OTLP_ENDPOINT (default localhost:4317) picks the agent or traceprof itself.
	exporter, err := otlptracegrpc.New(ctx, otlptracegrpc.WithInsecure())
	if err != nil {
		return nil, err
	}
	host, _ := os.Hostname()
	res, err := resource.Merge(resource.Default(), resource.NewSchemaless(
		attribute.String("service.name", envOr("OTEL_SERVICE_NAME", "inventory")),
		attribute.String("host.name", host),
		attribute.Int("process.pid", os.Getpid()),
	))
	if err != nil {
		return nil, err
	}
	provider := sdktrace.NewTracerProvider(
		sdktrace.WithBatcher(exporter, sdktrace.WithBatchTimeout(time.Second)),
		sdktrace.WithResource(res),
	)
	otel.SetTracerProvider(provider)
	otel.SetTextMapPropagator(propagation.TraceContext{})
	tracer = provider.Tracer("traceprof-demo/inventory")
	return provider.Shutdown, nil
}

// traced runs a handler in a server span, under pprof labels naming that span.
func traced(name string, handler func(context.Context, *http.Request) (int, string)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := otel.GetTextMapPropagator().Extract(r.Context(), propagation.HeaderCarrier(r.Header))
		ctx, span := tracer.Start(ctx, name, trace.WithSpanKind(trace.SpanKindServer))
		defer span.End()
		var status int
		var body string
		pprof.Do(ctx, spanLabels(span), func(ctx context.Context) {
			status, body = handler(ctx, r)
		})
		span.SetAttributes(attribute.Int("http.response.status_code", status))
		if status >= 500 {
			span.SetStatus(codes.Error, body)
		}
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body + "\n"))
	}
}

// spanLabels names a span in pprof labels, which the eBPF profiler reads from Go processes.
func spanLabels(span trace.Span) pprof.LabelSet {
	sc := span.SpanContext()
	return pprof.Labels("span_id", sc.SpanID().String(), "trace_id", sc.TraceID().String())
}

func stockHandler(_ context.Context, r *http.Request) (int, string) {
	sku := r.URL.Query().Get("sku")
	return http.StatusOK, "in stock: " + sku
}

// reconcileHandler is the slow endpoint: it burns CPU hashing the ledger for ~100-600 ms.
func reconcileHandler(ctx context.Context, r *http.Request) (int, string) {
	rounds, _ := strconv.Atoi(r.URL.Query().Get("rounds"))
	if rounds <= 0 {
		rounds = 1_500_000
	}
	ctx, span := tracer.Start(ctx, "hash ledger")
	var sum uint64
	// The child span gets labels of its own, so its samples match it rather than its parent.
	pprof.Do(ctx, spanLabels(span), func(context.Context) { sum = hashLedger(rounds) })
	span.End()
	return http.StatusOK, "ledger checksum " + strconv.FormatUint(sum, 16)
}

//go:noinline
func hashLedger(rounds int) uint64 {
	var buf [32]byte
	for i := 0; i < rounds; i++ {
		binary.LittleEndian.PutUint64(buf[:8], uint64(i))
		buf = sha256.Sum256(buf[:])
	}
	return binary.LittleEndian.Uint64(buf[:8])
}

// stockMu guards the stock counts; a restock holds it while it writes.
var stockMu sync.Mutex

// reserveHandler reserves stock: usually ~20 ms of CPU in checkStock, but about one request in
// ten also recounts the stock (~300 ms more CPU in recountStock), one in ten waits ~300 ms for a
// restock that holds the stock lock, and one in ten sleeps ~300 ms on a slow backend call. The
// span's inventory.reserve.path says which path ran, so a reader can check what the profile says.
func reserveHandler(ctx context.Context, r *http.Request) (int, string) {
	path := "fast"
	switch n := rand.IntN(10); {
	case n == 0:
		path = "recount"
	case n == 1:
		path = "lock"
	case n == 2:
		path = "sleep"
	}
	trace.SpanFromContext(ctx).SetAttributes(attribute.String("inventory.reserve.path", path))
	sum := checkStock(20 * time.Millisecond)
	switch path {
	case "recount":
		sum += recountStock(300 * time.Millisecond)
	case "lock":
		held := make(chan struct{})
		go restock(held, 300*time.Millisecond)
		<-held
		stockMu.Lock()
		stockMu.Unlock()
	case "sleep":
		time.Sleep(300 * time.Millisecond)
	}
	return http.StatusOK, "reserved " + strconv.FormatUint(sum, 16)
}

// restock holds the stock lock for a while, as a concurrent writer would.
func restock(held chan<- struct{}, d time.Duration) {
	stockMu.Lock()
	close(held)
	time.Sleep(d)
	stockMu.Unlock()
}

// checkStock hashes and recountStock mixes in their own loops (not in a shared helper), so the
// samples of each name it.
//
//go:noinline
func checkStock(d time.Duration) uint64 {
	var buf [32]byte
	for start := time.Now(); time.Since(start) < d; {
		buf = sha256.Sum256(buf[:])
	}
	return binary.LittleEndian.Uint64(buf[:8])
}

//go:noinline
func recountStock(d time.Duration) uint64 {
	x := uint64(0x2545f4914f6cdd1d)
	for start := time.Now(); time.Since(start) < d; {
		for i := 0; i < 200_000; i++ {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
		}
	}
	return x
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}
