import * as migration_20261125_133307_initial from './20261125_133307_initial';

export const migrations = [
  {
    up: migration_20261125_133307_initial.up,
    down: migration_20261125_133307_initial.down,
    name: '20261125_133307_initial'
  },
];
