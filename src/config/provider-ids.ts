/**
 * The id rules of each provider's API, at the lowest floor so config, providers, client and workflows share them
 * (no imports: workflow-safe). A Google Cloud project id: 6 to 30 lowercase letters, digits and hyphens, starting
 * with a letter and not ending with a hyphen; a legacy domain-scoped id (`example.com:my-project`) carries its
 * domain before a colon.
 */
export const GCP_PROJECT_ID = /^(?:[a-z][a-z0-9.-]*[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

/** A SentinelOne object id as the API sends it: a decimal int64 (up to 19 digits) in a string, ordered as a number. */
export const S1_ID = /^[0-9]{1,19}$/;
