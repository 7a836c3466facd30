import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compileGlob, filterReason, labelsMatch, parseLabelSelector, SelectorError } from './selectors.js';

it('parses label selectors and matches labels by documented semantics', () => {
  const terms = parseLabelSelector('env=prod, team,!legacy,tier!=db');
  const cases: [Record<string, string>, boolean][] = [
    [{ env: 'prod', team: 'a' }, true],
    [{ env: 'prod', team: 'a', tier: 'web' }, true],
    [{ env: 'prod', team: 'a', tier: 'db' }, false],
    [{ env: 'prod', team: 'a', legacy: 'yes' }, false],
    [{ env: 'dev', team: 'a' }, false],
    [{ env: 'prod' }, false],
  ];
  for (const [labels, expected] of cases)
    assert.equal(labelsMatch(labels, terms), expected, JSON.stringify(labels));
  assert.deepEqual(parseLabelSelector(''), []);
  assert.throws(() => parseLabelSelector('env==prod'), SelectorError);
  assert.throws(() => parseLabelSelector('!env=prod'), SelectorError);
});

it('matches globs on whole project ids', () => {
  const cases: [string, string, boolean][] = [
    ['prod-*', 'prod-web-1', true],
    ['prod-*', 'preprod-web', false],
    ['*-sandbox', 'team-a-sandbox', true],
    ['app-??', 'app-01', true],
    ['app-??', 'app-001', false],
    ['a.b', 'axb', false],
  ];
  for (const [glob, id, expected] of cases)
    assert.equal(compileGlob(glob).test(id), expected, `${glob} ${id}`);
});

it('filters by include, then exclude, then labels', () => {
  const filters = {
    include: ['prod-*', 'shared-*'],
    exclude: ['*-sandbox'],
    labels: parseLabelSelector('team'),
  };
  assert.equal(filterReason('prod-a', { team: 'x' }, filters), undefined);
  assert.match(filterReason('dev-a', { team: 'x' }, filters) ?? '', /no include pattern/);
  assert.match(filterReason('prod-sandbox', { team: 'x' }, filters) ?? '', /exclude pattern \*-sandbox/);
  assert.match(filterReason('shared-a', {}, filters) ?? '', /labels do not match team/);
  assert.equal(filterReason('anything', {}, {}), undefined);
});
