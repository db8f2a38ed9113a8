import * as migration_20261125_133312_initial from './20261125_133312_initial';

export const migrations = [
  {
    up: migration_20261125_133312_initial.up,
    down: migration_20261125_133312_initial.down,
    name: '20261125_133312_initial'
  },
];
