import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { HotpotError } from '../errors.js';
import { readOnly } from '../query/read-only.js';
import { loadAssets } from './assets.js';
import { consoleTokenProblem } from '../config/console-token.js';
import { presentedToken, tokenCookie, tokenMatches } from './auth.js';
import { isLoopbackBind, isLoopbackHost, overTls, sameOriginTarget } from './request-guard.js';
import { errorPage, NotFound, type Page } from './page.js';
import { parseAsOf, type PageRequest } from './page-request.js';
import { checkText } from '../query/user-input.js';
import { layout } from './layout.js';
import { ROUTES } from './routes.js';

/** Where and how the console serves; `token` (when set) is required as a bearer token or cookie. */
export interface ConsoleOptions {
  db: Kysely<unknown>;
  host?: string;
  port?: number;
  token?: string;
  /** Serve a non-loopback address without a token (`--insecure-no-token`): anyone who reaches it reads the estate. */
  insecureNoToken?: boolean;
}

/** A running console. */
export interface RunningConsole {
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function pageRequest(req: FastifyRequest): PageRequest {
  const url = new URL(req.url, 'http://console');
  const now = new Date();
  for (const [name, value] of url.searchParams) checkText(value, checkText(name, 'a query parameter name'));
  for (const [name, value] of Object.entries(req.params as Record<string, string>))
    checkText(value, `the path's ${name}`);
  const request: PageRequest = {
    path: url.pathname,
    params: req.params as Record<string, string>,
    query: url.searchParams,
    now,
  };
  const asOf = parseAsOf(url.searchParams.get('as_of') ?? undefined, now);
  return asOf === undefined ? request : { ...request, asOf };
}

async function serve(
  db: Kysely<unknown>,
  page: Page,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const json = new URL(req.url, 'http://console').searchParams.get('format') === 'json';
  let request: PageRequest = { path: '/', params: {}, query: new URLSearchParams(), now: new Date() };
  try {
    request = pageRequest(req);
    const result = await readOnly(db, (tx) => page(tx, request));
    if (json) return void reply.type('application/json').send(JSON.stringify(result.data, null, 2));
    const partial =
      req.headers['hx-request'] === 'true' && req.headers['hx-history-restore-request'] !== 'true';
    const body =
      partial && result.fragment !== undefined
        ? result.fragment
        : layout(request, result.section, result.title, result.body);
    reply.type('text/html; charset=utf-8').send(body.text);
  } catch (err) {
    if (!(err instanceof HotpotError)) throw err;
    const status = err instanceof NotFound || /^(no |unknown )/.test(err.message) ? 404 : 400;
    if (json)
      return void reply
        .code(status)
        .type('application/json')
        .send(JSON.stringify({ error: err.message }));
    const shown = errorPage(err.message);
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(layout({ ...request, asOf: undefined }, shown.section, shown.title, shown.body).text);
  }
}

/**
 * Starts the web console: server-rendered pages over the store, every query in a read-only transaction, on
 * 127.0.0.1 unless `host` says otherwise. With a token, requests need it as a bearer token or as the cookie set
 * when it is given once as `?token=`; the token never appears in a page.
 */
export async function startConsole(options: ConsoleOptions): Promise<RunningConsole> {
  const token = options.token;
  const host = options.host ?? '127.0.0.1';
  const problem = token === undefined ? undefined : consoleTokenProblem(token, 'the console token');
  if (problem !== undefined) throw new HotpotError(problem);
  if (token === undefined && !isLoopbackBind(host) && options.insecureNoToken !== true)
    throw new HotpotError(
      `refusing to serve the console on ${host} without a token: anyone who reaches it would read the estate; ` +
        'set HOTPOT_CONSOLE_TOKEN or --token-file, or pass --insecure-no-token',
    );
  const app = Fastify({ logger: false });
  const assets = loadAssets();
  app.addHook('onRequest', async (req, reply) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    if (token === undefined) {
      if (options.insecureNoToken === true || isLoopbackHost(req.headers.host)) return;
      return reply
        .code(421)
        .type('text/plain')
        .send(
          'This console answers only loopback host names (localhost, 127.0.0.1, [::1]) when it has no token.',
        );
    }
    const url = new URL(req.url, 'http://console');
    const given = url.searchParams.get('token');
    if (given !== null) {
      url.searchParams.delete('token');
      if (!tokenMatches(given, token)) return reply.code(401).type('text/plain').send('wrong token');
      const secure = overTls(req.protocol, req.headers['x-forwarded-proto']);
      return reply
        .header('set-cookie', tokenCookie(token, secure))
        .redirect(sameOriginTarget(url.pathname, url.search), 303);
    }
    if (!tokenMatches(presentedToken(req.headers), token))
      return reply
        .code(401)
        .type('text/plain')
        .send(
          'This console needs its token: open it once with ?token=<token>, or send Authorization: Bearer <token>.',
        );
  });
  app.get('/assets/:name', async (req, reply) => {
    const asset = assets.get((req.params as { name: string }).name);
    if (asset === undefined) return reply.code(404).send('no such asset');
    return reply.header('cache-control', 'public, max-age=3600').type(asset.type).send(asset.body);
  });
  for (const route of ROUTES) app.get(route.path, (req, reply) => serve(options.db, route.page, req, reply));
  app.setNotFoundHandler((req, reply) =>
    serve(
      options.db,
      async () => {
        throw new NotFound(`no page at ${new URL(req.url, 'http://c').pathname}`);
      },
      req,
      reply,
    ),
  );
  const address = await listen(app, host, options.port ?? 0);
  const port = app.server.address();
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: typeof port === 'object' && port !== null ? `http://${shownHost}:${port.port}` : address,
    close: () => app.close(),
  };
}

/** Listens, turning a port in use or an address that does not resolve into one clear HotpotError. */
async function listen(app: FastifyInstance, host: string, port: number): Promise<string> {
  try {
    return await app.listen({ host, port });
  } catch (err) {
    await app.close().catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new HotpotError(`port ${port} on ${host} is already in use; pick another with --port`);
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
      throw new HotpotError(
        `cannot listen on ${host}: no such host name; use an IP address such as 127.0.0.1`,
      );
    if (code === 'EADDRNOTAVAIL')
      throw new HotpotError(`cannot listen on ${host}: not an address of this machine`);
    if (code === 'EACCES') throw new HotpotError(`not allowed to listen on port ${port} on ${host}`);
    throw err;
  }
}
