import * as migration_20261125_133312_initial from './20261125_133312_initial';
import * as migration_20261125_172014_newsroom_search_text from './20261125_172014_newsroom_search_text';

export const migrations = [
  {
    up: migration_20261125_133312_initial.up,
    down: migration_20261125_133312_initial.down,
    name: '20261125_133312_initial',
  },
  {
    up: migration_20261125_172014_newsroom_search_text.up,
    down: migration_20261125_172014_newsroom_search_text.down,
    name: '20261125_172014_newsroom_search_text'
  },
];
