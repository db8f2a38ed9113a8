import React from 'react'

/** The one answer to a personal link that opens nothing: revoked, expired, mistyped or unknown. */
export default function PersonalLinkNotFound() {
  return <h1>Nie znaleziono / Not found / Не знайдено</h1>
}
