/** Benchmarks: each figure is the median of several runs, printed as one `bench:` line. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `runs` times (after one warm-up) and returns the median of what it returns or takes. */
export async function medianOf(runs: number, fn: () => Promise<number> | number): Promise<number> {
  await fn();
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await fn());
  return median(values);
}

/** Times one call in milliseconds. */
export async function timeMs(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export function reportBench(name: string, value: number, unit: string, target?: string | number): void {
  const shown = value >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  console.log(`bench: ${name} ${shown} ${unit}${target === undefined ? '' : ` (target ${target})`}`);
}
