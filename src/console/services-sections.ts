import type { Kysely } from 'kysely';
import { findings, type FindingRow } from '../query/services/findings.js';
import type { ServiceExposureRow } from '../query/services/evaluate-services.js';
import { servicesExposure } from '../query/services/services-exposure.js';
import { html, type Html } from './html.js';

/** The key age the console's findings use (the CLI's default). */
const KEY_AGE_DAYS = 90;

/** What the exposure page adds beyond Compute: `exposure --all-services` rows and `findings`, same scope. */
export interface ServicesSections {
  exposure: { rows: ServiceExposureRow[]; notes: string[] };
  findings: { rows: FindingRow[]; notes: string[] };
  body: Html;
}

/**
 * GKE control planes, Cloud SQL instances, buckets and Cloud Run services the internet reaches, and the identity
 * findings (old user-managed keys, primitive roles, the default compute account as editor), now or as of a time.
 */
export async function servicesSections(
  tx: Kysely<unknown>,
  scope: { project?: string; asOf?: Date },
): Promise<ServicesSections> {
  const exposed = await servicesExposure(tx, scope);
  const found = await findings(tx, { ...scope, keyAgeDays: KEY_AGE_DAYS });
  const body = html`<h2>Google services</h2>
    <p class="sub">
      <span id="services-count">${exposed.rows.length}</span> resources beyond Compute reachable from the
      internet.
    </p>
    ${exposed.rows.length === 0
      ? html`<div class="empty">
          No GKE control plane, Cloud SQL instance, bucket or Cloud Run service is public.
        </div>`
      : html`<table id="services-exposure">
          <thead>
            <tr>
              <th>Service</th>
              <th>Resource</th>
              <th>Project</th>
              <th>Location</th>
              <th>Access</th>
              <th>From</th>
              <th>Deciding setting</th>
            </tr>
          </thead>
          <tbody>
            ${exposed.rows.map(
              (r) =>
                html`<tr>
                  <td>${r.service}</td>
                  <td>${r.resource}</td>
                  <td>${r.scope}</td>
                  <td>${r.location}</td>
                  <td>${r.access}</td>
                  <td>${r.from}</td>
                  <td>${r.deciding_setting}</td>
                </tr>`,
            )}
          </tbody>
        </table>`}
    <ul class="notes">
      ${exposed.notes.map((n) => html`<li>${n}</li>`)}
    </ul>
    <h2>Findings</h2>
    <p class="sub">
      <span id="findings-count">${found.rows.length}</span> findings (user-managed keys older than
      ${KEY_AGE_DAYS} days, primitive roles of users or everyone, the default compute account as editor on
      running instances).
    </p>
    ${found.rows.length === 0
      ? html`<div class="empty">No finding.</div>`
      : html`<table id="findings">
          <thead>
            <tr>
              <th>Finding</th>
              <th>Resource</th>
              <th>Project</th>
              <th>Deciding setting</th>
              <th>Detail</th>
            </tr>
          </thead>
          <tbody>
            ${found.rows.map(
              (r) =>
                html`<tr>
                  <td>${r.finding}</td>
                  <td>${r.resource}</td>
                  <td>${r.scope}</td>
                  <td>${r.deciding_setting}</td>
                  <td>${r.detail}</td>
                </tr>`,
            )}
          </tbody>
        </table>`}
    <ul class="notes">
      ${found.notes.map((n) => html`<li>${n}</li>`)}
    </ul>`;
  return { exposure: exposed, findings: found, body };
}
