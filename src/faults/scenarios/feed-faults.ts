import { readFileSync } from 'node:fs';
import { feedScenario, fedTypes, feedVersionsOf, runsOf } from '../feed-scenario.js';
import { sleep } from '../in-context.js';
import type { Scenario } from '../scenario.js';

const round = (percent: number) => ({ round: { percent, types: [...fedTypes] } });

/** Waits until `file` contains `text`; false after `ms`. */
async function logSays(file: string, text: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (readFileSync(file, 'utf8').includes(text)) return true;
    await sleep(250);
  }
  return false;
}

/** `hotpot listen` SIGKILLed while events are in flight: Pub/Sub redelivers, nothing lost, no version twice. */
const listenerKill = feedScenario(
  'feed-listener-kill',
  'feed: listener SIGKILL mid-stream (redelivery)',
  { small: [1, 20], full: [2, 150] },
  async ({ ctx, scale, listen }) => {
    await ctx.emulator.control.setFeedFaults({ delayMs: [0, 1500] });
    let listener = await listen();
    const kills = scale === 'small' ? 1 : 4;
    for (let k = 0; k < kills; k++) {
      await ctx.truth.mutate(round(30));
      await sleep(ctx.prng.int(300, 1200));
      await ctx.workers.kill(listener);
      ctx.faults++;
      listener = await listen();
    }
    return { faultEndedAt: Date.now() };
  },
);

/**
 * The Pub/Sub server restarted: the test server keeps everything in memory, so the subscription and its undelivered
 * messages are gone (the worst case of a real subscription deleted or expired). The listener finds the subscription
 * gone, waits for it, and syncs every project once it is back.
 */
const pubsubRestart = feedScenario(
  'feed-pubsub-restart',
  'feed: Pub/Sub server restart (subscription and backlog lost)',
  { small: [1, 20], full: [2, 150] },
  async ({ ctx, scale, listen }) => {
    const feed = ctx.feed!;
    const listener = await listen();
    const problems: string[] = [];
    const restarts = scale === 'small' ? 1 : 2;
    for (let r = 0; r < restarts; r++) {
      await ctx.truth.mutate(round(10));
      await sleep(1000);
      await feed.stopServer();
      ctx.faults++;
      await ctx.truth.mutate(round(10));
      await feed.startServer();
      const marker = `subscription ${feed.subscription} is gone`;
      const before = readFileSync(listener.logFile, 'utf8').split(marker).length;
      const deadline = Date.now() + 90_000;
      let seen = false;
      while (!seen && Date.now() < deadline) {
        seen = readFileSync(listener.logFile, 'utf8').split(marker).length > before;
        if (!seen) await sleep(250);
      }
      if (!seen) problems.push(`the listener never reported the lost subscription (restart ${r + 1})`);
      await feed.create();
      if (!(await logSays(listener.logFile, 'its undelivered events are lost', 30_000)))
        problems.push('the listener did not sync after the subscription came back');
    }
    await ctx.truth.mutate(round(10));
    return { faultEndedAt: Date.now(), problems };
  },
);

/** Feed events and a slow full sync of the same project at once: neither rolls the other back. */
const syncRace = feedScenario(
  'feed-sync-race',
  'feed: events racing a full sync on one project',
  { small: [1, 20], full: [2, 150] },
  async ({ ctx, scale, listen }) => {
    await listen();
    await ctx.pace(scale === 'small' ? 120 : 60);
    let done = false;
    const syncs = ctx.syncAll().finally(() => (done = true));
    for (let r = 0; r < (scale === 'small' ? 6 : 20) && !done; r++) {
      await ctx.truth.mutate(round(10));
      ctx.faults++;
      await sleep(300);
    }
    await syncs;
    return { faultEndedAt: Date.now() };
  },
);

/** Events delayed past a full sync that read the newer state: they are stale and must change nothing. */
const staleAfterSync = feedScenario(
  'feed-stale-after-sync',
  'feed: stale events arriving after a newer sync',
  { small: [1, 20], full: [2, 150] },
  async ({ ctx, scale, listen }) => {
    await listen();
    for (let r = 0; r < (scale === 'small' ? 1 : 3); r++) {
      await ctx.emulator.control.setFeedFaults({ delayMs: [8000, 8000] });
      await ctx.truth.mutate(round(20));
      ctx.faults++;
      await ctx.syncAll();
    }
    await ctx.emulator.control.setFeedFaults({});
    await ctx.truth.mutate(round(10));
    return { faultEndedAt: Date.now() };
  },
);

/**
 * Lost feed messages: an instance changed three times, the second message dropped (with a whole round of others),
 * so the third event's prior asset is not the stored version. After the grace period that hole is a gap and the
 * listener syncs the project, which also repairs the changes whose only message was lost.
 */
const gapSync = feedScenario(
  'feed-gap-sync',
  'feed: lost messages, a gap by sequence triggers a sync',
  { small: [1, 20], full: [2, 150] },
  async ({ ctx, listen }) => {
    await listen({ HOTPOT_GCP_FEED_HOLE_GRACE_SECONDS: '2' });
    const problems: string[] = [];
    for (const project of ctx.projects) {
      const instance = ctx.truth.latest.get(project)!.resources.instances[0]!;
      const zone = String(instance['zone']).split('/').pop()!;
      const ref = {
        op: 'update' as const,
        project,
        type: 'instances' as const,
        name: String(instance.name),
        location: zone,
      };
      await ctx.truth.mutate({ ops: [{ ...ref, set: { description: 'before the gap' } }] });
      const deadline = Date.now() + 30_000;
      while ((await feedVersionsOf(ctx, project, String(instance.id))) < 1 && Date.now() < deadline)
        await sleep(200);
      await ctx.emulator.control.setFeedFaults({ drop: 1 });
      await ctx.truth.mutate({ ops: [{ ...ref, set: { description: 'lost' } }] });
      await ctx.truth.mutate({ round: { percent: 10, types: ['disks', 'networks'], projects: [project] } });
      ctx.faults++;
      await ctx.emulator.control.setFeedFaults({});
      await ctx.truth.mutate({ ops: [{ ...ref, set: { description: 'after the gap' } }] });
    }
    const deadline = Date.now() + 90_000;
    for (const project of ctx.projects) {
      while ((await runsOf(ctx, project)) < 2 && Date.now() < deadline) await sleep(500);
      if ((await runsOf(ctx, project)) < 2) problems.push(`the gap in ${project} started no sync`);
    }
    return { faultEndedAt: Date.now(), problems };
  },
);

/** The change-feed fault scenarios (issue 29). */
export const feedFaults: Scenario[] = [listenerKill, pubsubRestart, syncRace, staleAfterSync, gapSync];
