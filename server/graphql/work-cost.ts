import {
  getArgumentValues,
  getNamedType,
  GraphQLError,
  isCompositeType,
  isListType,
  isNonNullType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * What one field asks of the database, per item of its parent: `work` (rows the database reads
 * for it, estimated from its arguments) and `items` (how many items it returns at most, by
 * which the work of the fields selected under it is multiplied).
 */
interface FieldCost {
  work: number;
  items: number;
}

type Arguments = Record<string, unknown>;

const numberOf = (args: Arguments, name: string, fallback: number): number =>
  typeof args[name] === 'number' ? (args[name] as number) : fallback;

/** A connection or a paged list: `first` rows read and returned. */
const page = (fallback: number) => (args: Arguments): FieldCost => {
  const first = numberOf(args, 'first', fallback);
  return { work: first + 1, items: first };
};

/**
 * Relations of a reference hub (a treaty's ~190 parties, a sanctions regime's ~380 listings, an
 * organisation's members), which a page of `treatyParticipation`, `memberships` or
 * `sanctionsEntries` reads and sorts whatever its `first`.
 */
const HUB_READ = 400;

/** A page ordered across a hub's relations: the hub read, then `first` rows returned. */
const hubPage = (fallback: number) => (args: Arguments): FieldCost => {
  const first = numberOf(args, 'first', fallback);
  return { work: HUB_READ + first, items: first };
};

/**
 * Types and directions `Entity.relationGroups` reads relations of: the wider nexus's hubs have
 * two or three (a treaty's PARTY_TO and SIGNED, an organisation's MEMBER_OF and PART_OF).
 */
const GROUPED_TYPE_DIRECTIONS = 4;

/** Relations of a subgraph or route: about two per entity. */
const EDGES_PER_NODE = 2;
/** Routes considered by `paths` (its query keeps the 20 shortest candidates). */
const PATH_CANDIDATES = 20;
const MAX_PATH_LENGTH = 6;
/**
 * Types read by id through a request's loaders, each id once per request, from a small set:
 * however many times a source is reached (under every quote), its fields cost at most this
 * many times.
 */
const DISTINCT_PER_REQUEST: Record<string, number> = { Source: 10 };
/** An unbounded list that stays small (evidence, aliases, names, positions, the five sources and datasets). */
const SMALL_LIST = 5;

/**
 * The fields whose work depends on their arguments, by `Type.field`; the arguments are the
 * operation's own, variables and defaults resolved. Fields not listed cost nothing themselves
 * (they are read off their parent or batched by id), lists among them count SMALL_LIST items.
 */
const COSTS: Record<string, (args: Arguments, enclosingItems: number) => FieldCost> = {
  'Query.neighbourhood': (args) => {
    const depth = numberOf(args, 'depth', 1);
    const limit = numberOf(args, 'limit', 200);
    return { work: depth * limit, items: limit };
  },
  // The lists of a subgraph hold what its neighbourhood's limit allowed.
  'Subgraph.nodes': (_, limit) => ({ work: 0, items: limit }),
  'Subgraph.edges': (_, limit) => ({ work: 0, items: EDGES_PER_NODE * limit }),
  'Query.paths': (args) => {
    const maxLength = numberOf(args, 'maxLength', 6);
    return { work: PATH_CANDIDATES * maxLength * maxLength, items: numberOf(args, 'first', 5) };
  },
  'Query.entities': page(20),
  // Entities, then relations (each type's id index read to `first` at most), `first` at a time.
  'Query.network': page(1000),
  'Query.search': page(10),
  'Query.timeline': page(50),
  'Query.partnerRoles': page(50),
  'Query.investigations': page(20),
  'Query.treatyParticipation': hubPage(50),
  'Query.memberships': hubPage(50),
  'Query.sanctionsEntries': hubPage(50),
  'Project.partners': page(50),
  'Source.mentions': page(50),
  'Source.mentionedRelations': page(50),
  'Entity.relations': page(50),
  // Up to `limit` relations read per type and direction the entity has; a hub has a few of each.
  'Entity.relationGroups': (args) => ({ work: GROUPED_TYPE_DIRECTIONS * numberOf(args, 'limit', 500), items: GROUPED_TYPE_DIRECTIONS * 2 }),
  'Entity.statements': page(20),
  'Dataset.unresolved': page(20),
  // A relation's statements: its curated passages and a handful of reference records, batched.
  'Relation.statements': () => ({ work: SMALL_LIST, items: SMALL_LIST }),
  'Path.nodes': () => ({ work: 0, items: MAX_PATH_LENGTH + 1 }),
  'Path.edges': () => ({ work: 0, items: EDGES_PER_NODE * MAX_PATH_LENGTH }),
  'Person.positions': () => ({ work: SMALL_LIST, items: SMALL_LIST }),
};

/** Connections: their `edges` and `nodes` hold the items their field counted. */
const CONNECTION_LISTS = new Set(['edges', 'nodes']);

function costOf(
  typeName: string,
  interfaces: readonly string[],
  fieldName: string,
  args: Arguments,
  enclosingItems: number,
): FieldCost | undefined {
  for (const owner of [typeName, ...interfaces]) {
    const cost = COSTS[`${owner}.${fieldName}`];
    if (cost) return cost(args, enclosingItems);
  }
  if (CONNECTION_LISTS.has(fieldName) && typeName.endsWith('Connection')) return { work: 0, items: enclosingItems };
  return undefined;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** Argument values as the field will see them; malformed ones are left to the other rules. */
function argumentsOf(field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1], walk: Walk): Arguments {
  try {
    return getArgumentValues(field, node, walk.variables);
  } catch {
    return {};
  }
}

/**
 * The work of a selection set reached `multiplier` times, fragments flattened (a fragment
 * spread twice is counted twice: it is resolved twice). `enclosingItems` is the item count of
 * the nearest costed field (a connection's `first`, a neighbourhood's `limit`) for the lists
 * that hold its items. `seen` stops fragment cycles, which another rule reports.
 */
function selectionWork(
  walk: Walk,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  multiplier: number,
  enclosingItems: number,
  seen: ReadonlySet<string>,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) {
      const spread = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : undefined;
      const fragment: InlineFragmentNode | FragmentDefinitionNode | undefined =
        selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(selection.name.value) : selection;
      if (!fragment || (spread !== undefined && seen.has(spread))) continue;
      const condition = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : parent;
      if (condition && isCompositeType(condition)) {
        const next = spread !== undefined ? new Set([...seen, spread]) : seen;
        total += selectionWork(walk, condition, fragment.selectionSet, multiplier, enclosingItems, next);
      }
      continue;
    }
    if (!selection.selectionSet || !('getFields' in parent)) continue;
    const field = parent.getFields()[selection.name.value];
    const child = field && getNamedType(field.type);
    if (!field || !child || !isCompositeType(child)) continue;
    const interfaces = 'getInterfaces' in parent ? parent.getInterfaces().map((type) => type.name) : [];
    const cost = costOf(parent.name, interfaces, field.name, argumentsOf(field, selection, walk), enclosingItems);
    // A costed field that returns one object (a connection, a subgraph) hands its item count
    // down to the lists inside it; one that returns a list is those items.
    const items = isList(field.type) ? (cost?.items ?? SMALL_LIST) : 1;
    total += multiplier * (cost?.work ?? 0);
    const reached = Math.min(multiplier * items, DISTINCT_PER_REQUEST[child.name] ?? Number.POSITIVE_INFINITY);
    total += selectionWork(walk, child, selection.selectionSet, reached, cost ? cost.items : enclosingItems, seen);
  }
  return total;
}

/** The estimated database work of each operation of a document, in rows; see COSTS. */
export function operationWork(
  schema: GraphQLSchema,
  document: { definitions: readonly { kind: string }[] },
  variables: Record<string, unknown>,
): { name: string | undefined; work: number }[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const fragment = definition as FragmentDefinitionNode;
      fragments.set(fragment.name.value, fragment);
    }
  }
  const walk: Walk = { schema, fragments, variables };
  const query = schema.getQueryType();
  return document.definitions.flatMap((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION || !query) return [];
    const operation = definition as OperationDefinitionNode;
    return [{ name: operation.name?.value, work: Math.round(selectionWork(walk, query, operation.selectionSet, 1, 1, new Set())) }];
  });
}

/** The refusal of an operation whose estimated work exceeds `maxCost` rows: a 400, as validation errors are. */
function overCost(maxCost: number, name: string | undefined, work: number): GraphQLError {
  return new GraphQLError(
    `Cost limit of ${maxCost} exceeded, found ${work}${name ? ` in ${name}` : ''}: the operation would read too much of the graph (depth × limit of each neighbourhood, first of each page, times the items it is nested in). Ask for less in one operation (server setting GRAPHQL_MAX_COST).`,
    { extensions: { code: 'BAD_USER_INPUT', http: { status: 400, spec: true } } },
  );
}

/**
 * Refuses, before any resolver runs, an operation whose estimated database work exceeds
 * `maxCost` rows, with code BAD_USER_INPUT naming the limit and its setting. Checked at
 * execution rather than validation because the work depends on the request's variables, and
 * validation results are cached per document.
 */
export function useWorkCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const operations = operationWork(args.schema, args.document, variables).filter(
        ({ name }) => args.operationName === undefined || args.operationName === null || name === args.operationName,
      );
      const refusals = operations.filter(({ work }) => work > maxCost).map(({ name, work }) => overCost(maxCost, name, work));
      if (refusals.length > 0) setResultAndStopExecution({ errors: refusals });
    },
  };
}
