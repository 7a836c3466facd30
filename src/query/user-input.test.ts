import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HotpotError } from '../errors.js';
import { checkText, parsePort, parseProtocol, parseTime, parseWholeNumber } from './user-input.js';

const now = new Date('2025-06-15T12:00:00Z');

test('parseTime: real calendar dates only, UTC without a zone, never before 1970 or after now', () => {
  const ok: [string, string][] = [
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2025-04-30T23:59:59Z', '2025-04-30T23:59:59.000Z'],
    ['2025-01-31T12:00', '2025-01-31T12:00:00.000Z'],
    ['2025-01-31T12:00:00+01:00', '2025-01-31T11:00:00.000Z'],
    ['2025-01-31 12:00:00.250Z', '2025-01-31T12:00:00.250Z'],
    ['-2h', '2025-06-15T10:00:00.000Z'],
    ['30m', '2025-06-15T11:30:00.000Z'],
    ['now', '2025-06-15T12:00:00.000Z'],
  ];
  for (const [text, iso] of ok) assert.equal(parseTime(text, '--as-of', { now }).toISOString(), iso, text);
  const bad: [string, RegExp][] = [
    ['2025-02-30', /'2025-02-30' is not a real date/],
    ['2023-02-29', /not a real date/],
    ['2025-04-31', /not a real date/],
    ['2025-13-01', /not a real date/],
    ['2025-01-01T24:00', /not a real date/],
    ['2025-01-01T12:60', /not a real date/],
    ['2025-01-01T12:00:00+25:00', /impossible zone offset/],
    ['2025-06-15T12:00:01Z', /in the future/],
    ['2099-01-01', /in the future/],
    ['-99999999999d', /before 1970/],
    ['1969-12-31', /before 1970/],
    ['yesterday', /is not a time/],
    ['2025-01-01junk', /is not a time/],
  ];
  for (const [text, message] of bad)
    assert.throws(
      () => parseTime(text, '--as-of', { now }),
      (e: unknown) => e instanceof HotpotError && /^--as-of /.test(e.message) && message.test(e.message),
      text,
    );
  assert.equal(
    parseTime('-1h', 'since', { now, base: new Date('2025-01-01T00:00:00Z') }).toISOString(),
    '2024-12-31T23:00:00.000Z',
    'relative to the as-of time',
  );
});

test('parsePort, parseProtocol, parseWholeNumber and checkText accept what the table says and name the input', () => {
  const cases: [() => unknown, unknown][] = [
    [() => parsePort('22', '--port'), 22],
    [() => parsePort('0', '--port'), 0],
    [() => parsePort('65535', '--port'), 65535],
    [() => parsePort('65536', '--port'), /--port '65536' is not a port/],
    [() => parsePort('0x16', '--port'), /is not a port/],
    [() => parsePort('1e3', '--port'), /is not a port/],
    [() => parsePort('-1', '--port'), /is not a port/],
    [() => parsePort('', '--port'), /is not a port/],
    [() => parseProtocol('tcp', '--protocol'), 'tcp'],
    [() => parseProtocol('UDP', '--protocol'), 'udp'],
    [() => parseProtocol('ipip', '--protocol'), 'ipip'],
    [() => parseProtocol('6', '--protocol'), 'tcp'],
    [() => parseProtocol('006', '--protocol'), 'tcp'],
    [() => parseProtocol('47', '--protocol'), '47'],
    [() => parseProtocol('0', '--protocol'), '0'],
    [() => parseProtocol('255', '--protocol'), '255'],
    [() => parseProtocol('all', '--protocol'), undefined],
    [() => parseProtocol('tpc', '--protocol'), /--protocol 'tpc' is not a protocol/],
    [() => parseProtocol('256', '--protocol'), /is not a protocol/],
    [() => parseProtocol('gre', '--protocol'), /is not a protocol/],
    [() => parseProtocol('-1', '--protocol'), /is not a protocol/],
    [() => parseWholeNumber('7', '--stale-days', 0, 100), 7],
    [
      () => parseWholeNumber('1e3', '--stale-days', 0, 100),
      /--stale-days '1e3' is not a whole number from 0 to 100/,
    ],
    [() => parseWholeNumber('101', '--stale-days', 0, 100), /is not a whole number/],
    [() => parseWholeNumber('2.5', '--stale-days', 0, 100), /is not a whole number/],
    [() => checkText('hotpot-demo-001', '--project'), 'hotpot-demo-001'],
    [() => checkText('a\u0000b', 'project'), /project contains the control character U\+0000/],
    [() => checkText('a\u001bb', '--project'), /U\+001B/],
    [() => checkText('x'.repeat(3000), 'q'), /at most 2048/],
  ];
  for (const [run, want] of cases) {
    if (want instanceof RegExp)
      assert.throws(run, (e: unknown) => e instanceof HotpotError && want.test(e.message), String(want));
    else assert.equal(run(), want);
  }
});
