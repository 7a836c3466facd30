/** JSON for the dev control API that keeps Date values (timestamps come back as Dates, as from a local store). */
export function encodeWire(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const original = this[key];
    if (typeof v === 'bigint') return Number(v);
    return original instanceof Date ? { $date: original.toISOString() } : v;
  });
}

/** Reverses encodeWire. */
export function decodeWire<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && '$date' in v && Object.keys(v).length === 1
      ? new Date((v as { $date: string }).$date)
      : v,
  ) as T;
}
