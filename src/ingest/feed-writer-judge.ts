import { isDeepStrictEqual } from 'node:util';
import type { ResourceDefinition } from '../provider/resource.js';
import type { FeedChange, FeedResult } from './feed-writer.js';
import { rowJson } from './feed-writer-row.js';
import { seenEnd, seenStart, type BatchVersion, type ResourceState } from './feed-writer-state.js';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Judges one change against what the batch knows of its resource and records its effect in `state` (written by
 * the batch at the end): a new version at the change's time (current row replaced), a deletion, a version put into
 * history where a reordered event belongs, or nothing (`duplicate`, `stale`, `rejected`). The open version's own
 * content again is a duplicate unless it is a change of its own (`comesBack`) or older than the feed event that
 * opened the version (it belongs to an earlier interval, where `fillIn` judges it).
 */
export function judgeChange(
  state: ResourceState,
  resource: ResourceDefinition,
  change: FeedChange,
  nowMs: number,
): FeedResult {
  const vs = state.versions;
  const latest = vs.at(-1);
  const open = latest !== undefined && latest.validTo === null;
  const T = change.time.getTime();
  if (!latest) {
    const tomb = tombstone(state);
    if (change.item === null) {
      if (tomb !== undefined) return { outcome: 'duplicate' };
      record(state, change, T);
      return { outcome: 'applied' };
    }
    if (tomb !== undefined && tomb > T) return insertClosed(state, resource, change, tomb);
  }
  if (change.item === null && !open) return { outcome: 'duplicate' };
  if (
    change.item !== null &&
    open &&
    isDeepStrictEqual(latest.raw, change.item) &&
    !comesBack(latest, change) &&
    !(latest.feedStart !== null && T < latest.feedStart)
  )
    return { outcome: 'duplicate' };
  if (latest) {
    const observed = latest.validTo === null ? seenStart(latest) : (seenEnd(latest) ?? latest.validTo);
    if (observed >= T) return change.item === null ? { outcome: 'stale' } : fillIn(state, resource, change);
  }
  const listedMeanwhile = open && latest.feedStart === null && T <= latest.validFrom;
  if (listedMeanwhile && change.prior !== undefined && !isDeepStrictEqual(latest.raw, change.prior))
    return { outcome: 'stale' };
  const hole =
    open &&
    latest.feedStart !== null &&
    change.prior !== undefined &&
    !isDeepStrictEqual(latest.raw, change.prior);
  const json = change.item === null ? '' : rowJson(resource, change.id, change.item);
  if (typeof json !== 'string') return { outcome: 'rejected', error: json.error };
  const bound = latest ? (latest.validTo ?? latest.validFrom) + 1 : 0;
  const t = Math.max(Math.min(T, nowMs), bound);
  state.currentDirty = true;
  if (open) Object.assign(latest, { validTo: t, setEnd: true });
  const rec = record(state, change, t);
  if (change.item === null) {
    Object.assign(latest!, { deletedAt: t, feedEnd: rec.deleted ? rec.event : null, listedEnd: null });
  } else {
    vs.push({
      ...added(json, change.item, latest?.firstSeen ?? iso(t), t, null, null),
      feedStart: rec.deleted ? null : rec.event,
    });
  }
  return hole ? { outcome: 'applied', hole } : { outcome: 'applied' };
}

/**
 * A change older than what the store observed: its version goes into history when feed events bound the interval
 * it falls in (the version it splits began before it, and the next boundary is a later feed event), else `stale`.
 */
function fillIn(state: ResourceState, resource: ResourceDefinition, change: FeedChange): FeedResult {
  const vs = state.versions;
  const T = change.time.getTime();
  const i = vs.findIndex((v) => v.validFrom <= T && (v.validTo === null || v.validTo > T));
  const v = vs[i];
  if (v && isDeepStrictEqual(v.raw, change.item) && !comesBack(v, change)) return { outcome: 'duplicate' };
  const next = vs[i + 1];
  const endByFeed = v && v.validTo !== null && (next ? (next.feedStart ?? 0) > T : (v.feedEnd ?? 0) > T);
  const first = vs[0]!;
  const beforeFirst = !v && T < first.validFrom && (first.feedStart ?? 0) > T;
  if (!(v && endByFeed && seenStart(v) < T) && !beforeFirst) return { outcome: 'stale' };
  const json = rowJson(resource, change.id, change.item);
  if (typeof json !== 'string') return { outcome: 'rejected', error: json.error };
  const rec = record(state, change, T);
  const feedStart = rec.deleted ? null : rec.event;
  if (v) {
    const version = added(json, change.item, v.firstSeen, T, v.validTo, v.deletedAt);
    vs.splice(i + 1, 0, { ...version, feedStart, feedEnd: v.feedEnd, listedEnd: v.listedEnd });
    Object.assign(v, { validTo: T, deletedAt: null, feedEnd: null, listedEnd: null, setEnd: true });
  } else {
    for (const w of vs) Object.assign(w, { firstSeen: iso(T), setFirstSeen: true });
    vs.unshift({ ...added(json, change.item, iso(T), T, first.validFrom, null), feedStart });
    state.currentDirty = true;
  }
  return { outcome: 'applied' };
}

/** A version that lived from the change until `end`, when its deletion arrived before it: history only. */
function insertClosed(
  state: ResourceState,
  resource: ResourceDefinition,
  change: FeedChange,
  end: number,
): FeedResult {
  const json = rowJson(resource, change.id, change.item);
  if (typeof json !== 'string') return { outcome: 'rejected', error: json.error };
  const T = change.time.getTime();
  const rec = record(state, change, T);
  const gone = state.records.get(end);
  state.versions.push({
    ...added(json, change.item, iso(T), T, end, end),
    feedStart: rec.deleted ? null : rec.event,
    feedEnd: gone?.deleted ? gone.event : null,
  });
  return { outcome: 'applied' };
}

/**
 * Whether a change whose object equals the version `v` is nevertheless a change of its own: not the event that
 * opened `v`, newer than the store's observation of `v`, and from a prior object other than `v`'s (the content went
 * away and came back, A→B→A, and the event for A→B has not arrived yet). Taking it for a duplicate would let the
 * late A→B event become the resource's last version.
 */
function comesBack(v: BatchVersion, change: FeedChange): boolean {
  const T = change.time.getTime();
  return (
    v.feedStart !== T &&
    change.prior !== undefined &&
    !isDeepStrictEqual(v.raw, change.prior) &&
    seenStart(v) < T
  );
}

/** When the feed deleted an id the store never held (its deletion arrived first), in ms. */
function tombstone(state: ResourceState): number | undefined {
  let max: number | undefined;
  for (const r of state.records.values())
    if (r.deleted && (max === undefined || r.event > max)) max = r.event;
  return max;
}

/** Records the change in `feed_versions` at `t` unless a record holds that time already; returns the one that does. */
function record(state: ResourceState, change: FeedChange, t: number) {
  const held = state.records.get(t);
  if (held) return held;
  const rec = { deleted: change.item === null, event: change.time.getTime(), messageId: change.messageId };
  state.records.set(t, rec);
  return rec;
}

function added(
  json: string,
  raw: unknown,
  firstSeen: string,
  validFrom: number,
  validTo: number | null,
  deletedAt: number | null,
): BatchVersion {
  return {
    validFrom,
    validTo,
    deletedAt,
    raw,
    firstSeen,
    json,
    feedStart: null,
    feedEnd: null,
    listedStart: null,
    listedEnd: null,
  };
}
