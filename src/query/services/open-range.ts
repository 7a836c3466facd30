/**
 * True when a CIDR lets in a large share of the internet: IPv4 `/8` or wider outside 10.0.0.0/8, IPv6 `/16` or
 * wider outside fc00::/7 (so `0.0.0.0/0` and `::/0` always). A narrower public range (an office's /28) is a
 * deliberate allowance, not "anyone", and is not reported.
 */
export function isOpenRange(cidr: string): boolean {
  const m = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(cidr.trim());
  if (!m?.[1]) return false;
  const address = m[1];
  const v6 = address.includes(':');
  const prefix = m[2] === undefined ? (v6 ? 128 : 32) : Number(m[2]);
  if (!v6) {
    const first = Number(address.split('.')[0]);
    if (!Number.isInteger(first) || prefix > 8) return false;
    return prefix === 0 || first !== 10;
  }
  if (prefix > 16) return false;
  if (prefix === 0) return true;
  const head = parseInt(address.split(':')[0] || '0', 16);
  return (head & 0xfe00) !== 0xfc00;
}
