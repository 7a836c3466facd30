/** A closed port range [first, last] (0–65535). */
export type PortRange = readonly [number, number];

/** Every port. */
export const ALL_PORTS: PortRange = [0, 65535];

/** Google's protocol names by IANA number (firewall `IPProtocol`, forwarding rule `IPProtocol`). */
export const NUMBERS: Record<string, string> = {
  '1': 'icmp',
  '6': 'tcp',
  '17': 'udp',
  '50': 'esp',
  '51': 'ah',
  '94': 'ipip',
  '132': 'sctp',
};

/** Protocols whose firewall entries may name ports (Google: tcp, udp, sctp). */
export const PORT_PROTOCOLS = ['tcp', 'udp', 'sctp'];

/** A protocol as firewall rules and forwarding rules name it, lowercased; numbers of named protocols become names. */
export function normalizeProtocol(protocol: string): string {
  const lower = protocol.trim().toLowerCase();
  return NUMBERS[lower] ?? lower;
}

/** True when the protocol carries ports. */
export function hasPorts(protocol: string): boolean {
  return PORT_PROTOCOLS.includes(protocol);
}

/** Parses `22` or `8000-8080` into a range; null when malformed. */
export function parsePortRange(text: string): PortRange | null {
  const match = /^\s*(\d{1,5})(?:\s*-\s*(\d{1,5}))?\s*$/.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  return first <= last && last <= 65535 ? [first, last] : null;
}

/** Intersects two sorted lists of disjoint ranges. */
export function intersectPorts(a: readonly PortRange[], b: readonly PortRange[]): PortRange[] {
  const out: PortRange[] = [];
  for (const [a0, a1] of a)
    for (const [b0, b1] of b) {
      const first = Math.max(a0, b0);
      const last = Math.min(a1, b1);
      if (first <= last) out.push([first, last]);
    }
  return out.sort((x, y) => x[0] - y[0]);
}

/** `22`, `80-81`, or `all` for every port. */
export function formatPorts([first, last]: PortRange): string {
  if (first === 0 && last === 65535) return 'all';
  return first === last ? String(first) : `${first}-${last}`;
}
