import assert from 'node:assert/strict';
import { test } from 'node:test';
import { S1_EMULATOR_TOKEN, S1EstateError, startS1Emulator } from './index.js';

const host = (computerName: string, id?: string) => ({ computerName, ips: ['10.0.0.5'], ...(id && { id }) });

test('an estate whose agent id is not a decimal number is refused at load, naming the agent and the id', async () => {
  for (const id of ['agent-7', '12ab', '-1', '1.5', '12345678901234567890']) {
    await assert.rejects(
      startS1Emulator({ estate: { agents: [host('ok', '910000000000000001'), host('WIN-BAD', id)] } }),
      (e: unknown) =>
        e instanceof S1EstateError &&
        e.message.includes(`agents[1] ("WIN-BAD"): id "${id}" is not a SentinelOne id`),
      id,
    );
  }
});

test('numeric ids, given or made, are served and paged by the cursor', async () => {
  const emulator = await startS1Emulator({
    estate: { agents: [host('a', '910000000000000001'), host('b'), host('c', '910000000000000002')] },
  });
  try {
    const ids: string[] = [];
    let cursor: string | null | undefined;
    do {
      const url = new URL(`${emulator.url}/web/api/v2.1/agents`);
      url.searchParams.set('limit', '1');
      if (cursor) url.searchParams.set('cursor', cursor);
      const response = await fetch(url, { headers: { authorization: `ApiToken ${S1_EMULATOR_TOKEN}` } });
      assert.equal(response.status, 200);
      const body = (await response.json()) as {
        data: { id: string }[];
        pagination: { nextCursor: string | null };
      };
      ids.push(...body.data.map((a) => a.id));
      cursor = body.pagination.nextCursor;
    } while (cursor);
    assert.equal(ids.length, 3);
    assert.ok(ids.includes('910000000000000001') && ids.includes('910000000000000002'));
  } finally {
    await emulator.stop();
  }
});
