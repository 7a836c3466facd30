import assert from 'node:assert/strict';
import { it } from 'node:test';
import { hierarchyFromDocument, HierarchyError } from './hierarchy-document.js';
import { generateHierarchy } from './generate-hierarchy.js';

it('builds nested folders and places projects, Compute enabled unless services says otherwise', () => {
  const h = hierarchyFromDocument(
    {
      organizations: [{ id: '1', folders: [{ id: '2', folders: [{ id: '3' }] }] }],
      projects: [
        { id: 'deep-project', parent: 'folders/3' },
        { id: 'off-project', parent: 'organizations/1', services: [] },
      ],
    },
    ['loose-project'],
  );
  assert.deepEqual(
    h.foldersUnder('folders/2').map((f) => f.id),
    ['3'],
  );
  assert.deepEqual(
    h.projectsUnder('folders/3').map((p) => p.projectId),
    ['deep-project'],
  );
  assert.equal(h.project('deep-project')?.services.has('compute.googleapis.com'), true);
  assert.equal(h.project('off-project')?.services.size, 0);
  assert.equal(h.project('loose-project')?.parent, undefined);
  const number = h.project('deep-project')?.number ?? '';
  assert.match(number, /^\d{12}$/);
  assert.equal(h.project(number)?.projectId, 'deep-project');
});

it('refuses a parent outside the estate and an unknown lifecycle state, naming the project', () => {
  assert.throws(
    () => hierarchyFromDocument({ projects: [{ id: 'orphan-project', parent: 'folders/9' }] }),
    (err: unknown) => err instanceof HierarchyError && /orphan-project.*folders\/9/.test(err.message),
  );
  assert.throws(
    () =>
      hierarchyFromDocument({
        organizations: [{ id: '1' }],
        projects: [{ id: 'odd-project', parent: 'organizations/1', lifecycleState: 'GONE' as 'ACTIVE' }],
      }),
    HierarchyError,
  );
});

it('generates a folder tree of depth × fanout with projects spread over the leaves', () => {
  const doc = generateHierarchy({ projects: 40, depth: 2, fanout: 3, computeDisabledEvery: 10 });
  const h = hierarchyFromDocument(doc);
  assert.equal(h.folders.size, 3 + 9);
  assert.equal(h.allProjects().length, 40);
  assert.equal(h.allProjects().filter((p) => p.services.size === 0).length, 4);
  const leaves = [...h.folders.values()].filter((f) => h.foldersUnder(`folders/${f.id}`).length === 0);
  assert.equal(leaves.length, 9);
  assert.ok(h.allProjects().every((p) => leaves.some((f) => `folders/${f.id}` === p.parent)));
});
