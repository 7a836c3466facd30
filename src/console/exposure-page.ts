import { parsePort, parseProtocol } from '../query/user-input.js';
import { exposure } from '../query/exposure/exposure.js';
import { formatTime } from './format.js';
import { html, Html } from './html.js';
import type { Page } from './page.js';
import { link, param, resourcePath } from './page-request.js';
import { servicesSections } from './services-sections.js';

const SHOWN = 500;

/**
 * Instances the internet can reach (now or as of the picker's time): address, protocol, ports, deciding rule;
 * then the Google services' exposure and the findings, for the same project and time.
 */
export const exposurePage: Page = async (tx, request) => {
  const project = param(request, 'project');
  const protocolText = param(request, 'protocol');
  const portText = param(request, 'port');
  const protocol = protocolText === undefined ? undefined : parseProtocol(protocolText, 'protocol');
  const portNumber = portText === undefined ? undefined : parsePort(portText, 'port');
  const result = await exposure(tx, {
    ...(project !== undefined && { project }),
    ...(protocol !== undefined && { protocol }),
    ...(portNumber !== undefined && { port: portNumber }),
    ...(request.asOf !== undefined && { asOf: request.asOf }),
  });
  const services = await servicesSections(tx, {
    ...(project !== undefined && { project }),
    ...(request.asOf !== undefined && { asOf: request.asOf }),
  });
  const instances = new Set(result.rows.map((r) => `${r.scope}/${r.instance_id}`)).size;
  const swap = new Html('hx-target="#results" hx-swap="outerHTML" hx-push-url="true"');
  const results = html`<div id="results">
    <p class="sub">
      <span id="exposure-count">${result.rows.length}</span> exposures on ${instances} instances
      ${request.asOf ? html`as of ${formatTime(request.asOf)}` : 'now'}${result.rows.length > SHOWN
        ? html`; the first ${SHOWN} shown (narrow with the filters, or read the JSON)`
        : ''}.
    </p>
    ${result.rows.length === 0
      ? html`<div class="empty">No instance is reachable from the internet with these filters.</div>`
      : html`<table id="exposure">
          <thead>
            <tr>
              <th>Instance</th>
              <th>Project</th>
              <th>Address</th>
              <th>Via</th>
              <th>Protocol</th>
              <th>Ports</th>
              <th>Source</th>
              <th>Source ranges</th>
              <th>Level</th>
              <th>Rule</th>
              <th>Priority</th>
            </tr>
          </thead>
          <tbody>
            ${result.rows.slice(0, SHOWN).map(
              (r) =>
                html`<tr>
                  <td>
                    <a href="${link(request, resourcePath('instances', r.scope, r.instance_id))}"
                      >${r.instance_name}</a
                    >
                  </td>
                  <td>${r.scope}</td>
                  <td>${r.address}</td>
                  <td>${r.via}</td>
                  <td>${r.protocol}</td>
                  <td>${r.ports}</td>
                  <td>${r.source_class}</td>
                  <td>${r.source_ranges.map((s) => html`<span class="item">${s}</span>`)}</td>
                  <td class="level">${r.rule_level}</td>
                  <td>
                    ${r.rule_name}${r.narrowed_by.length > 0
                      ? html` <span class="muted">(narrowed by ${r.narrowed_by.join(', ')})</span>`
                      : ''}
                  </td>
                  <td>${r.rule_priority}</td>
                </tr>`,
            )}
          </tbody>
        </table>`}
    <ul class="notes">
      ${result.notes.map((n) => html`<li>${n}</li>`)}
    </ul>
    ${services.body}
  </div>`;
  const body = html`<h1>Exposure</h1>
    <p class="sub">
      Instances reachable from the internet by external address or external load balancer, evaluated as Google
      does (hierarchical policies, VPC rules, network policies), with the rule that decides and its level.
    </p>
    <form
      class="filters"
      method="get"
      action="/exposure"
      hx-get="/exposure"
      ${swap}
      hx-trigger="submit, change"
    >
      ${request.asOf
        ? html`<input type="hidden" name="as_of" value="${request.query.get('as_of') ?? ''}" />`
        : ''}
      <label>Project<input name="project" value="${project ?? ''}" placeholder="any" /></label>
      <label>Protocol<input name="protocol" value="${protocol ?? ''}" placeholder="any" /></label>
      <label
        >Port<input name="port" value="${portNumber ?? ''}" placeholder="any" inputmode="numeric"
      /></label>
      <button type="submit">Filter</button>
    </form>
    ${results}`;
  return {
    section: 'exposure',
    title: 'Exposure',
    data: {
      asOf: request.asOf ?? null,
      rows: result.rows,
      notes: result.notes,
      services: services.exposure,
      findings: services.findings,
    },
    body,
    fragment: results,
  };
};
