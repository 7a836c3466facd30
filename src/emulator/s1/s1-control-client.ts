import { controlCall } from '../control-call.js';
import type { S1AgentStatePatch } from './s1-estate.js';
import { s1ControlPrefix } from './s1-server.js';
import type { S1Fault, S1GroundTruth, S1MutationResult } from './s1-state.js';

/** A typed client for the S1 emulator's control API (see docs/s1.md). */
export class S1ControlClient {
  private readonly base: string;

  constructor(url: string) {
    this.base = `${url.replace(/\/+$/, '')}${s1ControlPrefix}`;
  }

  /** Every site, group and agent now. */
  truth(): Promise<S1GroundTruth> {
    return this.call('GET', '/state');
  }

  /** One mutation round. */
  mutate(): Promise<S1MutationResult> {
    return this.call('POST', '/mutate');
  }

  /** Removes one agent (uninstalled and decommissioned), as a test's explicit change. */
  async removeAgent(id: string): Promise<void> {
    await this.call('DELETE', `/agents/${encodeURIComponent(id)}`);
  }

  /** Sets an agent's state flags (uninstalled, decommissioned, active), as the console would report them. */
  async setAgentState(id: string, patch: S1AgentStatePatch): Promise<void> {
    await this.call('PATCH', `/agents/${encodeURIComponent(id)}`, patch);
  }

  /** Queues faults for the next requests. */
  async addFaults(faults: S1Fault[]): Promise<void> {
    await this.call('POST', '/faults', { faults });
  }

  async clearFaults(): Promise<void> {
    await this.call('DELETE', '/faults');
  }

  /** Requests per collection so far. */
  requests(): Promise<Record<string, number>> {
    return this.call('GET', '/requests');
  }

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return controlCall<T>('S1 emulator', this.base, method, path, body);
  }
}
