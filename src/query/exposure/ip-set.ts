/** An address family: IPv4 or IPv6. */
export type Family = 4 | 6;

/** A set of addresses of one family: sorted, disjoint, inclusive [first, last] intervals. */
export interface IpSet {
  family: Family;
  intervals: readonly (readonly [bigint, bigint])[];
}

const BITS: Record<Family, number> = { 4: 32, 6: 128 };

function parseV4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseV6(text: string): bigint | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  let value = 0n;
  for (const group of [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail]) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    value = (value << 16n) | BigInt(`0x${group}`);
  }
  return value;
}

/** Parses `a.b.c.d[/n]` or an IPv6 address `[/n]` into the set it denotes (host bits ignored); null when malformed. */
export function parseCidr(text: string): IpSet | null {
  const [address = '', length] = text.trim().split('/');
  const family: Family = address.includes(':') ? 6 : 4;
  const value = family === 4 ? parseV4(address) : parseV6(address);
  const bits = BITS[family];
  const prefix = length === undefined ? bits : /^\d{1,3}$/.test(length) ? Number(length) : NaN;
  if (value === null || !(prefix >= 0 && prefix <= bits)) return null;
  const size = 1n << BigInt(bits - prefix);
  const first = (value / size) * size;
  return { family, intervals: [[first, first + size - 1n]] };
}

/** The set of `cidrs` (all of one family), throwing on a malformed one. */
export function ipSet(family: Family, cidrs: readonly string[]): IpSet {
  let set = emptySet(family);
  for (const cidr of cidrs) {
    const parsed = parseCidr(cidr);
    if (!parsed || parsed.family !== family) throw new Error(`not an IPv${family} range: ${cidr}`);
    set = union(set, parsed);
  }
  return set;
}

/** The empty set of a family. */
export function emptySet(family: Family): IpSet {
  return { family, intervals: [] };
}

/** Every address of a family. */
export function fullSet(family: Family): IpSet {
  return { family, intervals: [[0n, (1n << BigInt(BITS[family])) - 1n]] };
}

/** True when the set holds no address. */
export function isEmpty(set: IpSet): boolean {
  return set.intervals.length === 0;
}

/** a ∪ b. */
export function union(a: IpSet, b: IpSet): IpSet {
  const all = [...a.intervals, ...b.intervals].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const out: [bigint, bigint][] = [];
  for (const [first, last] of all) {
    const top = out[out.length - 1];
    if (top && first <= top[1] + 1n) top[1] = last > top[1] ? last : top[1];
    else out.push([first, last]);
  }
  return { family: a.family, intervals: out };
}

/** a ∩ b. */
export function intersect(a: IpSet, b: IpSet): IpSet {
  const out: [bigint, bigint][] = [];
  let i = 0;
  let j = 0;
  while (i < a.intervals.length && j < b.intervals.length) {
    const [a0, a1] = a.intervals[i]!;
    const [b0, b1] = b.intervals[j]!;
    const first = a0 > b0 ? a0 : b0;
    const last = a1 < b1 ? a1 : b1;
    if (first <= last) out.push([first, last]);
    if (a1 < b1) i++;
    else j++;
  }
  return { family: a.family, intervals: out };
}

/** a − b. */
export function subtract(a: IpSet, b: IpSet): IpSet {
  const out: [bigint, bigint][] = [];
  for (const [first, last] of a.intervals) {
    let from = first;
    for (const [b0, b1] of b.intervals) {
      if (b1 < from || b0 > last) continue;
      if (b0 > from) out.push([from, b0 - 1n]);
      from = b1 + 1n;
      if (from > last) break;
    }
    if (from <= last) out.push([from, last]);
  }
  return { family: a.family, intervals: out };
}

/** True when the two sets hold the same addresses. */
export function sameSet(a: IpSet, b: IpSet): boolean {
  return (
    a.intervals.length === b.intervals.length &&
    a.intervals.every(([x, y], i) => x === b.intervals[i]![0] && y === b.intervals[i]![1])
  );
}
