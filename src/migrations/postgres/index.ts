import * as migration_20261125_133312_initial from './20261125_133312_initial';
import * as migration_20261125_172027_public_from from './20261125_172027_public_from';

export const migrations = [
  {
    up: migration_20261125_133312_initial.up,
    down: migration_20261125_133312_initial.down,
    name: '20261125_133312_initial',
  },
  {
    up: migration_20261125_172027_public_from.up,
    down: migration_20261125_172027_public_from.down,
    name: '20261125_172027_public_from'
  },
];
