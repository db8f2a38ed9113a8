import type { SampleRelease } from '../types'

import { airQuality } from './airQuality'
import { citizensBudget } from './citizensBudget'
import { cultureNearby } from './cultureNearby'
import { greenKrakow } from './greenKrakow'
import { tramLine } from './tramLine'

/** In creation order: the oldest first, so the admin list reads newest at the top. */
export const releases: SampleRelease[] = [
  greenKrakow,
  citizensBudget,
  airQuality,
  tramLine,
  cultureNearby,
]
