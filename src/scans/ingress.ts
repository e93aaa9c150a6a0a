// Moved to src/proxies/ingress/ (the Ingress proxy module); kept so the scan's import still resolves.
export {
  checkIngress,
  type IngressCheckOptions,
  type IngressVerdict
} from '../proxies/ingress/check.js'
