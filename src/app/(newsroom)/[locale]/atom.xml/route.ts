import { feedRoute } from '../../_components/feedRoute'

export const dynamic = 'force-dynamic'
export const GET = feedRoute('atom')
