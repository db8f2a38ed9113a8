import { S3 } from '@aws-sdk/client-s3'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

export type SeenRequest = { method: string; url: string; headers: http.IncomingHttpHeaders }

export type TestS3 = {
  bucket: string
  /** S3_* variables for the app: the endpoint is the recording relay in front of s3rver. */
  env: Record<string, string>
  /** The real AWS SDK client, for the test to look into the bucket. */
  client: S3
  /** Every request the app sent to the store, as it arrived (method, path, headers). */
  seen: SeenRequest[]
  keys: (prefix?: string) => Promise<string[]>
  bytes: (key: string) => Promise<Buffer>
  /** The store goes away (s3rver stopped) and comes back on the same port with the same data. */
  stopServer: () => Promise<void>
  startServer: () => Promise<void>
  close: () => Promise<void>
}

/** A free port in this suite's range (45000–45999). */
const freePortInRange = async (): Promise<number> => {
  for (;;) {
    const port = 45000 + Math.floor(Math.random() * 1000)
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer()
      probe.once('error', () => resolve(false))
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
    })
    if (free) return port
  }
}

/**
 * A real S3 server (s3rver) on loopback with one bucket, behind a plain HTTP relay that forwards
 * every request unchanged and notes what the app asked for (an ACL header, say). The relay answers
 * a refused connection by dropping the socket, as an unreachable store would.
 */
export const startS3 = async (bucket = 'pressroom-test'): Promise<TestS3> => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-s3rver-'))
  const s3Port = await freePortInRange()
  let server: S3rver | null = null
  const startServer = async () => {
    server = new S3rver({
      address: '127.0.0.1',
      port: s3Port,
      directory,
      silent: true,
      configureBuckets: [{ name: bucket }],
    })
    await server.run()
  }
  const stopServer = async () => {
    const running = server
    server = null
    running?.httpServer?.closeAllConnections()
    await running?.close()
  }
  await startServer()

  const seen: SeenRequest[] = []
  const relay = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
    const upstream = http.request(
      { host: '127.0.0.1', port: s3Port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  const relayPort = await freePortInRange()
  await new Promise<void>((resolve) => relay.listen(relayPort, '127.0.0.1', resolve))

  const env = {
    S3_BUCKET: bucket,
    S3_ENDPOINT: `http://127.0.0.1:${relayPort}`,
    S3_REGION: 'us-east-1',
    S3_FORCE_PATH_STYLE: 'true',
    // s3rver's one built-in account.
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  }
  const client = new S3({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${s3Port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  })
  return {
    bucket,
    env,
    client,
    seen,
    keys: async (prefix = '') => {
      const listed = await client.listObjectsV2({ Bucket: bucket, Prefix: prefix })
      return (listed.Contents ?? []).map((object) => object.Key ?? '').sort()
    },
    bytes: async (key) => {
      const object = await client.getObject({ Bucket: bucket, Key: key })
      return Buffer.from(await object.Body!.transformToByteArray())
    },
    stopServer,
    startServer,
    close: async () => {
      client.destroy()
      relay.closeAllConnections()
      await new Promise<void>((resolve) => relay.close(() => resolve()))
      await stopServer()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
