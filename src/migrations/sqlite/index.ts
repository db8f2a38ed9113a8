import * as migration_20261125_133307_initial from './20261125_133307_initial';
import * as migration_20261125_173502_distribution from './20261125_173502_distribution';

export const migrations = [
  {
    up: migration_20261125_133307_initial.up,
    down: migration_20261125_133307_initial.down,
    name: '20261125_133307_initial',
  },
  {
    up: migration_20261125_173502_distribution.up,
    down: migration_20261125_173502_distribution.down,
    name: '20261125_173502_distribution'
  },
];
