import type { Page } from 'puppeteer'

import { AxePuppeteer } from '@axe-core/puppeteer'

/** The WCAG 2.1 A and AA rules: what the act of 4 April 2019 asks of a public body's site. */
export const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * axe-core's WCAG 2.1 A/AA violations of any impact on the page (or only inside `include`, a CSS
 * selector), one line each: the rule, its impact and the elements it found.
 */
export const violationsOn = async (page: Page, include?: string): Promise<string[]> => {
  const axe = new AxePuppeteer(page).withTags(wcag21aa)
  if (include) axe.include(include)
  const { violations } = await axe.analyze()
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}
