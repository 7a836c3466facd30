import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResourceCollection, storedJson } from './estate.js';

const zone = 'zones/us-east1-b';
const vm = (name: string, id: string) => ({ name, scope: zone, json: storedJson({ name, id }) });

describe('a resource collection found by object id', () => {
  it('finds a resource by its id, and follows puts, replacements and removals', () => {
    const c = new ResourceCollection([zone]);
    c.put(vm('a', '101'));
    c.put(vm('b', '102'));
    assert.equal(c.byId(zone, '102')?.name, 'b');
    assert.equal(c.byId('zones/other', '102'), undefined);
    c.put(vm('c', '103'));
    assert.equal(c.byId(zone, '103')?.name, 'c');
    c.put(vm('b', '202'));
    assert.equal(c.byId(zone, '102'), undefined);
    assert.equal(c.byId(zone, '202')?.name, 'b');
    c.remove(zone, 'a');
    assert.equal(c.byId(zone, '101'), undefined);
    c.insertBefore(vm('d', '104'), 'b');
    assert.equal(c.byId(zone, '104')?.name, 'd');
  });
});
