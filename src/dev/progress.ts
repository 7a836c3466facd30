/** Progress output: a rewritten status line on a TTY, plain lines (only when the text changes) otherwise. */
export interface Progress {
  /** Replaces the status line. */
  status(text: string): void;
  /** Prints a permanent line (clears the status line first). */
  line(text: string): void;
}

/** Progress on a stream (stderr by default, so stdout stays for results). */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let last = '';
  let open = false;
  const clear = () => {
    if (open) stream.write('\r\x1b[K');
    open = false;
  };
  return {
    status(text) {
      if (text === last) return;
      last = text;
      if (stream.isTTY) {
        clear();
        stream.write(text.slice(0, (stream.columns || 120) - 1));
        open = true;
      } else stream.write(`${text}\n`);
    },
    line(text) {
      clear();
      last = '';
      stream.write(`${text}\n`);
    },
  };
}
