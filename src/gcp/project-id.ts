/**
 * Google's rule for a project id: 6 to 30 lowercase letters, digits and hyphens, starting with a letter and not
 * ending with a hyphen; a legacy domain-scoped id (`example.com:my-project`) carries its domain before a colon.
 * Workflow-safe (no imports): config, client and workflows check ids by this one rule.
 */
export const GCP_PROJECT_ID = /^(?:[a-z][a-z0-9.-]*[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

/** What is wrong with `id` as a project id, or undefined when Google could accept it. */
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
