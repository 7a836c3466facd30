/** The config package's public API: load once at the edge, read credentials per session, print redacted. */
export { loadConfig, type LoadConfigOptions } from './load-config.js';
export { createConfigService, type ConfigServiceDeps } from './config-service.js';
export { redactConfig } from './redact-config.js';
export { ConfigError, type ConfigProblem } from './config-error.js';
export { CredentialsError } from './credentials-error.js';
export { Secret, REDACTED } from './secret.js';
export { ENV_VARS, type EnvVar } from './env-vars.js';
export type * from './types.js';
export { LOG_LEVELS } from './types.js';
