/** The ids of a relationship's values, whether populated or not. */
export const idsOf = (values: unknown[] | null | undefined): (number | string)[] =>
  (values ?? []).map((v) =>
    v && typeof v === 'object' ? (v as { id: number | string }).id : (v as number | string),
  )
