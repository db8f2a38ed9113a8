let generation = 0

/**
 * A number that moves whenever anything a document may cite is saved or deleted in this process
 * (quotes, people, media, boilerplates, contacts, the office settings, releases, packs): what
 * lets a repeated anonymous request skip reloading everything a release cites.
 */
export const contentGeneration = (): number => generation

export const contentChanged = (): void => {
  generation++
}
