import net from 'node:net'

/**
 * A loopback port nothing listens on at this moment (the system's choice): a server can take it,
 * and a connection to it is refused at once.
 */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
