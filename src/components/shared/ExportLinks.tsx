'use client'

import { Button } from '@payloadcms/ui'

export type ExportLink = { label: string; href: string; download?: boolean; primary?: boolean }

/** A row of small buttons that open or download an export of the document being edited. */
export const ExportLinks = ({ links, testId }: { links: ExportLink[]; testId: string }) => (
  <div
    data-testid={testId}
    style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'nowrap' }}
  >
    {links.map((link) =>
      link.download ? (
        // Payload's Button has no `download`; the same classes keep the look.
        <a
          key={link.label}
          className="btn btn--style-secondary btn--size-small btn--withoutPopup"
          style={{ margin: 0, whiteSpace: 'nowrap' }}
          href={link.href}
          download
          data-export={link.label}
        >
          <span className="btn__content">
            <span className="btn__label">{link.label}</span>
          </span>
        </a>
      ) : (
        <Button
          key={link.label}
          el="anchor"
          url={link.href}
          newTab
          size="small"
          margin={false}
          buttonStyle={link.primary ? 'primary' : 'secondary'}
          extraButtonProps={{ 'data-export': link.label }}
        >
          {link.label}
        </Button>
      ),
    )}
  </div>
)
