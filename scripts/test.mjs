#!/usr/bin/env node
// `npm test`: the jest suites, then the fault suite alone (jest.faults.config.js), which restarts
// a database server and kills browsers and so must not run beside the others. Given files, runs
// just those (a *.fault.ts with the fault config).
import { spawnSync } from 'node:child_process'

const args = process.argv.slice(2)
const env = { ...process.env, NODE_OPTIONS: '--experimental-vm-modules --no-warnings' }
const jest = (config, list) =>
  spawnSync(process.execPath, ['node_modules/jest/bin/jest.js', '-c', config, ...list], {
    stdio: 'inherit',
    env,
  }).status ?? 1

const files = args.filter((a) => !a.startsWith('-'))
const faultFiles = files.filter((a) => a.endsWith('.fault.ts'))
if (faultFiles.length) process.exit(jest('jest.faults.config.js', args))
const main = jest('jest.config.js', args)
if (main !== 0 || files.length) process.exit(main)
process.exit(jest('jest.faults.config.js', args))
