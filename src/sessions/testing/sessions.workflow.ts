import {
  closeSessionClient,
  completeSession,
  createSession,
  proxySessionActivities,
  runInSession,
  type SessionOptions,
} from '../workflow/index.js';
import type { TestActivities, UseClientResult } from './activities.js';

const activityOptions = { startToCloseTimeout: '30s', heartbeatTimeout: '5s' } as const;

/** Runs `count` UseClient calls at once in one session, then closes its client. */
export async function manyActivities(
  options: SessionOptions,
  count: number,
): Promise<{ taskQueue: string; results: UseClientResult[] }> {
  const session = await createSession(options);
  try {
    const { UseClient } = proxySessionActivities<TestActivities>(session, activityOptions);
    const results = await Promise.all(Array.from({ length: count }, () => UseClient()));
    await closeSessionClient(session);
    return { taskQueue: session.taskQueue, results };
  } finally {
    await completeSession(session);
  }
}

/** Runs `count` Work(ms) calls at once in one session. */
export async function parallelWork(
  options: SessionOptions,
  count: number,
  ms: number,
): Promise<UseClientResult[]> {
  const session = await createSession(options);
  try {
    const { Work } = proxySessionActivities<TestActivities>(session, activityOptions);
    return await Promise.all(Array.from({ length: count }, () => Work(ms)));
  } finally {
    await completeSession(session);
  }
}

/** Holds a session while one Work(ms) runs. */
export async function holdSession(options: SessionOptions, ms: number): Promise<UseClientResult> {
  const session = await createSession(options);
  try {
    return await proxySessionActivities<TestActivities>(session, activityOptions).Work(ms);
  } finally {
    await completeSession(session);
  }
}

/** Two sessions in a row with a credential rotation during the first: returns the tokens each call saw. */
export async function rotation(options: SessionOptions): Promise<string[]> {
  const tokens: string[] = [];
  const first = await createSession(options);
  try {
    const { UseClient, Rotate } = proxySessionActivities<TestActivities>(first, activityOptions);
    tokens.push((await UseClient()).token);
    await Rotate('v2');
    tokens.push((await UseClient()).token);
  } finally {
    await completeSession(first);
  }
  const second = await createSession(options);
  try {
    tokens.push((await proxySessionActivities<TestActivities>(second, activityOptions).UseClient()).token);
  } finally {
    await completeSession(second);
  }
  return tokens;
}

/**
 * Work in runInSession; reports how many sessions it took. The first session works `firstMs` (long enough to
 * be killed mid-activity however slow the test machine), later ones 100 ms.
 */
export async function workWithRecovery(
  options: SessionOptions,
  firstMs: number,
): Promise<{ attempts: number; result: UseClientResult }> {
  let attempts = 0;
  const result = await runInSession(options, async (session) => {
    attempts++;
    return await proxySessionActivities<TestActivities>(session, activityOptions).Work(
      attempts === 1 ? firstMs : 100,
    );
  });
  return { attempts, result };
}

/** Only creates a session (and completes it). */
export async function createOnly(options: SessionOptions): Promise<string> {
  const session = await createSession(options);
  await completeSession(session);
  return session.taskQueue;
}
