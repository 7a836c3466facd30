import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { commandModules, commandsFor } from './index.js';

test('each command module registers exactly the command it is listed under', async () => {
  for (const [name, load] of Object.entries(commandModules)) {
    const program = new Command('hotpot');
    (await load())(program);
    assert.deepEqual(
      program.commands.map((c) => c.name()),
      [name],
      `commands/${name}`,
    );
  }
});

test('a named command loads its module alone; help, no command and unknown names load every module', async () => {
  assert.equal((await commandsFor(['node', 'hotpot', 'inventory', 'instances'])).length, 1);
  const all = Object.keys(commandModules).length;
  for (const argv of [
    ['node', 'hotpot'],
    ['node', 'hotpot', '--help'],
    ['node', 'hotpot', 'help', 'runs'],
    ['node', 'hotpot', 'inventroy'],
    ['node', 'hotpot', 'toString'],
  ])
    assert.equal((await commandsFor(argv)).length, all, argv.join(' '));
});
