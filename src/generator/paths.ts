import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Where the designer-editable templates live. Resolved from the working directory (scripts, tests
 * and the server all run from the project root), overridable for a deployment that moves them.
 */
export const templatesDir = (): string =>
  path.resolve(process.env.PRESSROOM_TEMPLATES_DIR || 'templates')

/** The shipped fonts (@fontsource packages), read by Chromium from disk. */
export const fontsDir = (): string => path.resolve('node_modules/@fontsource')

export const templatePath = (...parts: string[]): string => path.join(templatesDir(), ...parts)

export const fileUrl = (file: string): string => pathToFileURL(file).href
