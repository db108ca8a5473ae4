// Fd placement: plan (pure) and run the dup/close steps that take a restoring task from
// the fds it has to the fd table it must end with. See plan.ts.
export { planPlacement, PlacementError } from './plan';
export type { PlacementInput, PlacementPlan, PlacementStep, PlacementErrorCode, FdEntry, TargetFd } from './plan';
export { applyPlacement, localPlacementOps, remotePlacementOps } from './execute';
export type { PlacementOps, RemoteSyscaller } from './execute';
export { FdTableModel, ModelError } from './model';
export type { ModelFd } from './model';
