/**
 * The complaint lifecycle: typed states and events, pure `applyEvent`/`replay`, typed errors,
 * procedures A and B and who acts at each step, deadlines and extensions.
 * @module lifecycle
 */
export * from './types.js';
