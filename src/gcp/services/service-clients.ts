import type * as GoogleContainer from '@googleapis/container';
import type { container_v1 } from '@googleapis/container';
import type * as GoogleRm from '@googleapis/cloudresourcemanager';
import type { cloudresourcemanager_v3 } from '@googleapis/cloudresourcemanager';
import type * as GoogleIam from '@googleapis/iam';
import type { iam_v1 } from '@googleapis/iam';
import type * as GoogleRun from '@googleapis/run';
import type { run_v2 } from '@googleapis/run';
import type * as GoogleSql from '@googleapis/sqladmin';
import type { sqladmin_v1 } from '@googleapis/sqladmin';
import type * as GoogleStorage from '@googleapis/storage';
import type { storage_v1 } from '@googleapis/storage';
import { loadGoogleClient } from '../load-google-client.js';

/** The official clients of the services beyond Compute; each is built on first use, so a session builds only its own. */
export interface ServiceClients {
  readonly container: container_v1.Container;
  readonly sqladmin: sqladmin_v1.Sqladmin;
  readonly storage: storage_v1.Storage;
  readonly iam: iam_v1.Iam;
  /** Resource Manager v3, for the project's IAM policy. */
  readonly rm: cloudresourcemanager_v3.Cloudresourcemanager;
  /** Cloud Run Admin API v2. */
  readonly run: run_v2.Run;
}

/** What every client of a session shares: auth, root URL (the emulator's), and the capped fetch. */
export type ClientOptions = Record<string, unknown>;

/** Lazily built service clients sharing `options` (the same as the session's Compute client). */
export function lazyServiceClients(options: ClientOptions): ServiceClients {
  const cache = new Map<string, unknown>();
  const once = <T>(key: string, build: () => T): T => {
    if (!cache.has(key)) cache.set(key, build());
    return cache.get(key) as T;
  };
  return {
    get container() {
      return once('container', () => {
        const m = loadGoogleClient<typeof GoogleContainer>('@googleapis/container');
        return new m.container_v1.Container(options);
      });
    },
    get sqladmin() {
      return once('sqladmin', () => {
        const m = loadGoogleClient<typeof GoogleSql>('@googleapis/sqladmin');
        return new m.sqladmin_v1.Sqladmin(options);
      });
    },
    get storage() {
      return once('storage', () => {
        const m = loadGoogleClient<typeof GoogleStorage>('@googleapis/storage');
        return new m.storage_v1.Storage(options);
      });
    },
    get iam() {
      return once('iam', () => {
        const m = loadGoogleClient<typeof GoogleIam>('@googleapis/iam');
        return new m.iam_v1.Iam(options);
      });
    },
    get rm() {
      return once('rm', () => {
        const m = loadGoogleClient<typeof GoogleRm>('@googleapis/cloudresourcemanager');
        return new m.cloudresourcemanager_v3.Cloudresourcemanager(options);
      });
    },
    get run() {
      return once('run', () => {
        const m = loadGoogleClient<typeof GoogleRun>('@googleapis/run');
        return new m.run_v2.Run(options);
      });
    },
  };
}
