// The probes, in the order they run for each target. A new probe is one line here.
import { addressesProbe } from './addresses.js'
import { chainProbe } from './chain.js'
import { ciphersProbe } from './ciphers.js'
import { compareProbe } from './compare.js'
import { cryptoProbe } from './crypto.js'
import { expiryProbe } from './expiry.js'
import { hostnameProbe } from './hostname.js'
import { idleProbe } from './idle.js'
import { inputProbe } from './input.js'
import { originProbe } from './origin.js'
import type { Probe } from './probe.js'
import { revocationProbe } from './revocation.js'
import { schemeProbe } from './scheme.js'
import { tlsProbe } from './tls.js'
import { trustProbe } from './trust.js'
import { upgradeProbe } from './upgrade.js'
import { versionsProbe } from './versions.js'

export const PROBES: readonly Probe[] = [
  inputProbe,
  schemeProbe,
  tlsProbe,
  trustProbe,
  hostnameProbe,
  expiryProbe,
  revocationProbe,
  // Right after the certificate checks, over the default handshake's connection (upgrade.ts).
  upgradeProbe,
  // Starts its hold and hands it to the run (ctx.later): the other probes do not wait for it.
  idleProbe,
  cryptoProbe,
  addressesProbe,
  versionsProbe,
  ciphersProbe,
  chainProbe,
  compareProbe,
  originProbe
]
