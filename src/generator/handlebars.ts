import Handlebars from 'handlebars'
import fs from 'node:fs'
import path from 'node:path'

import type { PackView, ReleaseView } from './view'

import { templatePath } from './paths'
import { perTemplates } from './templateCache'

/**
 * A CSS string literal for `content:` in print.css margin boxes. Every character outside a safe
 * set becomes a CSS escape, so nothing can close the string or the <style> element.
 */
const cssString = (value: unknown): Handlebars.SafeString =>
  new Handlebars.SafeString(
    `"${[...String(value ?? '')]
      .map((ch) => (/[\p{L}\p{N} .,:–-]/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `))
      .join('')}"`,
  )

const createEnv = () => {
  const env = Handlebars.create()
  env.registerHelper('cssString', cssString)
  env.registerHelper('inc', (n: unknown) => Number(n) + 1)
  const dir = templatePath('partials')
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.hbs'))) {
    env.registerPartial(path.basename(file, '.hbs'), fs.readFileSync(path.join(dir, file), 'utf8'))
  }
  const compile = <T>(name: string) =>
    env.compile<T>(fs.readFileSync(templatePath('layouts', `${name}.hbs`), 'utf8'), {
      strict: true,
      preventIndent: true,
    })
  return {
    release: compile<ReleaseView>('release'),
    pack: compile<PackView>('pack'),
    continued: compile<{ lang: string; more: string; stylesheets: string[] }>('continued'),
  }
}

/** One Handlebars environment for the generator; templates compiled on first use and after an edit. */
const templates = perTemplates(createEnv)

export const renderReleaseHtml = (view: ReleaseView): string => templates().release(view)
export const renderPackHtml = (view: PackView): string => templates().pack(view)
export const renderContinuedHtml = (data: { lang: string; more: string; stylesheets: string[] }) =>
  templates().continued(data)
