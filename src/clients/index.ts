// Client profiles and the verdict per client: what the rest of wss-doctor (and the client-run
// tests, which compare the verdicts with the real clients) take from here.
export { CLIENT_IDS, type ClientId, type ClientProfile, type Revocation } from './profile.js'
export { PROFILES } from './profiles.js'
export {
  clientVerdicts,
  type ClientVerdict,
  type ClientVerdicts,
  type VerdictInput
} from './verdict.js'
export { CLIENT_GROUPS, clientNames, parseClients, spareSelected } from './policy.js'
