export { SessionRegistry, type CreateSessionClient, type SessionRegistryOptions } from './registry.js';
export { currentSessionId } from './activity-context.js';
export { createSessionWorkers, type SessionWorkers, type SessionWorkersOptions } from './session-workers.js';
export type { ActivityFn } from './session-activity.js';
export type { SessionHolderResult } from './holder-activity.js';
export { SessionFailureType, creationTaskQueue } from './workflow/protocol.js';
