import { installQuietLogger } from '../../log/runtime-logger.js';
import { NativeConnection } from '@temporalio/worker';
import { createSessionWorkers } from '../session-workers.js';
import { createTestActivities, fakeRegistry } from './activities.js';

/** A session worker process for multi-process tests: argv = address, namespace, base queue; events as JSON lines on stdout. */
async function main(): Promise<void> {
  const [address, namespace, taskQueue] = process.argv.slice(2);
  if (!address || !namespace || !taskQueue)
    throw new Error('usage: worker-process <address> <namespace> <base-queue>');
  installQuietLogger();
  const emit = (event: string, data: object = {}) =>
    process.stdout.write(`${JSON.stringify({ event, pid: process.pid, ...data })}\n`);
  const registry = fakeRegistry();
  const connection = await NativeConnection.connect({ address });
  const workers = await createSessionWorkers({
    connection,
    namespace,
    taskQueue,
    registry,
    maxConcurrentSessions: 2,
    holderHeartbeatThrottleInterval: '500ms',
    activities: createTestActivities({
      registry,
      source: { token: 'v1' },
      onWorkStarted: (sessionId) => emit('work-started', { sessionId }),
    }),
  });
  process.once('SIGTERM', () => void workers.shutdown());
  const running = workers.run();
  emit('ready', { taskQueue: workers.taskQueue });
  await running;
  await connection.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
