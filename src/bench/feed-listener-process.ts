import { Client, Connection } from '@temporalio/client';
import type { HotpotConfig } from '../config/types.js';
import { startFeedListener } from '../feeds/start-listener.js';
import { openStore } from '../store/open-store.js';

/** What the feed phase's listener process is started with (JSON in HOTPOT_FEED_LISTENER_INPUT). */
export interface ListenerProcessInput {
  databaseUrl: string;
  pubsubHost: string;
  subscription: string;
  temporal: { address: string; namespace: string; taskQueue: string };
  maxOutstanding: number;
  maxEventAgeSeconds: number;
  holeGraceSeconds: number;
}

/** A request from the phase: `counts` while it runs, `stop` at the end (answered with every figure). */
export type ListenerRequest = { type: 'counts' } | { type: 'stop' };

async function main(): Promise<void> {
  const input = JSON.parse(process.env.HOTPOT_FEED_LISTENER_INPUT ?? '') as ListenerProcessInput;
  process.env.PUBSUB_EMULATOR_HOST = input.pubsubHost;
  const store = await openStore(input.databaseUrl, { poolSize: 6 });
  const connection = await Connection.connect({ address: input.temporal.address });
  const config = {
    gcp: {
      feeds: {
        subscriptions: [input.subscription],
        maxOutstanding: input.maxOutstanding,
        maxEventAgeSeconds: input.maxEventAgeSeconds,
        holeGraceSeconds: input.holeGraceSeconds,
      },
    },
    temporal: input.temporal,
  } as unknown as Pick<HotpotConfig, 'gcp' | 'temporal'>;
  const listener = await startFeedListener(config, {
    db: store.db,
    temporal: new Client({ connection, namespace: input.temporal.namespace }),
    log: (line) => process.stderr.write(`[listener] ${line}\n`),
  });
  let maxRss = 0;
  const sample = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 250);
  process.on('message', (m: ListenerRequest) => {
    void (async () => {
      const { outcomes, inFlight } = listener.stats;
      if (m.type === 'counts') return process.send!({ type: 'counts', outcomes, inFlight });
      await listener.stop();
      clearInterval(sample);
      const cpu = process.cpuUsage();
      process.send!({
        type: 'stop',
        stats: listener.stats,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        maxRssMb: Math.round(Math.max(maxRss, process.memoryUsage().rss) / 2 ** 20),
      });
      await connection.close();
      await store.close();
      process.disconnect();
    })();
  });
  process.send!({ type: 'ready' });
}

main().catch((err: Error) => {
  process.stderr.write(`[listener] ${err.stack ?? err.message}\n`);
  process.exit(1);
});
