import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface ProtoField {
  type: string;
  rule?: string;
  keyType?: string;
}
interface ProtoMessage {
  fields?: Record<string, ProtoField>;
  nested?: Record<string, ProtoMessage>;
  values?: Record<string, number>;
}

const require = createRequire(import.meta.url);
const protos = JSON.parse(
  readFileSync(require.resolve('@google-cloud/compute/build/protos/protos.json'), 'utf8'),
) as { nested: Record<string, ProtoMessage> };
const v1 = ['google', 'cloud', 'compute', 'v1'].reduce<ProtoMessage | undefined>((n, k) => n?.nested?.[k], {
  nested: protos.nested,
});
const stringTypes = new Set(['string', 'int64', 'uint64', 'sint64', 'fixed64', 'sfixed64', 'bytes']);
const numberTypes = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32', 'double', 'float']);

/**
 * Checks a JSON value against a message of Compute v1's protos.json (as shipped by @google-cloud/compute):
 * unknown fields and wrong types are reported; 64-bit integers must be strings, as REST JSON renders them.
 * Returns the problems found (empty when the value conforms).
 */
export function checkMessage(messageName: string, value: unknown, path = messageName): string[] {
  const message = v1?.nested?.[messageName];
  if (!message?.fields) return [`${path}: no message ${messageName} in protos.json`];
  return checkFields(message, messageName, value, path);
}

function checkFields(message: ProtoMessage, messageName: string, value: unknown, path: string): string[] {
  if (!message.fields) return [`${path}: ${messageName} is not a message`];
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return [`${path}: expected an object for ${messageName}`];
  const problems: string[] = [];
  for (const [key, fieldValue] of Object.entries(value)) {
    const field = message.fields[key];
    if (!field) {
      problems.push(`${path}.${key}: unknown field of ${messageName}`);
      continue;
    }
    const at = `${path}.${key}`;
    if (field.rule === 'repeated') {
      if (!Array.isArray(fieldValue)) problems.push(`${at}: expected an array`);
      else fieldValue.forEach((v, i) => problems.push(...checkValue(field.type, v, `${at}[${i}]`, message)));
    } else if (field.keyType) {
      if (fieldValue === null || typeof fieldValue !== 'object')
        problems.push(`${at}: expected a map object`);
      else
        for (const [k, v] of Object.entries(fieldValue as Record<string, unknown>))
          problems.push(...checkValue(field.type, v, `${at}[${k}]`, message));
    } else problems.push(...checkValue(field.type, fieldValue, at, message));
  }
  return problems;
}

function checkValue(type: string, value: unknown, path: string, parent: ProtoMessage): string[] {
  if (stringTypes.has(type))
    return typeof value === 'string'
      ? []
      : [`${path}: expected a string (${type}), got ${JSON.stringify(value)}`];
  if (numberTypes.has(type))
    return typeof value === 'number'
      ? []
      : [`${path}: expected a number (${type}), got ${JSON.stringify(value)}`];
  if (type === 'bool')
    return typeof value === 'boolean' ? [] : [`${path}: expected a boolean, got ${JSON.stringify(value)}`];
  const nested = parent.nested?.[type];
  if (nested?.values) return typeof value === 'string' ? [] : [`${path}: expected an enum string`];
  if (nested?.fields) return checkFields(nested, type, value, path);
  return checkMessage(type, value, path);
}
