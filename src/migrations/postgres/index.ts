import * as migration_20261125_133312_initial from './20261125_133312_initial';
import * as migration_20261125_173451_distribution from './20261125_173451_distribution';

export const migrations = [
  {
    up: migration_20261125_133312_initial.up,
    down: migration_20261125_133312_initial.down,
    name: '20261125_133312_initial',
  },
  {
    up: migration_20261125_173451_distribution.up,
    down: migration_20261125_173451_distribution.down,
    name: '20261125_173451_distribution'
  },
];
