/** One environment variable and the config key (YAML path) it sets; `list` values are comma-separated. */
export interface EnvVar {
  name: string;
  key: string;
  list?: boolean;
}

/** Every environment variable Hotpot reads; each overrides the same key from the YAML file. */
export const ENV_VARS: readonly EnvVar[] = [
  { name: 'TEMPORAL_ADDRESS', key: 'temporal.address' },
  { name: 'TEMPORAL_NAMESPACE', key: 'temporal.namespace' },
  { name: 'HOTPOT_TASK_QUEUE', key: 'temporal.taskQueue' },
  { name: 'HOTPOT_TEMPORAL_UI_URL', key: 'temporal.uiUrl' },
  { name: 'HOTPOT_DATABASE_URL', key: 'database.url' },
  { name: 'HOTPOT_GCP_ENDPOINT', key: 'gcp.endpoint' },
  { name: 'HOTPOT_GCP_ALLOW_INSECURE_ENDPOINT', key: 'gcp.allowInsecureEndpoint' },
  { name: 'HOTPOT_GCP_PROJECTS', key: 'gcp.projects', list: true },
  { name: 'HOTPOT_GCP_REQUESTS_PER_MINUTE', key: 'gcp.requestsPerMinute' },
  { name: 'HOTPOT_GCP_PAGE_SIZE', key: 'gcp.pageSize' },
  { name: 'HOTPOT_GCP_PARENTS', key: 'gcp.discovery.parents', list: true },
  { name: 'HOTPOT_GCP_INCLUDE', key: 'gcp.discovery.include', list: true },
  { name: 'HOTPOT_GCP_EXCLUDE', key: 'gcp.discovery.exclude', list: true },
  { name: 'HOTPOT_GCP_LABELS', key: 'gcp.discovery.labels' },
  { name: 'HOTPOT_GCP_DISCOVERY_REQUESTS_PER_MINUTE', key: 'gcp.discovery.requestsPerMinute' },
  { name: 'HOTPOT_GCP_CREDENTIALS_SOURCE', key: 'gcp.credentials.source' },
  { name: 'GOOGLE_APPLICATION_CREDENTIALS', key: 'gcp.credentials.keyFile' },
  { name: 'HOTPOT_GCP_CREDENTIALS_JSON', key: 'gcp.credentials.json' },
  { name: 'VAULT_ADDR', key: 'gcp.credentials.vault.address' },
  { name: 'VAULT_NAMESPACE', key: 'gcp.credentials.vault.namespace' },
  { name: 'HOTPOT_VAULT_MOUNT', key: 'gcp.credentials.vault.mount' },
  { name: 'HOTPOT_VAULT_PATH', key: 'gcp.credentials.vault.path' },
  { name: 'HOTPOT_VAULT_FIELD', key: 'gcp.credentials.vault.field' },
  { name: 'VAULT_TOKEN', key: 'gcp.credentials.vault.token' },
  { name: 'VAULT_ROLE_ID', key: 'gcp.credentials.vault.roleId' },
  { name: 'VAULT_SECRET_ID', key: 'gcp.credentials.vault.secretId' },
  { name: 'HOTPOT_VAULT_AUTH_MOUNT', key: 'gcp.credentials.vault.authMount' },
  { name: 'HOTPOT_MAX_SESSIONS', key: 'worker.maxConcurrentSessions' },
  { name: 'HOTPOT_MAX_ACTIVITIES', key: 'worker.maxConcurrentActivities' },
  { name: 'HOTPOT_INVENTORY_CONCURRENCY', key: 'worker.inventoryConcurrency' },
  { name: 'HOTPOT_DELETION_MAX_SHARE', key: 'deletion.maxShare' },
  { name: 'HOTPOT_DELETION_MIN_ROWS', key: 'deletion.minRows' },
  { name: 'HOTPOT_LOG_LEVEL', key: 'log.level' },
  { name: 'HOTPOT_LOG_FORMAT', key: 'log.format' },
  { name: 'HOTPOT_METRICS_PORT', key: 'worker.metricsPort' },
  { name: 'HOTPOT_METRICS_HOST', key: 'worker.metricsHost' },
  { name: 'HOTPOT_CONSOLE_TOKEN', key: 'console.token' },
];
