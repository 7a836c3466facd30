import { controlCall } from '../control-call.js';
import { vngControlPrefix } from './vng-server.js';
import type { VngFault, VngGroundTruth, VngMutationResult } from './vng-state.js';

/** A typed client for the VNG emulator's control API (see docs/vng.md). */
export class VngControlClient {
  private readonly base: string;

  constructor(url: string) {
    this.base = `${url.replace(/\/+$/, '')}${vngControlPrefix}`;
  }

  /** Every scope's objects now, in API form. */
  truth(): Promise<VngGroundTruth> {
    return this.call('GET', '/state');
  }

  /** One mutation round in every scope. */
  mutate(): Promise<VngMutationResult> {
    return this.call('POST', '/mutate');
  }

  /** Requests served so far, by collection (`token` for the IAM endpoint). */
  requests(): Promise<Record<string, number>> {
    return this.call('GET', '/requests');
  }

  /** Access tokens issued so far and those live now. */
  tokens(): Promise<{ issued: number; live: number }> {
    return this.call('GET', '/tokens');
  }

  /** Queues faults for the next matching requests. */
  async addFaults(faults: VngFault[]): Promise<void> {
    await this.call('POST', '/faults', { faults });
  }

  /** Drops every queued fault. */
  async clearFaults(): Promise<void> {
    await this.call('DELETE', '/faults');
  }

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return controlCall<T>('VNG emulator', this.base, method, path, body);
  }
}
