import type { run_v2 } from '@googleapis/run';
import { serviceKind } from '../kinds.js';
import { coveredLocations } from '../locations.js';
import { serviceGetOrGone } from '../get-or-gone.js';
import { noRetry, type ServiceResource } from '../service-resource.js';
import { servicePages, type ServiceListing } from '../service-paging.js';
import { everyRegion, requireRunName } from './run-names.js';
import { expectName, runGone } from './service.js';

type Job = run_v2.Schema$GoogleCloudRunV2Job;
type ListBody = run_v2.Schema$GoogleCloudRunV2ListJobsResponse;

/**
 * Cloud Run v2 `jobs.list` over every region (`locations/-`), paged by `pageSize`. Its answer has no
 * `unreachable`: a region it could not reach fails the call, so a page that arrives covers every region.
 */
export const runJobsListing: ServiceListing<ListBody, Job> = {
  method: 'runJobs.list',
  envelope: { field: 'jobs' },
  items: (b) => b.jobs ?? [],
  coverage: () => coveredLocations([]),
};

/** Pure: a job → row (identity and egress of its tasks, how often it ran). */
export function convertRunJob(j: Job) {
  const { full, location, short } = requireRunName('job', j.name);
  const task = j.template?.template;
  return {
    id: full,
    name: short,
    location,
    creation_timestamp: j.createTime ?? null,
    service_account: task?.serviceAccount ?? null,
    vpc_connector: task?.vpcAccess?.connector ?? null,
    vpc_egress: task?.vpcAccess?.egress ?? null,
    execution_count: j.executionCount ?? null,
    launch_stage: j.launchStage ?? null,
  };
}

/** Cloud Run jobs (Admin API v2): service account, VPC access, executions. */
export const runJobResource: ServiceResource<Job> = {
  ...serviceKind('runJobs'),
  columns: {
    service_account: 'text',
    vpc_connector: 'text',
    vpc_egress: 'text',
    execution_count: 'integer',
    launch_stage: 'text',
  },
  listColumns: ['service_account', 'execution_count'],
  list: (client, ctx) =>
    servicePages<ListBody, Job>(ctx, runJobsListing, (pageToken) =>
      client.run.projects.locations.jobs.list(
        {
          parent: everyRegion(ctx.scope),
          pageSize: Math.min(ctx.pageSize, 500),
          ...(pageToken ? { pageToken } : {}),
        },
        noRetry,
      ),
    ),
  get: (client, ctx, ref) =>
    serviceGetOrGone(
      ctx.api,
      { ...runGone('runJobs.get', ref.id, ref.name), check: expectName(ref.id) },
      () => client.run.projects.locations.jobs.get({ name: ref.id }, noRetry),
    ),
  convert: convertRunJob,
  identify: (j) => requireRunName('job', j.name).full,
};
