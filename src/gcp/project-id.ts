import { GCP_PROJECT_ID } from '../config/provider-ids.js';

/** What is wrong with `id` as a project id (by GCP_PROJECT_ID), or undefined when Google could accept it. Workflow-safe. */
export function gcpProjectIdProblem(id: string): string | undefined {
  if (GCP_PROJECT_ID.test(id)) return undefined;
  return (
    `project id ${JSON.stringify(id)} is not a Google Cloud project id: 6 to 30 lowercase letters, digits and ` +
    'hyphens, starting with a letter and not ending with a hyphen'
  );
}

/** The problems of every invalid id among `ids`, one per id, in order. */
export function gcpProjectIdProblems(ids: readonly string[]): string[] {
  return ids.map(gcpProjectIdProblem).filter((p): p is string => p !== undefined);
}
