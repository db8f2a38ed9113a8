/** What a personal link can open: the page, or the release as PDF, HTML or TXT. */
export const linkFormats = ['page', 'pdf', 'html', 'txt'] as const
export type LinkFormat = (typeof linkFormats)[number]

export const isLinkFormat = (value: unknown): value is LinkFormat =>
  linkFormats.includes(value as LinkFormat)
