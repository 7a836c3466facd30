import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';

/**
 * A GET-only fetch over node's http(s) with certificate verification always on and, when given, the CA bundle
 * (PEM) a FortiGate's certificate chains to; the token stays in the headers it is given.
 */
export function deviceFetch(ca: string | undefined): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const headers = Object.fromEntries(new Headers(init?.headers).entries());
      const signal = init?.signal ?? undefined;
      if (signal?.aborted) return reject(signal.reason as Error);
      const options = { method: 'GET', headers, ...(signal && { signal }) };
      const onResponse = (res: IncomingMessage) => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers))
          if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
        resolve(
          new Response(Readable.toWeb(res) as ReadableStream<Uint8Array>, {
            status: res.statusCode ?? 0,
            headers: responseHeaders,
          }),
        );
      };
      const req =
        url.protocol === 'https:'
          ? httpsRequest(url, { ...options, rejectUnauthorized: true, ...(ca && { ca }) }, onResponse)
          : httpRequest(url, options, onResponse);
      req.on('error', reject);
      req.end();
    });
}
