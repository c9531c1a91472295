/**
 * The policy module: the schema of a complaints policy, the built-in policies, and (as they land)
 * overrides, effective dating, JSON Schema and the Code lint.
 */
export {
  Policy,
  type PolicyInput,
  PolicySource,
  PolicyDate,
  WorkingDays,
  Anchor,
  ANCHORS,
  Timescale,
  RoleId,
  ProcedureStage,
  Procedure,
  Extension,
  StageRules,
  OmbudsmanContact,
  REGIONS,
  CHANNEL_KINDS,
} from './schema.js';
export { policies } from './builtin/index.js';
