/**
 * The client's one door to the shared data model (model/data-model.ts), so that the rest of the
 * client imports `core/model` instead of climbing out of the client folder.
 */
export * from '../../../../model/data-model.js';
