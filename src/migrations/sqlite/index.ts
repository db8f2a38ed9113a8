import * as migration_20261125_133307_initial from './20261125_133307_initial';
import * as migration_20261125_171933_newsroom_search_text from './20261125_171933_newsroom_search_text';

export const migrations = [
  {
    up: migration_20261125_133307_initial.up,
    down: migration_20261125_133307_initial.down,
    name: '20261125_133307_initial',
  },
  {
    up: migration_20261125_171933_newsroom_search_text.up,
    down: migration_20261125_171933_newsroom_search_text.down,
    name: '20261125_171933_newsroom_search_text'
  },
];
