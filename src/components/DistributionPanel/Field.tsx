import type { UIFieldServerComponent } from 'payload'

import { readOfficeTimezone } from '../../lib/settings'
import { DistributionPanel } from './index'

/** The panel with the office's zone, which only the server reads, for its times. */
export const DistributionPanelField: UIFieldServerComponent = async ({ payload, req }) => (
  <DistributionPanel timeZone={await readOfficeTimezone(payload, req)} />
)
