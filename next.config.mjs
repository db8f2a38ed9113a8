import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Chromium and the PDF toolchain stay plain Node modules, never bundled.
  // Types are checked by `npm run typecheck` (in CI) over the whole project, scripts and tests
  // included; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: [
    'puppeteer',
    'puppeteer-core',
    '@sparticuz/chromium',
    'handlebars',
    'mammoth',
    'esbuild',
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
