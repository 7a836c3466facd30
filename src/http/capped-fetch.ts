/** Default cap on one response body: far above Google's largest page (a few MB for 500 instances) and S1's. */
export const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024;

/** A response body was larger than the cap: a malformed answer that fetching it again will not fix. */
export class ResponseTooLargeError extends Error {
  /** Stable code, for code that sees the error through a layer that keeps `code` but not the class. */
  readonly code = 'RESPONSE_TOO_LARGE';

  constructor(
    readonly limit: number,
    readonly configKey: string,
  ) {
    super(`response body exceeds the cap of ${limit} bytes (${configKey})`);
    this.name = 'ResponseTooLargeError';
  }
}

/** True when `err` or any error in its cause chain is a ResponseTooLargeError (by class, never by message text). */
export function isResponseTooLarge(err: unknown): boolean {
  for (let e = err; e instanceof Error; e = e.cause) if (e instanceof ResponseTooLargeError) return true;
  return false;
}

/** True when fetch decodes the body (gzip, br, deflate): its Content-Length then says nothing of the decoded size. */
function encoded(headers: Headers): boolean {
  const coding = headers.get('content-encoding');
  return coding !== null && coding.trim().toLowerCase() !== 'identity';
}

/**
 * A fetch whose response bodies are cut off at `maxBytes`: a larger Content-Length fails at once, and a chunked
 * or encoded body fails as soon as its decoded bytes pass the cap, so memory stays bounded whatever the server sends.
 * A plain body whose Content-Length is within the cap is passed through unwrapped (HTTP framing bounds it).
 */
export function cappedFetch(maxBytes: number, configKey: string, base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(maxBytes, configKey);
    }
    if (response.body === null) return response;
    if (declared <= maxBytes && !encoded(response.headers)) return response;
    const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
    let seen = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        seen += value.byteLength;
        if (seen > maxBytes) {
          await reader.cancel().catch(() => undefined);
          return controller.error(new ResponseTooLargeError(maxBytes, configKey));
        }
        controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    });
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
