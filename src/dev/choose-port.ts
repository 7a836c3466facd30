import net from 'node:net';
import { freePort } from '../temporal/free-port.js';

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** `preferred` when it is free on 127.0.0.1, else a free port the OS picks. */
export async function choosePort(preferred: number): Promise<number> {
  return preferred > 0 && (await isFree(preferred)) ? preferred : freePort();
}
