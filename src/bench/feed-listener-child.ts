import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { childReply } from './child-reply.js';
import type { FeedListener, FeedListenerStats } from '../feeds/feed-listener.js';
import type { ListenerProcessInput, ListenerRequest } from './feed-listener-process.js';

/** The listener as the feed phase sees it, in a process of its own or (a PGlite store) in the phase's. */
export interface PhaseListener {
  /** `own`: a process of its own, as `hotpot listen` runs; `shared`: the phase's process and event loop. */
  process: 'own' | 'shared';
  /** Messages handled (acknowledged with an outcome) and messages held unacknowledged. */
  counts(): Promise<{ handled: number; inFlight: number }>;
  /** Stops it; its figures, and what its process cost when it had its own. */
  stop(): Promise<{ stats: FeedListenerStats; cpuSeconds?: number; maxRssMb?: number }>;
}

const handledOf = (o: FeedListenerStats['outcomes']) =>
  o.applied + o.duplicate + o.stale + o.rejected + o.ignored;

/** Wraps a listener running in this process. */
export function sharedListener(listener: FeedListener): PhaseListener {
  return {
    process: 'shared',
    counts: () =>
      Promise.resolve({ handled: handledOf(listener.stats.outcomes), inFlight: listener.stats.inFlight }),
    stop: async () => {
      await listener.stop();
      return { stats: listener.stats };
    },
  };
}

/** Starts the listener in a process of its own (production wiring: `startFeedListener`) and waits until it listens. */
export async function forkListener(input: ListenerProcessInput): Promise<PhaseListener> {
  const child = fork(fileURLToPath(new URL('./feed-listener-process.js', import.meta.url)), {
    env: {
      ...process.env,
      METADATA_SERVER_DETECTION: process.env.METADATA_SERVER_DETECTION ?? 'none',
      HOTPOT_FEED_LISTENER_INPUT: JSON.stringify(input),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await reply(child, undefined, 'ready');
  return {
    process: 'own',
    counts: async () => {
      const r = (await reply(child, { type: 'counts' }, 'counts')) as {
        outcomes: FeedListenerStats['outcomes'];
        inFlight: number;
      };
      return { handled: handledOf(r.outcomes), inFlight: r.inFlight };
    },
    stop: async () => {
      const r = (await reply(child, { type: 'stop' }, 'stop')) as {
        stats: FeedListenerStats;
        cpuSeconds: number;
        maxRssMb: number;
      };
      await new Promise((resolve) =>
        child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve),
      );
      return r;
    },
  };
}

function reply(child: ChildProcess, request: ListenerRequest | undefined, type: string): Promise<unknown> {
  return childReply<{ type: string }, string>(child, 'the listener process', request, type);
}
