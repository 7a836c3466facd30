/**
 * Google's rules for a project id (workflow-safe, no imports): 6 to 30 lowercase letters, digits and hyphens,
 * starting with a letter and not ending with a hyphen; a legacy domain-scoped id (`example.com:my-project`)
 * carries its domain before a colon. Returns what is wrong with `id`, or undefined when Google could accept it.
 */
export function gcpProjectIdProblem(id: string): string | undefined {
  const colon = id.lastIndexOf(':');
  const domain = colon < 0 ? undefined : id.slice(0, colon);
  const name = colon < 0 ? id : id.slice(colon + 1);
  if (
    domain !== undefined &&
    !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(domain)
  )
    return `project id ${JSON.stringify(id)} has a domain prefix that is not a domain name`;
  if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(name))
    return (
      `project id ${JSON.stringify(id)} is not a Google Cloud project id: 6 to 30 lowercase letters, digits and ` +
      'hyphens, starting with a letter and not ending with a hyphen'
    );
  return undefined;
}

/** The problems of every invalid id among `ids`, one per id, in order. */
export function gcpProjectIdProblems(ids: readonly string[]): string[] {
  return ids.map(gcpProjectIdProblem).filter((p): p is string => p !== undefined);
}
