import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';

const executor = createTestExecutor();
const api = createTestApi(executor);
afterAll(() => executor.close());

const TIMELINE = `query Timeline($from: String, $to: String, $first: Int, $after: String) {
  timeline(from: $from, to: $to, first: $first, after: $after) { nodes { id startDate endDate } pageInfo { hasNextPage endCursor } }
}`;

interface TimelinePage {
  nodes: { id: string; startDate: string; endDate: string | null }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function timelinePage(variables: Record<string, unknown>): Promise<TimelinePage> {
  const response = await api.query<{ timeline: TimelinePage }>(TIMELINE, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.timeline;
}

async function timeline(from?: string, to?: string): Promise<TimelinePage['nodes']> {
  const page = await timelinePage({ from, to });
  expect(page.pageInfo.hasNextPage).toBe(false);
  return page.nodes;
}

describe('an analyst reads the timeline of events', () => {
  it('lists every dated event, earliest first, and leaves out the one no source dates', async () => {
    const events = await timeline();
    expect(events.map((event) => event.id)).toEqual(['event:project-presentation-2020-02', 'event:training-course-astana-2024']);
  });

  it('narrows to a year, a month or a day, at the precision given', async () => {
    expect((await timeline('2020', '2020')).map((event) => event.id)).toEqual(['event:project-presentation-2020-02']);
    expect((await timeline('2020-02', '2020-02')).map((event) => event.id)).toEqual(['event:project-presentation-2020-02']);
    expect((await timeline('2024-03-14', '2024-03-14')).map((event) => event.id)).toEqual(['event:training-course-astana-2024']);
    expect(await timeline('2020-03', '2023')).toEqual([]);
  });

  it('keeps an event that overlaps a bound (the course ran 12-15 March 2024)', async () => {
    expect((await timeline('2024-03-15')).map((event) => event.id)).toEqual(['event:training-course-astana-2024']);
    expect((await timeline(undefined, '2024-03-12')).map((event) => event.id)).toContain('event:training-course-astana-2024');
    expect(await timeline('2024-03-16')).toEqual([]);
  });

  it('pages through the timeline, one event at a time, earliest first', async () => {
    const first = await timelinePage({ first: 1 });
    expect(first.nodes.map((event) => event.id)).toEqual(['event:project-presentation-2020-02']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await timelinePage({ first: 1, after: first.pageInfo.endCursor });
    expect(second.nodes.map((event) => event.id)).toEqual(['event:training-course-astana-2024']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a bound that is not a date prefix, or bounds the wrong way round, as BAD_USER_INPUT', async () => {
    for (const [from, to] of [['2020-13', undefined], ['March 2020', undefined], ['2024', '2020']]) {
      const response = await api.query(TIMELINE, { from, to });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/^timeline: /);
    }
  });
});
