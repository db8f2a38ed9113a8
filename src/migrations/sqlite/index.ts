import * as migration_20261125_133307_initial from './20261125_133307_initial';
import * as migration_20261125_172017_public_from from './20261125_172017_public_from';

export const migrations = [
  {
    up: migration_20261125_133307_initial.up,
    down: migration_20261125_133307_initial.down,
    name: '20261125_133307_initial',
  },
  {
    up: migration_20261125_172017_public_from.up,
    down: migration_20261125_172017_public_from.down,
    name: '20261125_172017_public_from'
  },
];
