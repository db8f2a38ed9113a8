import { notFound } from 'next/navigation'

/** Any deeper path under a language is nobody's page: the newsroom's 404. */
export default function UnknownPage() {
  notFound()
}
