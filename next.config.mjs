import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Chromium and the PDF toolchain stay plain Node modules, never bundled.
  serverExternalPackages: ['puppeteer', 'puppeteer-core', '@sparticuz/chromium', 'handlebars', 'mammoth'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
