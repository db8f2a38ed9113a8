/** Labels in the admin's two languages. */
export const label = (pl: string, en: string) => ({ pl, en })
