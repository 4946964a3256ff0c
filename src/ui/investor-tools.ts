/**
 * What the panel's investor tools (what's here, distances, the comparison
 * button) need besides the panel context: the spatial context built once at
 * load, the state to watch, and the few actions they call.
 */
import type { Actions, StateSource } from '../state/actions.ts';
import type { SpatialContext } from '../spatial/spatial-context.ts';

export interface InvestorTools {
  spatial: SpatialContext;
  state: StateSource;
  actions: Pick<Actions, 'addToCompare' | 'removeFromCompare' | 'clear'>;
}
