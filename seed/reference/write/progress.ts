/**
 * A one-line progress bar on a terminal, for anything that takes longer than a second; silent
 * when the output is not a terminal (CI logs, pipes), where the summary table says it all.
 */
export function terminalProgress(label: string, stream: NodeJS.WriteStream = process.stderr): {
  update: (done: number, total: number) => void;
  finish: () => void;
} {
  const started = Date.now();
  let drawn = false;
  const width = 30;
  return {
    update(done, total) {
      if (!stream.isTTY || Date.now() - started < 1_000) return;
      const share = total === 0 ? 1 : done / total;
      const filled = Math.round(share * width);
      stream.write(`\r${label.padEnd(28)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\n');
    },
  };
}
