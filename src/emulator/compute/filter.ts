/** A compiled list filter: true when a resource matches. */
export type FilterPredicate = (resource: Record<string, unknown>) => boolean;

/** The filter uses syntax outside the supported subset; the server answers 400. */
export class UnsupportedFilterError extends Error {}

const token = /\s*(\(|\)|!=|=|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s()=!]+)/y;

/**
 * Compiles the supported subset of Compute's list filter: comparisons `field = value`, `field != value`
 * (`*` wildcards allowed), `field eq regex`, `field ne regex`, on dotted paths such as `name`, `status`
 * or `labels.env`, joined by whitespace or `AND`, each optionally in parentheses.
 */
export function compileFilter(filter: string): FilterPredicate {
  const tokens = tokenize(filter);
  const tests: FilterPredicate[] = [];
  let i = 0;
  while (i < tokens.length) {
    let open = false;
    if (tokens[i] === '(') {
      open = true;
      i++;
    }
    const [field, op, raw] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (field === undefined || op === undefined || raw === undefined || !/^[A-Za-z_][\w.]*$/.test(field))
      throw unsupported(filter);
    i += 3;
    if (open && tokens[i++] !== ')') throw unsupported(filter);
    tests.push(comparison(field.split('.'), op.toLowerCase(), unquote(raw), filter));
    if (tokens[i] === 'AND') i++;
  }
  if (tests.length === 0) throw unsupported(filter);
  return (resource) => tests.every((t) => t(resource));
}

function comparison(path: string[], op: string, value: string, filter: string): FilterPredicate {
  const get = (r: Record<string, unknown>) => scalarAt(r, path);
  if (op === '=' || op === '!=') {
    const glob = value.includes('*')
      ? new RegExp(`^${value.split('*').map(escapeRegExp).join('.*')}$`, 'u')
      : undefined;
    const eq = (v: string | undefined) => (glob ? v !== undefined && glob.test(v) : v === value);
    return op === '=' ? (r) => eq(get(r)) : (r) => !eq(get(r));
  }
  if (op === 'eq' || op === 'ne') {
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${value})$`, 'u');
    } catch {
      throw unsupported(filter);
    }
    const match = (r: Record<string, unknown>) => {
      const v = get(r);
      return v !== undefined && re.test(v);
    };
    return op === 'eq' ? match : (r) => !match(r);
  }
  throw unsupported(filter);
}

function scalarAt(resource: Record<string, unknown>, path: string[]): string | undefined {
  let cur: unknown = resource;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return typeof cur === 'string' || typeof cur === 'number' || typeof cur === 'boolean'
    ? String(cur)
    : undefined;
}

function tokenize(filter: string): string[] {
  const tokens: string[] = [];
  token.lastIndex = 0;
  while (token.lastIndex < filter.length) {
    if (/^\s*$/.test(filter.slice(token.lastIndex))) break;
    const m = token.exec(filter);
    if (!m?.[1]) throw unsupported(filter);
    tokens.push(m[1]);
  }
  return tokens;
}

function unquote(raw: string): string {
  if ((raw.startsWith('"') && raw.endsWith('"')) || (raw.startsWith("'") && raw.endsWith("'")))
    return raw.slice(1, -1).replace(/\\(.)/g, '$1');
  return raw;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function unsupported(filter: string): UnsupportedFilterError {
  return new UnsupportedFilterError(
    `Invalid value for field 'filter': '${filter}'. Invalid list filter expression.`,
  );
}
