import type { Row } from './measure'
import type { BenchServer } from './server'

import { met, ms, now, pct, stage } from './measure'

const states = ['new', 'pending', 'confirmed', 'unsubscribed'] as const

/**
 * The newsroom's sign-up form answered for a new, a pending, a confirmed and an unsubscribed
 * address: the median time of `tries` answers each, in turn, every one to an address of its own
 * (a repeated address would meet its daily limit and skip its work). The server must trust one
 * proxy (PRESSROOM_TRUST_PROXY=1): each try comes from a client of its own, under the per-client
 * limit. Equal medians say the answer does not tell a known address from a new one.
 */
export const signupSection = async (server: BenchServer, tries: number): Promise<Row[]> => {
  stage(`signup: ${tries * 3} journalists in their states`)
  const run = Date.now().toString(36)
  const address = (state: string, i: number) => `${state}-${i}-${run}@signup.bench`
  for (const state of ['pending', 'confirmed', 'unsubscribed'] as const) {
    for (let i = 0; i < tries; i++) {
      const res = await fetch(`${server.url}/api/journalists`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: server.auth },
        body: JSON.stringify({ name: state, email: address(state, i), consent: state }),
      })
      if (!res.ok) throw new Error(`creating a ${state} journalist failed: ${res.status}`)
    }
  }
  let client = 0
  const signUp = async (email: string) => {
    client += 1
    const start = now()
    const res = await fetch(`${server.url}/api/journalists/subscribe`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Forwarded-For': `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`,
      },
      body: JSON.stringify({ email, name: 'Bench', locale: 'pl' }),
    })
    const body = await res.text()
    const took = now() - start
    if (res.status !== 202) throw new Error(`a sign-up answered ${res.status}: ${body}`)
    return { took, body }
  }
  stage(`signup: ${tries} sign-ups of each kind of address, in turn`)
  for (let i = 0; i < 5; i++) await signUp(`warm-${i}-${run}@signup.bench`)
  const times = new Map(states.map((s) => [s, [] as number[]]))
  const bodies = new Set<string>()
  // A try's queued work (a create, an update, a mail) runs after its answer and would slow the
  // next answer: each round takes the states in another order, and waits for the work between.
  let seed = 7
  const order = () =>
    states
      .map((state) => ({ state, key: (seed = (seed * 48271) % 2147483647) }))
      .sort((a, b) => a.key - b.key)
      .map((o) => o.state)
  for (let i = 0; i < tries; i++) {
    for (const state of order()) {
      const { took, body } = await signUp(address(state, i))
      times.get(state)!.push(took)
      bodies.add(body)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  const medians = states.map((s) => pct(times.get(s)!, 50))
  const spread = Math.max(...medians) / Math.min(...medians) - 1
  return [
    [
      `Sign-up answer, median of ${tries}: ${states.join(' / ')}`,
      `${medians.map(ms).join(' / ')} (spread ${(spread * 100).toFixed(1)} %)`,
      bodies.size === 1 ? 'identical bytes' : `${bodies.size} different answers`,
      `within 10 % of each other — ${met(spread <= 0.1 && bodies.size === 1)}`,
    ],
  ]
}
