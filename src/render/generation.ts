// On globalThis: Next bundles each route apart, and a module may be loaded once per bundle; the
// hooks that move the number and the routes that read it must share one.
const state = ((globalThis as { __pressroomContent?: { generation: number } }).__pressroomContent ??= {
  generation: 0,
})

/**
 * A number that moves whenever anything a document may cite is saved or deleted in this process
 * (quotes, people, media, boilerplates, contacts, the office settings, releases, packs): what
 * lets a repeated anonymous request skip reloading everything a release cites.
 */
export const contentGeneration = (): number => state.generation

export const contentChanged = (): void => {
  state.generation++
}
