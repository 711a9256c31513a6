/** The few statistics the explorer benchmark prints; nearest-rank percentiles, no interpolation. */

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** "median (min–max)" in whole milliseconds. */
export function spread(values: readonly number[]): string {
  if (values.length === 0) return 'n/a';
  return `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
}

export function ratio(numerator: number, denominator: number): string {
  return Number.isFinite(numerator / denominator) ? `${(numerator / denominator).toFixed(2)}×` : 'n/a';
}

export function kib(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
