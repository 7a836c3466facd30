import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { temporal as proto } from '@temporalio/proto';
import protos from '@temporalio/proto';

const { History } = protos.temporal.api.history.v1;

/** A recorded workflow history as stored in src/ingest/workflows/histories/<name>.json. */
export interface HistoryFixture {
  workflowId: string;
  /** The history as protobuf JSON object (enums by name, int64 as strings, bytes as base64). */
  history: unknown;
}

/** The JSON form of a fetched history (protobufjs' own object form, which loads back losslessly). */
export function historyToFixture(workflowId: string, history: proto.api.history.v1.IHistory): HistoryFixture {
  const object = History.toObject(History.fromObject(history), {
    longs: String,
    enums: String,
    bytes: String,
  });
  return { workflowId, history: object };
}

/** The history of a fixture, ready for Worker.runReplayHistory. */
export function historyOfFixture(fixture: HistoryFixture): proto.api.history.v1.History {
  return History.fromObject(fixture.history as Record<string, unknown>);
}

/** The recorded histories shipped next to the built workflows (dist/ingest/workflows/histories). */
export const historiesDir = fileURLToPath(new URL('../workflows/histories/', import.meta.url));

/** Every recorded history, by file name without `.json`. */
export function readHistoryFixtures(dir = historiesDir): { name: string; fixture: HistoryFixture }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: f.slice(0, -'.json'.length),
      fixture: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as HistoryFixture,
    }));
}
