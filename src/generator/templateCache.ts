let generation = 0

/**
 * Says the templates changed (the render store notices, by their files' sizes and times):
 * everything built from them is built again on next use.
 */
export const templatesChanged = (): void => {
  generation++
}

/** Which edition of the templates is in use: part of stylesheet URLs, so Chromium reloads them. */
export const templatesGeneration = (): number => generation

/** A value built from the templates (compiled Handlebars, labels, CSS), rebuilt after a change. */
export const perTemplates = <T>(build: () => T): (() => T) => {
  let built: { generation: number; value: T } | undefined
  return () => {
    if (built?.generation !== generation) built = { generation, value: build() }
    return built.value
  }
}
