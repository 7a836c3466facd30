import { escapeControls } from '../../text/controls.js';

/**
 * Makes everything the CLI writes to stdout terminal-safe: control and bidi characters from the data (an S1
 * `computerName` with ESC sequences, a name with U+202E) print as `\uXXXX`. In JSON output that is the same value,
 * since such characters only ever appear inside strings.
 */
export function installSafeStdout(stream: NodeJS.WriteStream = process.stdout): void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) =>
    write(typeof chunk === 'string' ? escapeControls(chunk) : chunk, ...rest)) as typeof stream.write;
}
