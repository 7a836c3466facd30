import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStored, type ProjectState } from '../estate.js';
import { generateEstate } from '../generate-estate.js';
import { allLoadBalancingTypes } from './load-balancing-types.js';
import { allResourceTypes, type ResourceType } from './resource-types.js';

type Obj = Record<string, unknown> & { selfLink: string; id: string; region?: string };

function all(project: ProjectState, type: ResourceType): Obj[] {
  return project.collections[type].all().map((r) => parseStored<Obj>(r));
}

function links(project: ProjectState, ...types: ResourceType[]): Set<string> {
  return new Set(types.flatMap((t) => all(project, t).map((o) => o.selfLink)));
}

function assertIn(set: Set<string>, url: unknown, what: string): void {
  assert.ok(typeof url === 'string' && set.has(url), `${what}: ${String(url)} exists`);
}

const options = {
  seed: 7,
  projects: 2,
  zones: 5,
  instances: 30,
  globalAddresses: 2,
  loadBalancersPerRegion: 2,
  globalLoadBalancers: 2,
};

describe('generated load balancers', () => {
  it('are deterministic and leave every other type exactly as without them', () => {
    const a = generateEstate(options);
    const b = generateEstate(options);
    const without = generateEstate({ ...options, loadBalancersPerRegion: 0, globalLoadBalancers: 0 });
    for (const id of a.projectIds()) {
      for (const type of allResourceTypes)
        assert.deepEqual(all(a.project(id)!, type), all(b.project(id)!, type), `${id} ${type}`);
      const mirrorsLoadBalancers = ['packetMirrorings'];
      for (const type of allResourceTypes.filter(
        (t) => !(allLoadBalancingTypes as string[]).includes(t) && !mirrorsLoadBalancers.includes(t),
      ))
        assert.deepEqual(
          all(a.project(id)!, type),
          all(without.project(id)!, type),
          `${id} ${type} unchanged`,
        );
    }
  });

  it('refer only to resources that exist, from forwarding rule down to instances', () => {
    const estate = generateEstate(options);
    const ids = new Set<string>();
    for (const id of estate.projectIds()) {
      const p = estate.project(id)!;
      const pools = links(p, 'targetPools', 'targetInstances', 'targetVpnGateways');
      const proxies = links(
        p,
        'targetHttpProxies',
        'targetHttpsProxies',
        'targetSslProxies',
        'targetTcpProxies',
      );
      const services = links(p, 'backendServices');
      const groups = links(p, 'instanceGroups', 'networkEndpointGroups');
      const checks = links(p, 'healthChecks');
      for (const rule of all(p, 'forwardingRules')) {
        if (rule['backendService']) assertIn(services, rule['backendService'], `${rule.selfLink} backend`);
        else assertIn(new Set([...pools, ...proxies]), rule['target'], `${rule.selfLink} target`);
        assert.ok(rule['portRange'] || rule['ports'] || rule['IPProtocol'] === 'ESP', 'a rule has ports');
      }
      const globalIps = new Set(all(p, 'globalAddresses').map((a) => a['address']));
      for (const rule of all(p, 'globalForwardingRules')) {
        assertIn(proxies, rule['target'], `${rule.selfLink} target`);
        assert.ok(globalIps.has(rule['IPAddress']), 'a global rule uses a reserved global address');
      }
      const instances = links(p, 'instances');
      for (const pool of all(p, 'targetPools'))
        for (const i of pool['instances'] as string[]) assertIn(instances, i, `${pool.selfLink} instance`);
      for (const t of all(p, 'targetInstances')) assertIn(instances, t['instance'], `${t.selfLink} instance`);
      for (const proxy of [...all(p, 'targetSslProxies'), ...all(p, 'targetTcpProxies')])
        assertIn(services, proxy['service'], `${proxy.selfLink} service`);
      const armor = links(p, 'securityPolicies');
      for (const bs of all(p, 'backendServices')) {
        for (const b of bs['backends'] as { group: string }[])
          assertIn(groups, b.group, `${bs.selfLink} group`);
        for (const hc of bs['healthChecks'] as string[]) assertIn(checks, hc, `${bs.selfLink} health check`);
        if (bs['securityPolicy']) assertIn(armor, bs['securityPolicy'], `${bs.selfLink} policy`);
        assert.ok((bs['backends'] as unknown[]).length > 0, `${bs.selfLink} has backends`);
      }
      for (const map of all(p, 'urlMaps'))
        assertIn(services, map['defaultService'], `${map.selfLink} service`);
      const maps = links(p, 'urlMaps');
      const certs = links(p, 'sslCertificates');
      const policies = links(p, 'sslPolicies');
      for (const proxy of all(p, 'targetHttpProxies'))
        assertIn(maps, proxy['urlMap'], `${proxy.selfLink} map`);
      for (const proxy of all(p, 'targetHttpsProxies')) {
        assertIn(maps, proxy['urlMap'], `${proxy.selfLink} map`);
        for (const c of proxy['sslCertificates'] as string[]) assertIn(certs, c, `${proxy.selfLink} cert`);
        assertIn(policies, proxy['sslPolicy'], `${proxy.selfLink} policy`);
      }
      for (const type of allLoadBalancingTypes)
        for (const o of all(p, type)) {
          assert.ok(!ids.has(o.id), `id ${o.id} is unique`);
          ids.add(o.id);
          const region = o.region?.split('/').pop();
          assert.equal(
            o.selfLink.includes(`/regions/${region}/`),
            region !== undefined,
            `${o.selfLink} region`,
          );
        }
    }
  });

  it('mix global and regional resources, schemes and both kinds of forwarding rule', () => {
    const p = generateEstate(options).project('hotpot-demo-001')!;
    for (const type of allLoadBalancingTypes) assert.ok(all(p, type).length > 0, `${type} generated`);
    for (const type of ['backendServices', 'healthChecks', 'urlMaps', 'targetHttpProxies'] as const) {
      const scopes = new Set(p.collections[type].all().map((r) => r.scope === 'global'));
      assert.deepEqual([...scopes].sort(), [false, true], `${type} global and regional`);
    }
    const schemes = new Set(all(p, 'forwardingRules').map((r) => r['loadBalancingScheme']));
    assert.deepEqual([...schemes].sort(), ['EXTERNAL', 'INTERNAL', 'INTERNAL_MANAGED']);
  });

  it('generate nothing for a project without networks, nor when no load balancer is asked for', () => {
    const none = { ...options, loadBalancersPerRegion: 0, globalLoadBalancers: 0 };
    for (const o of [{ ...options, networks: 0 }, none]) {
      const p = generateEstate(o).project('hotpot-demo-001')!;
      const classicVpn = (t: string) =>
        all(p, t as ResourceType).filter((r) => /\/targetVpnGateways\//.test(String(r['target'])));
      for (const type of allLoadBalancingTypes)
        assert.equal(p.collections[type].size, classicVpn(type).length, type);
    }
  });
});
