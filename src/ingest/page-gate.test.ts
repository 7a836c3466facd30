import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PageGate } from './page-gate.js';

/** A listing of `pages` pages that records how many times it was asked for one. */
function listing(pages: number, fail?: Error) {
  const asked = { count: 0 };
  async function* gen() {
    for (let i = 0; i < pages; i++) {
      asked.count++;
      yield `page ${i}`;
    }
    if (fail) throw fail;
  }
  return { iterator: gen()[Symbol.asyncIterator](), asked };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('a listing does not call for a page while the limit of pages in hand is reached', async () => {
  const gate = new PageGate(2, 60_000);
  const a = gate.pages(listing(3).iterator);
  const b = gate.pages(listing(3).iterator);
  const c = listing(3);
  const cPages = gate.pages(c.iterator);
  assert.equal((await a.next()).value, 'page 0');
  assert.equal((await b.next()).value, 'page 0');
  assert.equal(gate.inHand, 2);
  const cFirst = cPages.next();
  await tick();
  await tick();
  assert.equal(c.asked.count, 0, 'the third listing waited at the gate');
  await a.return(undefined);
  assert.equal((await cFirst).value, 'page 0', 'the first listing gave its page back when it was closed');
  assert.equal(c.asked.count, 1);
  assert.equal(gate.inHand, 2);
  assert.equal(gate.peak, 2);
});

test('pages are given back when a listing ends, is closed early or fails', async () => {
  const gate = new PageGate(1, 60_000);
  for await (const page of gate.pages(listing(2).iterator)) assert.match(page, /page/);
  assert.equal(gate.inHand, 0, 'after the end');
  for await (const page of gate.pages(listing(5).iterator)) {
    assert.equal(page, 'page 0');
    break;
  }
  assert.equal(gate.inHand, 0, 'after an early close');
  const failing = gate.pages(listing(1, new Error('HTTP 500')).iterator);
  await failing.next();
  await assert.rejects(failing.next(), /HTTP 500/);
  assert.equal(gate.inHand, 0, 'after a failure');
});

test('a call waits at most maxWaitMs, heartbeating, when no page is given back', async () => {
  const gate = new PageGate(1, 20);
  const holder = gate.pages(listing(2).iterator);
  await holder.next();
  let heartbeats = 0;
  const waiter = listing(1);
  const pages = gate.pages(waiter.iterator, { onWait: () => void heartbeats++ });
  assert.equal((await pages.next()).value, 'page 0', 'the soft limit let the call through');
  assert.ok(heartbeats >= 1);
  assert.equal(gate.inHand, 2);
});

test('a heartbeat that throws (a cancelled activity) stops the wait', async () => {
  const gate = new PageGate(1, 60_000);
  const holder = gate.pages(listing(2).iterator);
  await holder.next();
  const waiter = listing(1);
  const pages = gate.pages(waiter.iterator, {
    onWait: () => {
      throw new Error('ingestion cancelled');
    },
  });
  const waiting = pages.next();
  await holder.next();
  await assert.rejects(waiting, /ingestion cancelled/);
  assert.equal(waiter.asked.count, 0);
  assert.equal(gate.inHand, 1);
});

test('the limit must be at least one page', () => {
  assert.throws(() => new PageGate(0), /pages in hand must be at least 1, got 0/);
});
