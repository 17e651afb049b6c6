/**
 * Demo load: steady requests to the checkout (Node.js) and inventory (Go) services, mostly fast
 * endpoints with a slow one now and then. Runs until stopped or for DEMO_LOAD_SECONDS.
 */
const node = process.env.DEMO_NODE_URL ?? 'http://127.0.0.1:8081';
const go = process.env.DEMO_GO_URL ?? 'http://127.0.0.1:8082';
const seconds = Number(process.env.DEMO_LOAD_SECONDS ?? 0);
const deadline = seconds > 0 ? Date.now() + seconds * 1000 : Infinity;

const targets = [
  { url: `${node}/cart?id=7`, weight: 6 },
  { url: `${node}/invoice?lines=2500`, weight: 2 },
  { url: `${node}/invoice?lines=6000`, weight: 1 },
  { url: `${go}/stock?sku=A-1`, weight: 6 },
  { url: `${go}/reconcile`, weight: 2 },
  { url: `${go}/reconcile?rounds=4000000`, weight: 1 },
  { url: `${go}/reserve?sku=A-1`, weight: 4 },
];
const total = targets.reduce((s, t) => s + t.weight, 0);

function pick(): string {
  let r = Math.random() * total;
  for (const t of targets) {
    r -= t.weight;
    if (r <= 0) return t.url;
  }
  return targets[0]?.url ?? node;
}

let sent = 0;
let failed = 0;
let running = true;
process.on('SIGTERM', () => (running = false));
process.on('SIGINT', () => (running = false));

async function worker(): Promise<void> {
  while (running && Date.now() < deadline) {
    try {
      const res = await fetch(pick());
      await res.arrayBuffer();
      sent++;
    } catch {
      failed++;
      await new Promise((r) => setTimeout(r, 500));
    }
    await new Promise((r) => setTimeout(r, 50 + Math.random() * 150));
  }
}

const report = setInterval(() => {
  console.log(`load: ${sent} requests sent, ${failed} failed`);
}, 10_000);
void Promise.all([worker(), worker(), worker()]).then(() => {
  clearInterval(report);
  console.log(`load: done, ${sent} requests sent, ${failed} failed`);
});
