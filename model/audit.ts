/**
 * What the audit trail records. Every change, proposal, review, sign-in (and refused sign-in),
 * sign-out and user change is one event; the GraphQL enum `AuditAction` lists the same values.
 */
export const AUDIT_ACTIONS = [
  'SIGN_IN',
  'SIGN_IN_REFUSED',
  'SIGN_OUT',
  'USER_CREATED',
  'USER_CHANGED',
  'PROPOSAL_CREATED',
  'PROPOSAL_ACCEPTED',
  'PROPOSAL_REJECTED',
  'PROPOSAL_WITHDRAWN',
  'RECORD_CREATED',
  'RECORD_UPDATED',
  'RECORD_RETRACTED',
  'SOURCE_REGISTERED',
  'INVESTIGATION_SAVED',
  'INVESTIGATION_SHARED',
  'AUDIT_EXPORTED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an event is about: its `subjectId` names one of these. */
export const AUDIT_SUBJECT_KINDS = ['ENTITY', 'RELATION', 'SOURCE', 'PROPOSAL', 'USER', 'SESSION', 'INVESTIGATION', 'AUDIT_LOG'] as const;
export type AuditSubjectKind = (typeof AUDIT_SUBJECT_KINDS)[number];
