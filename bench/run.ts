/**
 * `npm run bench`: every benchmark, side by side in one run. Figures are printed, not asserted.
 * Pass names to run a subset: `npm run bench -- core cli`.
 */
type Bench = { name: string; load: () => Promise<() => Promise<void>> };

const benches: Bench[] = [
  { name: 'core', load: async () => (await import('./core')).benchCore },
  { name: 'core-numbers', load: async () => (await import('./core-numbers')).benchCoreNumbers },
  { name: 'cli', load: async () => (await import('./cli')).benchCli },
  { name: 'reader', load: async () => (await import('./reader')).benchReader },
  { name: 'bundle', load: async () => (await import('./bundle')).benchBundle },
  { name: 'pane', load: async () => (await import('./pane')).benchPane },
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  for (const bench of benches) {
    if (wanted.length > 0 && !wanted.includes(bench.name)) continue;
    console.log(`\n== ${bench.name} ==`);
    const run = await bench.load();
    await run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
