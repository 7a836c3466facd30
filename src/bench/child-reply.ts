import type { ChildProcess } from 'node:child_process';

/**
 * Sends `request` (if any) to a forked bench process and waits for its message of `type`; fails, naming the
 * process (`who`), if the child exits first.
 */
export function childReply<Reply extends { type: string }, T extends Reply['type']>(
  child: ChildProcess,
  who: string,
  request: object | undefined,
  type: T,
): Promise<Extract<Reply, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: Reply) => {
      if (message.type !== type) return;
      cleanup();
      resolve(message as Extract<Reply, { type: T }>);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`${who} exited (${code}) before answering ${type}`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    if (request) child.send(request);
  });
}
