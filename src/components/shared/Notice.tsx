import type { ReactNode } from 'react'

export type Tone = 'info' | 'warning' | 'error' | 'success'

const tones: Record<Tone, { background: string; border: string }> = {
  info: { background: 'var(--theme-elevation-50)', border: 'var(--theme-elevation-400)' },
  warning: {
    background: 'var(--theme-warning-100, #fef3c7)',
    border: 'var(--theme-warning-500, #d97706)',
  },
  error: {
    background: 'var(--theme-error-100, #fee2e2)',
    border: 'var(--theme-error-500, #dc2626)',
  },
  success: {
    background: 'var(--theme-success-100, #dcfce7)',
    border: 'var(--theme-success-500, #16a34a)',
  },
}

/** A banner in Payload's colours: a coloured rule on the left, text on a tinted ground. */
export const Notice = ({
  tone,
  children,
  testId,
}: {
  tone: Tone
  children: ReactNode
  testId?: string
}) => (
  <div
    role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'}
    data-testid={testId}
    data-tone={tone}
    style={{
      ...tones[tone],
      borderLeft: `4px solid ${tones[tone].border}`,
      borderTop: 'none',
      borderRight: 'none',
      borderBottom: 'none',
      borderRadius: 4,
      padding: '10px 14px',
      margin: '0 0 12px',
      lineHeight: 1.45,
    }}
  >
    {children}
  </div>
)
