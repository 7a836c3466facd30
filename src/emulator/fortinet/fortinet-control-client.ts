import { controlCall } from '../control-call.js';
import { fortinetControlPrefix } from './fortinet-server.js';
import type { FortinetFault, FortinetMutationResult } from './fortinet-state.js';
import type { FortinetGroundTruth } from './fortinet-truth.js';

/** A typed client for the Fortinet emulator's control API (see docs/fortinet.md). */
export class FortinetControlClient {
  private readonly base: string;

  constructor(url: string) {
    this.base = `${url.replace(/\/+$/, '')}${fortinetControlPrefix}`;
  }

  /** Every scope's objects now. */
  truth(): Promise<FortinetGroundTruth> {
    return this.call('GET', '/state');
  }

  /** One mutation round. */
  mutate(): Promise<FortinetMutationResult> {
    return this.call('POST', '/mutate');
  }

  /** Creates or replaces one object of a VDOM table (`firewall/policy`, …), as an administrator's edit. */
  async upsert(device: string, vdom: string, table: string, object: Record<string, unknown>): Promise<void> {
    await this.call('PUT', '/objects', { device, vdom, table, object });
  }

  /** Deletes a VDOM of a device with all its objects (it leaves the device's `cmdb/system/vdom` list). */
  async removeVdom(device: string, vdom: string): Promise<void> {
    await this.call('DELETE', '/vdoms', { device, vdom });
  }

  /** Queues faults for the next matching requests. */
  async addFaults(faults: FortinetFault[]): Promise<void> {
    await this.call('POST', '/faults', { faults });
  }

  async clearFaults(): Promise<void> {
    await this.call('DELETE', '/faults');
  }

  /** Requests per `<device>/<vdom>/<table>` so far. */
  requests(): Promise<Record<string, number>> {
    return this.call('GET', '/requests');
  }

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return controlCall<T>('Fortinet emulator', this.base, method, path, body);
  }
}
