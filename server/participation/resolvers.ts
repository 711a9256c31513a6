import { memberships } from './memberships.js';
import { sanctionsEntries } from './sanctions-entries.js';
import { treatyParticipation } from './treaty-participation.js';

export const participationResolvers = {
  Query: { treatyParticipation, memberships, sanctionsEntries },
};
