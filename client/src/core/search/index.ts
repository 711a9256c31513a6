export { GROUP_SUGGESTIONS_ABOVE, groupSuggestions, type SuggestionGroup } from './grouping.js';
