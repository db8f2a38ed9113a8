import * as migration_20261125_133312_initial from './20261125_133312_initial';
import * as migration_20261125_165841_clear_embargo_of_immediate from './20261125_165841_clear_embargo_of_immediate';

export const migrations = [
  {
    up: migration_20261125_133312_initial.up,
    down: migration_20261125_133312_initial.down,
    name: '20261125_133312_initial',
  },
  {
    up: migration_20261125_165841_clear_embargo_of_immediate.up,
    down: migration_20261125_165841_clear_embargo_of_immediate.down,
    name: '20261125_165841_clear_embargo_of_immediate',
  },
];
