import path from 'node:path';

interface TestEvent {
  type: string;
  data: { file?: string };
}

/** Events node reports as they happen (a file's queueing, `test:start` and `test:pass` are not). */
const live = new Set(['test:dequeue', 'test:complete']);

/**
 * A `node --test` reporter that writes each test file's wall time, from its first event to its last, as
 * `<ms>\t<file>` lines at the end of the run: the runner lists the slowest files after its totals.
 */
export default async function* fileTimes(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  const spans = new Map<string, { first: number; last: number }>();
  for await (const event of source) {
    const file = event.data.file;
    if (!file || !live.has(event.type)) continue;
    const now = Date.now();
    const span = spans.get(file);
    if (span) span.last = now;
    else spans.set(file, { first: now, last: now });
  }
  for (const [file, { first, last }] of spans)
    yield `${last - first}\t${path.relative(process.cwd(), file)}\n`;
}
