import { ApplicationFailure } from '@temporalio/common';
import { VngFailureType } from './failure-types.js';

/** One VNG scope: a project in a region, written `<projectId>/<region>` (e.g. `pro-462803f3/HCM-3`). */
export interface VngScope {
  projectId: string;
  region: string;
}

/** A VNG project id as the API names it in paths (`pro-…`): letters, digits, `-` and `_`. */
export const VNG_PROJECT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
/** A VNG region as the config names it: `HCM-3`, `HAN-1`. */
export const VNG_REGION = /^[A-Za-z]{2,8}-[0-9]{1,3}$/;

/** Pure: the scope id of a project in a region. */
export function vngScopeId(projectId: string, region: string): string {
  return `${projectId}/${region}`;
}

/** Why `scope` is not a VNG scope id, or undefined. */
export function vngScopeProblem(scope: string): string | undefined {
  const [projectId, region, ...rest] = scope.split('/');
  if (rest.length || projectId === undefined || region === undefined)
    return `'${scope}' is not a VNG scope: write <projectId>/<region>, e.g. pro-462803f3/HCM-3`;
  if (!VNG_PROJECT_ID.test(projectId)) return `'${projectId}' in scope '${scope}' is not a VNG project id`;
  if (!VNG_REGION.test(region))
    return `'${region}' in scope '${scope}' is not a VNG region (e.g. HCM-3, HAN-1)`;
  return undefined;
}

/** The project and region of a scope id; a malformed one fails the scope for good (VngBadScope). */
export function parseVngScope(scope: string): VngScope {
  const problem = vngScopeProblem(scope);
  if (problem)
    throw ApplicationFailure.create({ type: VngFailureType.BadScope, message: problem, nonRetryable: true });
  const [projectId, region] = scope.split('/') as [string, string];
  return { projectId, region };
}
