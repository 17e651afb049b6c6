export default function ExplorerPage() {
  return <main>traceprof</main>;
}
