// Writing to stdout with back-pressure, so a large batch piped to another program is whole.
// A reader that goes away (\`detente extract ... | head\`) ends the run quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

export function writeOut(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = process.stdout.write(chunk, (err) => (err && (err as NodeJS.ErrnoException).code !== 'EPIPE' ? reject(err) : undefined));
    if (ok) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}
