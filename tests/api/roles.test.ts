import { afterAll, describe, expect, it } from 'vitest';
import { PARTNER_ROLE_RELATIONS, PARTNER_ROLES } from '../../model/data-model.js';
import { MAX_PROJECT_PARTS, PARTNER_ROLES_OF_SCOPE } from '../../server/roles/partner-roles-queries.js';
import { createTestApi, type GraphqlResponse } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';

const executor = createTestExecutor();
const api = createTestApi(executor);
afterAll(() => executor.close());

const ROLES = `query Roles($projectId: ID, $actorId: ID, $roles: [PartnerRoleKind!]) {
  partnerRoles(projectId: $projectId, actorId: $actorId, roles: $roles, first: 100) {
    totalCount
    pageInfo { hasNextPage }
    nodes { role period actor { id } target { id } evidence { quote source { id } } relation { id conflict } }
  }
}`;

interface Role {
  role: string;
  period: string | null;
  actor: { id: string };
  target: { id: string };
  evidence: { quote: string; source: { id: string } }[];
  relation: { id: string; conflict: string | null };
}

interface RolesPage {
  pageInfo: { hasNextPage: boolean; endCursor: string };
  nodes: Role[];
}

async function roles(variables: Record<string, unknown>): Promise<Role[]> {
  const response = await api.query<{ partnerRoles: { totalCount: number; pageInfo: { hasNextPage: boolean }; nodes: Role[] } }>(ROLES, variables);
  expect(response.errors).toBeUndefined();
  const { totalCount, pageInfo, nodes } = response.data!.partnerRoles;
  expect(pageInfo.hasNextPage).toBe(false);
  expect(nodes).toHaveLength(totalCount);
  return nodes;
}

const PROJECT = 'project:terrorism-arms-crime-nexus';
const actorsIn = (entries: Role[], role: string) => entries.filter((entry) => entry.role === role).map((entry) => entry.actor.id);

describe("an analyst reads the project's partner map", () => {
  it('sees who implements, funds, collaborates on and benefits from the project', async () => {
    const map = await roles({ projectId: PROJECT });
    expect(actorsIn(map, 'IMPLEMENTER')).toEqual(expect.arrayContaining(['org:uncct', 'org:unodc']));
    expect(actorsIn(map, 'DONOR')).toEqual(expect.arrayContaining(['state:SAU', 'state:RUS', 'state:CAN']));
    expect(actorsIn(map, 'COLLABORATOR')).toEqual(expect.arrayContaining(['org:cted', 'org:unoda']));
    expect(new Set(actorsIn(map, 'BENEFICIARY'))).toEqual(new Set(['state:KAZ', 'state:KGZ', 'state:TJK', 'state:TKM', 'state:UZB']));
    for (const entry of map) expect(entry.evidence.length).toBeGreaterThan(0);
  });

  it("includes who organised and attended the project's events", async () => {
    const map = await roles({ projectId: PROJECT, roles: ['ORGANISER', 'PARTICIPANT'] });
    expect(new Set(map.map((entry) => entry.role))).toEqual(new Set(['ORGANISER', 'PARTICIPANT']));
    const course = map.filter((entry) => entry.target.id === 'event:training-course-astana-2024');
    expect(course.find((entry) => entry.actor.id === 'org:kaz-customs-service')).toMatchObject({
      role: 'PARTICIPANT',
      period: '2024-03-12/2024-03-15',
    });
  });

  it('lists roles in model order: implementers first, participants last', async () => {
    const order = ['IMPLEMENTER', 'DONOR', 'COLLABORATOR', 'BENEFICIARY', 'ORGANISER', 'PARTICIPANT'];
    const ranks = (await roles({ projectId: PROJECT })).map((entry) => order.indexOf(entry.role));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('gives each donor its period, open-ended where the sources give no end', async () => {
    const donors = await roles({ projectId: PROJECT, roles: ['DONOR'] });
    const periodOf = (actor: string, target = PROJECT) => donors.find((entry) => entry.actor.id === actor && entry.target.id === target)?.period;
    expect(periodOf('state:SAU')).toBe('2020/2021');
    expect(periodOf('state:RUS')).toBe('2020/2021');
    expect(periodOf('state:CAN')).toBe('2024/..');
    expect(periodOf('state:CAN', 'event:training-course-astana-2024')).toBe('2024-03-12/2024-03-15');
  });

  it('keeps the conflicting claims about UNODA side by side', async () => {
    const unoda = await roles({ projectId: PROJECT, actorId: 'org:unoda', roles: ['IMPLEMENTER', 'COLLABORATOR'] });
    expect(unoda.map((entry) => entry.role).sort()).toEqual(['COLLABORATOR', 'IMPLEMENTER']);
    for (const entry of unoda) expect(entry.relation.conflict).toMatch(/implemented jointly/);
  });

  it("reads one actor's roles across projects and events: what Canada funds", async () => {
    const canada = await roles({ actorId: 'state:CAN' });
    expect(canada.map((entry) => `${entry.role} ${entry.target.id}`).sort()).toEqual([
      'DONOR event:training-course-astana-2024',
      `DONOR ${PROJECT}`,
    ]);
  });

  it('gets the same map from Project.partners', async () => {
    const response = await api.query<{ entity: { partners: { nodes: Role[] } } }>(
      `{ entity(id: "${PROJECT}") { ... on Project { partners(first: 100) { nodes { role actor { id } target { id } } } } } }`,
    );
    const fromQuery = (await roles({ projectId: PROJECT })).map(({ role, actor, target }) => ({ role, actor, target }));
    expect(response.data!.entity.partners.nodes).toEqual(fromQuery);
  });

  it('pages through the partner map: every entry once, the same as in one page', async () => {
    const whole = (await roles({ projectId: PROJECT })).map((entry) => entry.relation.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const response: GraphqlResponse<{ partnerRoles: RolesPage }> = await api.query<{ partnerRoles: RolesPage }>(
        `query Page($after: String) { partnerRoles(projectId: "${PROJECT}", first: 7, after: $after) { pageInfo { hasNextPage endCursor } nodes { relation { id } } } }`,
        { after },
      );
      expect(response.errors).toBeUndefined();
      const page: RolesPage = response.data!.partnerRoles;
      seen.push(...page.nodes.map((entry) => entry.relation.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual([...whole].sort());
  });

  it('reports an unknown project or actor as NOT_FOUND', async () => {
    const response = await api.query(ROLES, { projectId: 'project:nothing' });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(response.errors?.[0]?.message).toContain('project:nothing');
  });
});

describe("a project's parts in its partner map are bounded", () => {
  const read = (maxParts: number) =>
    executor.read(PARTNER_ROLES_OF_SCOPE, {
      scopeIds: [PROJECT],
      relationTypes: PARTNER_ROLES.map((role) => PARTNER_ROLE_RELATIONS[role]),
      actorId: null,
      first: 200,
      offset: 0,
      maxParts,
    });

  it('reads at most maxParts of its events and phases (the API reads MAX_PROJECT_PARTS), so a project with thousands costs as one with a few', async () => {
    const [all] = await read(MAX_PROJECT_PARTS);
    const [none] = await read(0);
    const [one] = await read(1);
    const targets = (row: typeof all) => new Set((row!.page as { target: { id: string } }[]).map((entry) => entry.target.id));
    // The curated project has three events PART_OF it, each with attendees or organisers.
    expect([...targets(all)].filter((id) => id !== PROJECT).length).toBe(3);
    expect([...targets(none)]).toEqual([PROJECT]);
    expect([...targets(one)].filter((id) => id !== PROJECT).length).toBe(1);
    expect(Number(none!.totalCount)).toBeLessThan(Number(one!.totalCount));
    expect(Number(one!.totalCount)).toBeLessThan(Number(all!.totalCount));
  });
});
