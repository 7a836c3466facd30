/**
 * One request to an emulator's control API: JSON in, JSON out (an empty answer is undefined); a refusal throws an
 * error naming the emulator, the request, the status and the start of the answer.
 */
export async function controlCall<T>(
  emulator: string,
  base: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    ...(body !== undefined && {
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    }),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${emulator} control ${method} ${path}: HTTP ${response.status}: ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
