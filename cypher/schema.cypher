// Constraints and indexes of the Nexus Graph database. Every statement is idempotent
// (IF NOT EXISTS), so applying this file again changes nothing.

// One id per entity, whatever its kind; and unique within each kind label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT instrument_id IF NOT EXISTS FOR (n:Instrument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Full-text search over canonical names and every alias spelling the sources use.
// `aliasText` holds the aliases joined by " | " (full-text indexes read string properties).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };

// Timeline queries filter events by date.
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startDate);

// A source's mentions: which entities cite it as evidence. Neo4j 5.26's range indexes cannot
// answer `id IN n.evidenceSources`, but a full-text index reads a list of strings, one token per
// source id with the keyword analyzer. (Relations: relationEvidenceIndexStatement in index.ts.)
CREATE FULLTEXT INDEX entity_evidence IF NOT EXISTS FOR (n:Entity) ON EACH [n.evidenceSources]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
