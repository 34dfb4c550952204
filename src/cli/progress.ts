// Progress on stderr: a bar on a terminal, plain lines otherwise. stdout carries only output.
export interface Progress {
  tick(label: string): void;
  done(): void;
}

export function progress(total: number, quiet: boolean): Progress {
  const err = process.stderr;
  if (quiet || total < 2) return { tick() {}, done() {} };
  let n = 0;
  if (err.isTTY) {
    return {
      tick(label) {
        n++;
        const width = 24;
        const filled = Math.round((n / total) * width);
        err.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${n}/${total} ${label.slice(-40).padEnd(40)}`);
      },
      done() { err.write('\n'); },
    };
  }
  return { tick(label) { n++; err.write(`detente: ${n}/${total} ${label}\n`); }, done() {} };
}
