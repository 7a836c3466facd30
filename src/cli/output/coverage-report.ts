import type { CoverageReport, UnprotectedInstance } from '../../query/coverage.js';
import { renderTable } from './table.js';

const WHY: Record<UnprotectedInstance['reason'], string> = {
  never: 'never had an agent',
  'agent-gone': 'agent gone',
  'agent-uninstalled': 'agent uninstalled',
  'agent-decommissioned': 'agent decommissioned',
  'agent-inactive': 'agent inactive on a running instance',
};

/** The coverage report as text: a summary line, then one table per non-empty section. */
export function renderCoverage(report: CoverageReport): string {
  const covered = new Set(report.covered.map((c) => `${c.instance.project}/${c.instance.id}`)).size;
  const by = (rule: string) => report.covered.filter((c) => c.by === rule).length;
  const parts = [
    `${report.instances} instances${report.asOf ? ` as of ${report.asOf}` : ''}: ${covered} with an agent ` +
      `(${by('cloudInstanceId')} matched by cloud instance id, ${by('hostnameIp')} by hostname + IP, ` +
      `${by('netbiosIp')} by Windows NetBIOS name + IP), ` +
      `${report.unprotected.length} without, ${report.ambiguous.length} ambiguous agent matches, ` +
      `${report.stale.length} agents silent > ${report.staleDays} days on running instances, ` +
      `${report.unmatchedAgents.length} agents matching no known instance`,
  ];
  const section = (title: string, table: string) => parts.push('', title, table);
  if (report.unprotected.length)
    section(
      'Instances with no SentinelOne agent:',
      renderTable(report.unprotected, [
        { header: 'project', value: (r) => r.project },
        { header: 'name', value: (r) => r.name },
        { header: 'id', value: (r) => r.id },
        { header: 'zone', value: (r) => r.zone },
        { header: 'status', value: (r) => r.status },
        { header: 'internal_ips', value: (r) => r.internalIps.join(' ') },
        { header: 'unprotected_since', value: (r) => r.unprotectedSince },
        { header: 'why', value: (r) => WHY[r.reason] },
        { header: 'agent', value: (r) => r.agentId },
      ]),
    );
  if (report.stale.length)
    section(
      `Agents silent for more than ${report.staleDays} days on running instances:`,
      renderTable(report.stale, [
        { header: 'project', value: (r) => r.instance.project },
        { header: 'instance', value: (r) => r.instance.name },
        { header: 'agent', value: (r) => r.agent.id },
        { header: 'last_active', value: (r) => r.agent.lastActiveDate },
        { header: 'days', value: (r) => r.inactiveDays },
      ]),
    );
  if (report.ambiguous.length)
    section(
      'Ambiguous: agents matching several instances (none counted as covered):',
      renderTable(report.ambiguous, [
        { header: 'agent', value: (r) => r.agent.id },
        { header: 'computer_name', value: (r) => r.agent.computerName },
        { header: 'matched_by', value: (r) => r.by },
        { header: 'instances', value: (r) => r.instances.map((i) => `${i.project}/${i.name}`).join(' ') },
      ]),
    );
  if (report.unmatchedAgents.length)
    section(
      'Agents matching no known instance:',
      renderTable(report.unmatchedAgents, [
        { header: 'console', value: (r) => r.agent.console },
        { header: 'agent', value: (r) => r.agent.id },
        { header: 'computer_name', value: (r) => r.agent.computerName },
        { header: 'internal_ips', value: (r) => r.agent.internalIps.join(' ') },
        { header: 'cloud_instance_id', value: (r) => r.agent.cloudInstanceId },
        { header: 'last_active', value: (r) => r.agent.lastActiveDate },
      ]),
    );
  return parts.join('\n');
}
