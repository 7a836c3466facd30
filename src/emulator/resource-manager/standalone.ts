import { createServer } from 'node:http';
import { listen } from '../server.js';
import { FaultInjector } from '../faults.js';
import { hierarchyFromDocument, type HierarchyDocument } from './hierarchy-document.js';
import { handleResourceManager, type RmContext } from './rm-handler.js';

/** A Resource Manager + Service Usage emulator on its own port (tests, benches); `counts` are per method. */
export interface StandaloneRm extends RmContext {
  url: string;
  counts: Map<string, number>;
  close(): Promise<void>;
}

/** Serves `doc`'s hierarchy on 127.0.0.1 at a free port. */
export async function startStandaloneRm(doc: HierarchyDocument, seed = 1): Promise<StandaloneRm> {
  const counts = new Map<string, number>();
  const ctx: RmContext = {
    hierarchy: hierarchyFromDocument(doc),
    faults: new FaultInjector(seed),
    count: (_key, method) => counts.set(method, (counts.get(method) ?? 0) + 1),
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    handleResourceManager(ctx, req, res, url)
      .then((handled) => {
        if (!handled) res.writeHead(404).end();
      })
      .catch(() => res.destroy());
  });
  server.keepAliveTimeout = 60_000;
  const port = await listen(server, 0, '127.0.0.1');
  return {
    ...ctx,
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
