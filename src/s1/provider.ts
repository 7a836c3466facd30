import { ConfigError } from '../config/config-error.js';
import { CredentialsError } from '../config/credentials-error.js';
import type { Provider } from '../provider/provider.js';
import { permanentS1Failures } from './failure-types.js';
import { s1Kinds } from './kinds.js';
import { s1Resources } from './registry.js';
import { S1Caller } from './s1-caller.js';
import { createS1Client, type S1Client } from './s1-client.js';

/** SentinelOne: one management console (sites, groups, agents) on `s1.taskQueue`, when `s1.endpoint` is set. */
export const s1Provider: Provider<S1Client, S1Caller> = {
  name: 's1',
  kinds: s1Kinds,
  resources: s1Resources,
  permanentFailures: permanentS1Failures,
  howToConfigure: 'a SentinelOne console: set s1.endpoint (HOTPOT_S1_ENDPOINT) and a token',
  resourceClient: (session) => session,
  createCaller: (options) => new S1Caller(options),
  configured: (config) => config.s1 !== undefined,
  setup(config) {
    const s1 = config.s1;
    if (!s1)
      throw new ConfigError([
        { key: 's1.endpoint', message: 'not set (HOTPOT_S1_ENDPOINT): the s1 provider needs a console' },
      ]);
    return {
      taskQueue: s1.taskQueue,
      requestsPerMinute: s1.requestsPerMinute,
      pageSize: s1.pageSize,
      configuredScopes: [],
      async createClient(credentials) {
        if (!credentials.getS1Token)
          throw new CredentialsError('this worker has no SentinelOne token source (s1.*)');
        return createS1Client(await credentials.getS1Token(), s1.endpoint, {
          accountIds: s1.accountIds,
          ...(s1.maxResponseBytes !== undefined && { maxResponseBytes: s1.maxResponseBytes }),
        });
      },
    };
  },
};
