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

// Full-text search over canonical names and every other name the sources and datasets give.
// Full-text indexes read string properties, so names are joined by " | ": `aliasText` the strong
// names (curated aliases, six-language and original-script names), `weakAliasText` the weak ones
// (the UN list's "Low" aliases, ranked lower), `foldedText` every name folded to lower-case ASCII
// (any-ascii), so Latin spellings of one Cyrillic or Arabic name meet. Written by
// seed/reference/write/search-text.ts after every import.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.weakAliasText, n.foldedText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
// The index before the reference data (names and aliases only); entity_search replaces it.
DROP INDEX entity_names IF EXISTS;

// Reference data: the datasets, the verbatim records (statements) that state each fact, looked
// up by the entity or relation they are about, and the values an importer could not resolve.
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE INDEX statement_subject IF NOT EXISTS FOR (n:Statement) ON (n.subjectId);
CREATE INDEX statement_dataset IF NOT EXISTS FOR (n:Statement) ON (n.dataset);
CREATE INDEX unresolved_dataset IF NOT EXISTS FOR (n:UnresolvedValue) ON (n.dataset);

// Timeline queries filter events by date.
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startDate);

// A source's mentions: which entities cite it as evidence. Neo4j 5.26's range indexes cannot
// answer `id IN n.evidenceSources`, but a full-text index reads a list of strings, one token per
// source id with the keyword analyzer. (Relations: relationEvidenceIndexStatement in index.ts.)
CREATE FULLTEXT INDEX entity_evidence IF NOT EXISTS FOR (n:Entity) ON EACH [n.evidenceSources]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };

// The coordinators' workspace (server/auth, server/edits, server/audit). None of these nodes is
// an :Entity or touches one, so the graph's reads never meet them.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
// Sign-in looks users up by their folded email, and by the identity provider's (issuer, subject).
CREATE CONSTRAINT user_login IF NOT EXISTS FOR (n:User) REQUIRE n.login IS UNIQUE;
CREATE CONSTRAINT user_external_id IF NOT EXISTS FOR (n:User) REQUIRE n.externalId IS UNIQUE;
// A session is found by the hash of its cookie's token, never by the token itself.
CREATE CONSTRAINT session_token_hash IF NOT EXISTS FOR (n:Session) REQUIRE n.tokenHash IS UNIQUE;
CREATE INDEX session_user IF NOT EXISTS FOR (n:Session) ON (n.userId);
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;
CREATE INDEX proposal_status IF NOT EXISTS FOR (n:Proposal) ON (n.status, n.proposedAt);
// The proposals about given records, by status, in the queue's order (edit-proposals-page). It
// replaces an index on the record alone, which the planner preferred and which read a record's
// decided proposals too.
DROP INDEX proposal_subject IF EXISTS;
CREATE INDEX proposal_subject_status IF NOT EXISTS FOR (n:Proposal) ON (n.subjectId, n.status, n.proposedAt);
// How many proposals have each status, kept as they change, so that the queue's count reads no queue.
CREATE CONSTRAINT proposal_count_status IF NOT EXISTS FOR (n:ProposalCount) REQUIRE n.status IS UNIQUE;
// The audit trail: one chain of events (server/audit/audit-log.ts), read by subject and in order.
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_event_sequence IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.sequence IS UNIQUE;
CREATE INDEX audit_event_subject IF NOT EXISTS FOR (n:AuditEvent) ON (n.subjectId, n.sequence);
CREATE CONSTRAINT audit_head_id IF NOT EXISTS FOR (n:AuditHead) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT investigation_id IF NOT EXISTS FOR (n:Investigation) REQUIRE n.id IS UNIQUE;
CREATE INDEX investigation_owner IF NOT EXISTS FOR (n:Investigation) ON (n.ownerId);
// Edits (server/edits): the one lock every edit transaction takes, the audit trail read by the
// other record an event concerns (a proposal's record, an applied change's proposal), and what
// stays of retracted records.
CREATE CONSTRAINT edit_lock_id IF NOT EXISTS FOR (n:EditLock) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_event_related IF NOT EXISTS FOR (n:AuditEvent) ON (n.relatedId, n.sequence);
CREATE CONSTRAINT retraction_id IF NOT EXISTS FOR (n:Retraction) REQUIRE n.id IS UNIQUE;
CREATE INDEX retraction_subject IF NOT EXISTS FOR (n:Retraction) ON (n.subjectId);
