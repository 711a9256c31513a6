export { locateQuote } from './quote.js';
export { sourceBlocks, type SourceBlock, type SourceSpan } from './source-blocks.js';
export { firstStatements, statementCount, statementGroups, type StatementGroup } from './statements.js';
