import * as migration_20261125_133307_initial from './20261125_133307_initial'
import * as migration_20261125_165825_clear_embargo_of_immediate from './20261125_165825_clear_embargo_of_immediate'
import * as migration_20261125_171933_newsroom_search_text from './20261125_171933_newsroom_search_text'
import * as migration_20261125_172017_public_from from './20261125_172017_public_from'
import * as migration_20261125_173502_distribution from './20261125_173502_distribution'
import * as migration_20261129_174408_media_storage_fields from './20261129_174408_media_storage_fields'
import * as migration_20261129_174500_content_generation from './20261129_174500_content_generation'
import * as migration_20261129_180000_search_text_backfill from './20261129_180000_search_text_backfill'
import * as migration_20261129_181500_read_indexes from './20261129_181500_read_indexes'
import * as migration_20261203_065757_delivery_reasons_link_uses from './20261203_065757_delivery_reasons_link_uses'
import * as migration_20261203_070000_login_throttle from './20261203_070000_login_throttle'
import * as migration_20261207_061912_token_keys from './20261207_061912_token_keys'
import * as migration_20261207_084541_first_published_at from './20261207_084541_first_published_at'
import * as migration_20261207_084706_provisional_headline from './20261207_084706_provisional_headline'
import * as migration_20261207_084837_crisis_tools from './20261207_084837_crisis_tools'
import * as migration_20261207_085215_second_pair_of_eyes from './20261207_085215_second_pair_of_eyes'
import * as migration_20261207_085349_audit_events from './20261207_085349_audit_events'
import * as migration_20261207_093255_localized_person_names from './20261207_093255_localized_person_names'
import * as migration_20261207_101525_easy_read_statement from './20261207_101525_easy_read_statement'
import * as migration_20261207_114800_release_events from './20261207_114800_release_events'
import * as migration_20261207_115347_record_fields from './20261207_115347_record_fields'
import * as migration_20261207_115553_change_notes from './20261207_115553_change_notes'
import * as migration_20261207_115724_withdrawal from './20261207_115724_withdrawal'
import * as migration_20261207_120350_statement_communication_city_name from './20261207_120350_statement_communication_city_name'
import * as migration_20261207_121152_correction_deliveries from './20261207_121152_correction_deliveries'
import * as migration_20261207_150500_foreign_key_actions from './20261207_150500_foreign_key_actions'
import * as migration_20261207_153428_statement_burden_analysis from './20261207_153428_statement_burden_analysis'

export const migrations = [
  {
    up: migration_20261125_133307_initial.up,
    down: migration_20261125_133307_initial.down,
    name: '20261125_133307_initial',
  },
  {
    up: migration_20261125_165825_clear_embargo_of_immediate.up,
    down: migration_20261125_165825_clear_embargo_of_immediate.down,
    name: '20261125_165825_clear_embargo_of_immediate',
  },
  {
    up: migration_20261125_171933_newsroom_search_text.up,
    down: migration_20261125_171933_newsroom_search_text.down,
    name: '20261125_171933_newsroom_search_text',
  },
  {
    up: migration_20261125_172017_public_from.up,
    down: migration_20261125_172017_public_from.down,
    name: '20261125_172017_public_from',
  },
  {
    up: migration_20261125_173502_distribution.up,
    down: migration_20261125_173502_distribution.down,
    name: '20261125_173502_distribution',
  },
  {
    up: migration_20261129_174408_media_storage_fields.up,
    down: migration_20261129_174408_media_storage_fields.down,
    name: '20261129_174408_media_storage_fields',
  },
  {
    up: migration_20261129_174500_content_generation.up,
    down: migration_20261129_174500_content_generation.down,
    name: '20261129_174500_content_generation',
  },
  {
    up: migration_20261129_180000_search_text_backfill.up,
    down: migration_20261129_180000_search_text_backfill.down,
    name: '20261129_180000_search_text_backfill',
  },
  {
    up: migration_20261129_181500_read_indexes.up,
    down: migration_20261129_181500_read_indexes.down,
    name: '20261129_181500_read_indexes',
  },
  {
    up: migration_20261203_065757_delivery_reasons_link_uses.up,
    down: migration_20261203_065757_delivery_reasons_link_uses.down,
    name: '20261203_065757_delivery_reasons_link_uses',
  },
  {
    up: migration_20261203_070000_login_throttle.up,
    down: migration_20261203_070000_login_throttle.down,
    name: '20261203_070000_login_throttle',
  },
  {
    up: migration_20261207_061912_token_keys.up,
    down: migration_20261207_061912_token_keys.down,
    name: '20261207_061912_token_keys',
  },
  {
    up: migration_20261207_084541_first_published_at.up,
    down: migration_20261207_084541_first_published_at.down,
    name: '20261207_084541_first_published_at',
  },
  {
    up: migration_20261207_084706_provisional_headline.up,
    down: migration_20261207_084706_provisional_headline.down,
    name: '20261207_084706_provisional_headline',
  },
  {
    up: migration_20261207_084837_crisis_tools.up,
    down: migration_20261207_084837_crisis_tools.down,
    name: '20261207_084837_crisis_tools',
  },
  {
    up: migration_20261207_085215_second_pair_of_eyes.up,
    down: migration_20261207_085215_second_pair_of_eyes.down,
    name: '20261207_085215_second_pair_of_eyes',
  },
  {
    up: migration_20261207_085349_audit_events.up,
    down: migration_20261207_085349_audit_events.down,
    name: '20261207_085349_audit_events',
  },
  {
    up: migration_20261207_093255_localized_person_names.up,
    down: migration_20261207_093255_localized_person_names.down,
    name: '20261207_093255_localized_person_names',
  },
  {
    up: migration_20261207_101525_easy_read_statement.up,
    down: migration_20261207_101525_easy_read_statement.down,
    name: '20261207_101525_easy_read_statement',
  },
  {
    up: migration_20261207_114800_release_events.up,
    down: migration_20261207_114800_release_events.down,
    name: '20261207_114800_release_events',
  },
  {
    up: migration_20261207_115347_record_fields.up,
    down: migration_20261207_115347_record_fields.down,
    name: '20261207_115347_record_fields',
  },
  {
    up: migration_20261207_115553_change_notes.up,
    down: migration_20261207_115553_change_notes.down,
    name: '20261207_115553_change_notes',
  },
  {
    up: migration_20261207_115724_withdrawal.up,
    down: migration_20261207_115724_withdrawal.down,
    name: '20261207_115724_withdrawal',
  },
  {
    up: migration_20261207_120350_statement_communication_city_name.up,
    down: migration_20261207_120350_statement_communication_city_name.down,
    name: '20261207_120350_statement_communication_city_name',
  },
  {
    up: migration_20261207_121152_correction_deliveries.up,
    down: migration_20261207_121152_correction_deliveries.down,
    name: '20261207_121152_correction_deliveries',
  },
  {
    up: migration_20261207_150500_foreign_key_actions.up,
    down: migration_20261207_150500_foreign_key_actions.down,
    name: '20261207_150500_foreign_key_actions',
  },
  {
    up: migration_20261207_153428_statement_burden_analysis.up,
    down: migration_20261207_153428_statement_burden_analysis.down,
    name: '20261207_153428_statement_burden_analysis',
  },
]
