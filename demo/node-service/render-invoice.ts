import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('traceprof-demo/checkout');

/** Prices every invoice line with a deliberately slow tax lookup; returns the total in cents. */
export function renderInvoice(lines: number): number {
  return tracer.startActiveSpan('render invoice', (span) => {
    let total = 0;
    for (let i = 0; i < lines; i++) total += priceLine(i);
    span.setAttribute('invoice.lines', lines);
    span.end();
    return total;
  });
}

function priceLine(line: number): number {
  return 100 + (line % 7) * 25 + taxFor(line);
}

/** The hot spot: finds the line's tax bracket by trial division. */
function taxFor(line: number): number {
  let primes = 0;
  for (let n = 2; n < 2000 + (line % 50); n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) primes++;
  }
  return primes % 13;
}
