/** Median wall time of `fn` in ms after a warm-up, repeating for at least `minMs` (and at least 5 runs). */
export async function medianMs(fn: () => unknown, { warmup = 3, minMs = 1000, maxRuns = 500 } = {}): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < 5 || (performance.now() - start < minMs && samples.length < maxRuns)) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}
