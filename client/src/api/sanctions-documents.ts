import type { ListingStatus } from '../core/model/index.js';
import type { NameRecord } from '../core/provenance/index.js';
import type { SanctionsEntryRecord } from '../core/sanctions/index.js';
import type { PageInfo } from './matrix-documents.js';
import { ALIAS_QUALITY, ENTITY_KIND, LISTING_STATUS } from './model-values.js';
import { operation } from './operation.js';

/** The sanctions entries panel's documents: a regime's or a state's entries, or one entity's own listings. */

export const SANCTIONS_PAGE = 50;
/** Associations shown per entry; the count says when there are more. */
const ASSOCIATES = 10;

const LISTED_ENTITY = `fragment ListedEntity on Entity {
  id kind name
  names { name quality language script originalScript dataset { id } }
  associations: relations(types: [ASSOCIATED_WITH], first: ${ASSOCIATES}) { totalCount nodes { id from { id name } to { id name } } }
}`;

interface WireListedEntity {
  id: string;
  kind: string;
  name: string;
  names: (Omit<NameRecord, 'quality'> & { quality: string })[];
  associations: { totalCount: number; nodes: { from: { id: string; name: string }; to: { id: string; name: string } }[] };
}

function listedEntityFromApi(entity: WireListedEntity) {
  return {
    entity: { id: entity.id, kind: ENTITY_KIND.fromApi(entity.kind), name: entity.name },
    names: entity.names.map((name) => ({ ...name, quality: ALIAS_QUALITY.fromApi(name.quality) })),
    // The other end of each association, whichever way the list states it.
    associates: entity.associations.nodes.map((relation) => (relation.from.id === entity.id ? relation.to : relation.from)),
    associateCount: entity.associations.totalCount,
  };
}

export interface SanctionsPage {
  totalCount: number;
  pageInfo: PageInfo;
  entries: SanctionsEntryRecord[];
}

export const SANCTIONS_ENTRIES = operation(
  `query SanctionsEntries($regimeId: ID, $nationalityId: ID, $statuses: [ListingStatus!], $after: String) {
  sanctionsEntries(regimeId: $regimeId, nationalityId: $nationalityId, statuses: $statuses, first: ${SANCTIONS_PAGE}, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id referenceNumber listedOn listingStatus delistedAfter delistedBy
      regime { id name }
      nationalities { id name }
      entity { ...ListedEntity }
    }
  }
}
${LISTED_ENTITY}`,
  (data: {
    sanctionsEntries: {
      totalCount: number;
      pageInfo: PageInfo;
      nodes: (Omit<SanctionsEntryRecord, 'entity' | 'names' | 'associates' | 'associateCount' | 'listingStatus'> & { listingStatus: string; entity: WireListedEntity })[];
    };
  }): SanctionsPage => ({
    totalCount: data.sanctionsEntries.totalCount,
    pageInfo: data.sanctionsEntries.pageInfo,
    entries: data.sanctionsEntries.nodes.map(({ entity, listingStatus, ...entry }) => ({ ...entry, ...listedEntityFromApi(entity), listingStatus: LISTING_STATUS.fromApi(listingStatus) })),
  }),
  (variables) => ({ ...variables, statuses: (variables.statuses as ListingStatus[] | null | undefined)?.map((status) => LISTING_STATUS.toApi(status)) ?? null }),
);

/** One entity's own listings (LISTED_UNDER from it), with its names and associations. */
export const ENTITY_LISTINGS = operation(
  `query EntityListings($id: ID!, $after: String) {
  entity(id: $id) {
    ...ListedEntity
    listings: relations(types: [LISTED_UNDER], direction: OUTGOING, first: ${SANCTIONS_PAGE}, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id startDate referenceNumber listingStatus delistedAfter delistedBy to { id name } }
    }
  }
}
${LISTED_ENTITY}`,
  (data: {
    entity:
      | (WireListedEntity & {
          listings: {
            totalCount: number;
            pageInfo: PageInfo;
            nodes: { id: string; startDate: string | null; referenceNumber: string | null; listingStatus: string | null; delistedAfter: string | null; delistedBy: string | null; to: { id: string; name: string } }[];
          };
        })
      | null;
  }): SanctionsPage | null => {
    if (!data.entity) return null;
    const listed = listedEntityFromApi(data.entity);
    return {
      totalCount: data.entity.listings.totalCount,
      pageInfo: data.entity.listings.pageInfo,
      entries: data.entity.listings.nodes.map((relation) => ({
        id: relation.id,
        referenceNumber: relation.referenceNumber,
        regime: relation.to,
        listedOn: relation.startDate,
        listingStatus: relation.listingStatus ? LISTING_STATUS.fromApi(relation.listingStatus) : 'current',
        delistedAfter: relation.delistedAfter,
        delistedBy: relation.delistedBy,
        nationalities: [],
        ...listed,
      })),
    };
  },
);
