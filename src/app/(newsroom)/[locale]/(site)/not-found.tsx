import React from 'react'

import { NotFoundMessage } from '../../_components/NotFoundMessage'

/** The same 404 text when Next renders the boundary inside the layout (client navigation). */
export default function NewsroomNotFound() {
  return <NotFoundMessage />
}
