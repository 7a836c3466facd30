import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExposureEstate } from './estate.js';
import { evaluateExposure, type ExposureFilter } from './evaluate-exposure.js';
import { estate, fw, policyOf, policyRuleOf as rule, publicVm, VPC, VPC_URL } from './testing-estate.js';

/**
 * A crafted organization: org 100 → folder 200 → project p, whose network VPC holds the instances. Every
 * expectation below is derived by hand from Google's "Policy and rule evaluation order" (Cloud NGFW docs):
 * org policy, then folder policy, then VPC rules and the global network policy in the network's enforcement
 * order (regional network policy right after the global one), then the implied deny; within a policy the lowest
 * priority number first; allow/deny decide, goto_next (and no match) hands over to the next level.
 */
const ORG = 'organizations/100';
const FOLDER = 'folders/200';
const ancestry = { p: [ORG, FOLDER] };
const ANY = ['0.0.0.0/0'];
const allowTcp = (...ports: string[]) => [{ IPProtocol: 'tcp', ports }];
const vpcAllow = (name: string, ...ports: string[]) =>
  fw(name, { sourceRanges: ANY, allowed: allowTcp(...ports) });
const vpcDeny = (name: string, ...ports: string[]) =>
  fw(name, { sourceRanges: ANY, denied: allowTcp(...ports) });

function lines(e: ExposureEstate, filter: ExposureFilter = {}): string[] {
  return evaluateExposure(e, filter).rows.map(
    (r) =>
      `${r.instance_name} ${r.protocol}/${r.ports} ${r.rule_level}: ${r.rule_name}${r.narrowed_by.length ? ` narrowed:${r.narrowed_by.join('+')}` : ''}`,
  );
}

const web = publicVm('web', '34.1.1.1');
const cases: { name: string; estate: ExposureEstate; expect: string[] }[] = [
  {
    name: 'an org policy deny above a VPC allow hides it',
    estate: estate({
      instances: [web],
      ancestry,
      firewalls: [vpcAllow('allow-ssh', '22')],
      policies: [policyOf('hierarchy', ORG, 'org-base', [ORG], [rule(100, 'deny', ['22'])])],
    }),
    expect: [],
  },
  {
    name: 'goto_next in the org and folder policies hands down to the VPC allow',
    estate: estate({
      instances: [web],
      ancestry,
      firewalls: [vpcAllow('allow-ssh', '22')],
      policies: [
        policyOf('hierarchy', ORG, 'org-base', [ORG], [rule(100, 'goto_next', ['22'])]),
        policyOf('hierarchy', FOLDER, 'prod', [FOLDER], [rule(10, 'goto_next', ['0-65535'])]),
      ],
    }),
    expect: ['web tcp/22 vpc: allow-ssh'],
  },
  {
    name: 'a folder policy allow decides over a VPC deny',
    estate: estate({
      instances: [web],
      ancestry,
      firewalls: [vpcDeny('deny-all', '0-65535')],
      policies: [policyOf('hierarchy', FOLDER, 'prod', [FOLDER], [rule(500, 'allow', ['443'])])],
    }),
    expect: ['web tcp/443 folder 200 policy prod: rule 500'],
  },
  {
    name: 'a policy of an unrelated folder does not apply',
    estate: estate({
      instances: [web],
      ancestry,
      firewalls: [vpcAllow('allow-ssh', '22')],
      policies: [policyOf('hierarchy', 'folders/999', 'other', ['folders/999'], [rule(1, 'deny', ['22'])])],
    }),
    expect: ['web tcp/22 vpc: allow-ssh'],
  },
  {
    name: 'enforcement order AFTER_CLASSIC_FIREWALL (default): the VPC allow decides before the network policy deny',
    estate: estate({
      instances: [web],
      ancestry,
      firewalls: [vpcAllow('allow-web', '80')],
      policies: [policyOf('network', 'p', 'np', [VPC_URL], [rule(1000, 'deny', ['80'])])],
    }),
    expect: ['web tcp/80 vpc: allow-web'],
  },
  {
    name: 'enforcement order BEFORE_CLASSIC_FIREWALL: the network policy deny decides before the VPC allow',
    estate: estate({
      instances: [web],
      ancestry,
      enforcementOrder: { [VPC]: 'BEFORE_CLASSIC_FIREWALL' },
      firewalls: [vpcAllow('allow-web', '80', '8080')],
      policies: [policyOf('network', 'p', 'np', [VPC_URL], [rule(1000, 'deny', ['80'])])],
    }),
    expect: ['web tcp/8080 vpc: allow-web'],
  },
  {
    name: 'a regional policy applies to instances of its region only, after the global network policy',
    estate: estate({
      instances: [
        publicVm('east', '34.1.1.2', { zone: 'us-east1-b' }),
        publicVm('west', '34.1.1.3', { zone: 'us-west1-a' }),
      ],
      ancestry,
      policies: [
        policyOf('network', 'p', 'np', [VPC_URL], [rule(10, 'goto_next', ['3389'])]),
        policyOf(
          'regional',
          'p',
          'rp',
          [VPC_URL],
          [rule(100, 'allow', ['3389']), rule(200, 'allow', ['5432'])],
          'us-east1',
        ),
      ],
    }),
    expect: [
      'east tcp/3389 regional policy rp (us-east1): rule 100',
      'east tcp/5432 regional policy rp (us-east1): rule 200',
    ],
  },
  {
    name: 'a secure-tag target selects only the instance bound to that tag value',
    estate: estate({
      instances: [
        publicVm('tagged', '34.1.1.4', { secureTags: ['tagValues/77'] }),
        publicVm('plain', '34.1.1.5', { secureTags: ['tagValues/78'] }),
      ],
      ancestry,
      policies: [
        policyOf(
          'network',
          'p',
          'np',
          [VPC_URL],
          [rule(100, 'allow', ['22'], { targetSecureTags: [{ name: 'tagValues/77', state: 'EFFECTIVE' }] })],
        ),
      ],
    }),
    expect: ['tagged tcp/22 network policy np: rule 100'],
  },
  {
    name: 'a target service account and a targetResources network select by instance',
    estate: estate({
      instances: [
        publicVm('app', '34.1.1.6', { serviceAccount: 'app@p.iam.gserviceaccount.com' }),
        publicVm('other', '34.1.1.7', {
          nics: [
            { network: 'projects/p/global/networks/edge', externalIpv4: ['34.1.1.7'], externalIpv6: [] },
          ],
        }),
      ],
      ancestry,
      policies: [
        policyOf(
          'hierarchy',
          ORG,
          'org-base',
          [ORG],
          [
            rule(100, 'allow', ['443'], { targetServiceAccounts: ['app@p.iam.gserviceaccount.com'] }),
            rule(200, 'allow', ['8443'], { targetResources: [VPC_URL] }),
          ],
        ),
      ],
    }),
    expect: [
      'app tcp/443 org 100 policy org-base: rule 100',
      'app tcp/8443 org 100 policy org-base: rule 200',
    ],
  },
  {
    name: 'a disabled policy rule is skipped: the org deny does not hide the VPC allow',
    estate: estate({
      instances: [web],
      ancestry,
      firewalls: [vpcAllow('allow-ssh', '22')],
      policies: [
        policyOf('hierarchy', ORG, 'org-base', [ORG], [rule(100, 'deny', ['22'], { disabled: true })]),
      ],
    }),
    expect: ['web tcp/22 vpc: allow-ssh'],
  },
  {
    name: 'an org deny of part of the internet narrows a VPC allow; narrowed_by names the org rule with its level',
    estate: estate({
      instances: [web],
      ancestry,
      firewalls: [vpcAllow('allow-ssh', '22')],
      policies: [
        policyOf(
          'hierarchy',
          ORG,
          'org-base',
          [ORG],
          [rule(100, 'deny', ['22'], { ranges: ['81.2.69.0/24'] })],
        ),
      ],
    }),
    expect: ['web tcp/22 vpc: allow-ssh narrowed:org 100 policy org-base rule 100'],
  },
  {
    name: 'IAP and Google LB ranges are their own classes: an IAP-only allow is not internet exposure',
    estate: estate({
      instances: [web],
      firewalls: [
        fw('allow-iap', { sourceRanges: ['35.235.240.0/20'], allowed: allowTcp('22') }),
        fw('allow-hc', { sourceRanges: ['35.191.0.0/16', '130.211.0.0/22'], allowed: allowTcp('80') }),
      ],
    }),
    expect: ['web tcp/80 vpc: allow-hc'],
  },
];

for (const c of cases) test(c.name, () => assert.deepEqual(lines(c.estate), c.expect));

test('source classes: IAP-only exposure appears when asked for; a grant with internet sources is internet', () => {
  const e = estate({
    instances: [web],
    firewalls: [
      fw('allow-iap', { sourceRanges: ['35.235.240.0/20'], allowed: allowTcp('22') }),
      vpcAllow('allow-web', '80'),
    ],
  });
  const rows = evaluateExposure(e, { sourceClasses: ['internet', 'iap', 'google-lb'] }).rows;
  assert.deepEqual(
    rows.map((r) => `${r.ports} ${r.source_class} ${r.rule_name} ${r.source_ranges.join(',')}`),
    ['22 iap allow-iap 35.235.240.0/20 (iap)', '80 internet allow-web 0.0.0.0/0 (partly public)'],
  );
  assert.deepEqual(
    evaluateExposure(e, { sourceClasses: ['iap'] }).rows.map((r) => `${r.ports} ${r.source_class}`),
    ['22 iap'],
  );
});

test('a policy rule with FQDN or address-group sources is named in the notes as not evaluated', () => {
  const e = estate({
    instances: [web],
    ancestry,
    policies: [
      policyOf(
        'network',
        'p',
        'np',
        [VPC_URL],
        [
          rule(100, 'allow', ['22'], {
            match: { srcFqdns: ['example.com'], layer4Configs: [{ ipProtocol: 'tcp' }] },
          }),
        ],
      ),
    ],
  });
  const result = evaluateExposure(e);
  assert.deepEqual(result.rows, []);
  assert.ok(
    result.notes.includes(
      'rule network policy np rule 100 in p also matches srcFqdns example.com: not evaluated (those sources count as no internet source)',
    ),
    result.notes.join('\n'),
  );
});

test('a hierarchy known only up to a folder is named in a note; one reaching the organization is not', () => {
  const gapNote =
    'the hierarchy above folders/200 (an ancestor of project p) is unknown: firewall policies of higher folders and the organization are not applied to its networks';
  const partial = estate({
    instances: [web],
    ancestry: { p: [FOLDER] },
    firewalls: [vpcAllow('allow-ssh', '22')],
  });
  assert.ok(evaluateExposure(partial).notes.includes(gapNote));
  const whole = estate({ instances: [web], ancestry, firewalls: [vpcAllow('allow-ssh', '22')] });
  assert.ok(!evaluateExposure(whole).notes.some((n) => n.startsWith('the hierarchy above')));
});
