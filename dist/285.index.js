export const id = 285;
export const ids = [285];
export const modules = {

/***/ 96531:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BasicOCSPResponse = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
const response_data_1 = __webpack_require__(61211);
class BasicOCSPResponse {
    constructor(params = {}) {
        this.tbsResponseData = new response_data_1.ResponseData();
        this.signatureAlgorithm = new asn1_x509_1.AlgorithmIdentifier();
        this.signature = new ArrayBuffer(0);
        Object.assign(this, params);
    }
}
exports.BasicOCSPResponse = BasicOCSPResponse;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: response_data_1.ResponseData, raw: true })
], BasicOCSPResponse.prototype, "tbsResponseData", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.AlgorithmIdentifier })
], BasicOCSPResponse.prototype, "signatureAlgorithm", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.BitString })
], BasicOCSPResponse.prototype, "signature", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Certificate, repeated: "sequence", optional: true, context: 0 })
], BasicOCSPResponse.prototype, "certs", void 0);


/***/ }),

/***/ 41265:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CertID = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_x509_1 = __webpack_require__(33594);
const asn1_schema_1 = __webpack_require__(47261);
class CertID {
    constructor(params = {}) {
        this.hashAlgorithm = new asn1_x509_1.AlgorithmIdentifier();
        this.issuerNameHash = new asn1_schema_1.OctetString();
        this.issuerKeyHash = new asn1_schema_1.OctetString();
        this.serialNumber = new ArrayBuffer(0);
        Object.assign(this, params);
    }
}
exports.CertID = CertID;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.AlgorithmIdentifier })
], CertID.prototype, "hashAlgorithm", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.OctetString })
], CertID.prototype, "issuerNameHash", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.OctetString })
], CertID.prototype, "issuerKeyHash", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer, converter: asn1_schema_1.AsnIntegerArrayBufferConverter })
], CertID.prototype, "serialNumber", void 0);


/***/ }),

/***/ 26366:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CertStatus = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const revoked_info_1 = __webpack_require__(30064);
let CertStatus = class CertStatus {
    constructor(params = {}) {
        Object.assign(this, params);
    }
};
exports.CertStatus = CertStatus;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Null, context: 0, implicit: true })
], CertStatus.prototype, "good", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: revoked_info_1.RevokedInfo, context: 1, implicit: true })
], CertStatus.prototype, "revoked", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Null, context: 2, implicit: true })
], CertStatus.prototype, "unknown", void 0);
exports.CertStatus = CertStatus = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Choice })
], CertStatus);


/***/ }),

/***/ 34735:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


var AcceptableResponses_1;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AcceptableResponses = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
let AcceptableResponses = AcceptableResponses_1 = class AcceptableResponses extends asn1_schema_1.AsnArray {
    constructor(items) {
        super(items);
        Object.setPrototypeOf(this, AcceptableResponses_1.prototype);
    }
};
exports.AcceptableResponses = AcceptableResponses;
exports.AcceptableResponses = AcceptableResponses = AcceptableResponses_1 = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Sequence, itemType: asn1_schema_1.AsnPropTypes.ObjectIdentifier })
], AcceptableResponses);


/***/ }),

/***/ 81514:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ArchiveCutoff = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
let ArchiveCutoff = class ArchiveCutoff {
    constructor(value = new Date()) {
        this.value = value;
    }
};
exports.ArchiveCutoff = ArchiveCutoff;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.GeneralizedTime })
], ArchiveCutoff.prototype, "value", void 0);
exports.ArchiveCutoff = ArchiveCutoff = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Choice })
], ArchiveCutoff);


/***/ }),

/***/ 73766:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ExtendedRevoke = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
let ExtendedRevoke = class ExtendedRevoke {
    constructor(value = null) {
        this.value = value;
    }
};
exports.ExtendedRevoke = ExtendedRevoke;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Null })
], ExtendedRevoke.prototype, "value", void 0);
exports.ExtendedRevoke = ExtendedRevoke = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Choice })
], ExtendedRevoke);


/***/ }),

/***/ 84234:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const tslib_1 = __webpack_require__(61860);
tslib_1.__exportStar(__webpack_require__(34735), exports);
tslib_1.__exportStar(__webpack_require__(81514), exports);
tslib_1.__exportStar(__webpack_require__(73766), exports);
tslib_1.__exportStar(__webpack_require__(81205), exports);
tslib_1.__exportStar(__webpack_require__(61311), exports);
tslib_1.__exportStar(__webpack_require__(75020), exports);


/***/ }),

/***/ 81205:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Nonce = void 0;
const asn1_schema_1 = __webpack_require__(47261);
class Nonce extends asn1_schema_1.OctetString {
}
exports.Nonce = Nonce;


/***/ }),

/***/ 61311:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


var PreferredSignatureAlgorithms_1;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PreferredSignatureAlgorithms = exports.PreferredSignatureAlgorithm = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
class PreferredSignatureAlgorithm {
    constructor(params = {}) {
        this.sigIdentifier = new asn1_x509_1.AlgorithmIdentifier();
        Object.assign(this, params);
    }
}
exports.PreferredSignatureAlgorithm = PreferredSignatureAlgorithm;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.AlgorithmIdentifier })
], PreferredSignatureAlgorithm.prototype, "sigIdentifier", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.AlgorithmIdentifier, optional: true })
], PreferredSignatureAlgorithm.prototype, "certIdentifier", void 0);
let PreferredSignatureAlgorithms = PreferredSignatureAlgorithms_1 = class PreferredSignatureAlgorithms extends asn1_schema_1.AsnArray {
    constructor(items) {
        super(items);
        Object.setPrototypeOf(this, PreferredSignatureAlgorithms_1.prototype);
    }
};
exports.PreferredSignatureAlgorithms = PreferredSignatureAlgorithms;
exports.PreferredSignatureAlgorithms = PreferredSignatureAlgorithms = PreferredSignatureAlgorithms_1 = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Sequence, itemType: PreferredSignatureAlgorithm })
], PreferredSignatureAlgorithms);


/***/ }),

/***/ 75020:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ServiceLocator = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
class ServiceLocator {
    constructor(params = {}) {
        this.issuer = new asn1_x509_1.Name();
        this.locator = new asn1_x509_1.AuthorityInfoAccessSyntax();
        Object.assign(this, params);
    }
}
exports.ServiceLocator = ServiceLocator;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Name })
], ServiceLocator.prototype, "issuer", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.AuthorityInfoAccessSyntax })
], ServiceLocator.prototype, "locator", void 0);


/***/ }),

/***/ 19911:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const tslib_1 = __webpack_require__(61860);
tslib_1.__exportStar(__webpack_require__(84234), exports);
tslib_1.__exportStar(__webpack_require__(96531), exports);
tslib_1.__exportStar(__webpack_require__(41265), exports);
tslib_1.__exportStar(__webpack_require__(26366), exports);
tslib_1.__exportStar(__webpack_require__(27211), exports);
tslib_1.__exportStar(__webpack_require__(75032), exports);
tslib_1.__exportStar(__webpack_require__(4219), exports);
tslib_1.__exportStar(__webpack_require__(51746), exports);
tslib_1.__exportStar(__webpack_require__(71598), exports);
tslib_1.__exportStar(__webpack_require__(82949), exports);
tslib_1.__exportStar(__webpack_require__(14756), exports);
tslib_1.__exportStar(__webpack_require__(61211), exports);
tslib_1.__exportStar(__webpack_require__(30064), exports);
tslib_1.__exportStar(__webpack_require__(31489), exports);
tslib_1.__exportStar(__webpack_require__(99401), exports);
tslib_1.__exportStar(__webpack_require__(38314), exports);
tslib_1.__exportStar(__webpack_require__(12542), exports);


/***/ }),

/***/ 27211:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.id_pkix_ocsp_extended_revoke = exports.id_pkix_ocsp_pref_sig_algs = exports.id_pkix_ocsp_service_locator = exports.id_pkix_ocsp_archive_cutoff = exports.id_pkix_ocsp_nocheck = exports.id_pkix_ocsp_response = exports.id_pkix_ocsp_crl = exports.id_pkix_ocsp_nonce = exports.id_pkix_ocsp_basic = exports.id_pkix_ocsp = exports.id_kp_OCSPSigning = void 0;
const asn1_x509_1 = __webpack_require__(33594);
exports.id_kp_OCSPSigning = `${asn1_x509_1.id_kp}.9`;
exports.id_pkix_ocsp = `${asn1_x509_1.id_ad_ocsp}`;
exports.id_pkix_ocsp_basic = `${exports.id_pkix_ocsp}.1`;
exports.id_pkix_ocsp_nonce = `${exports.id_pkix_ocsp}.2`;
exports.id_pkix_ocsp_crl = `${exports.id_pkix_ocsp}.3`;
exports.id_pkix_ocsp_response = `${exports.id_pkix_ocsp}.4`;
exports.id_pkix_ocsp_nocheck = `${exports.id_pkix_ocsp}.5`;
exports.id_pkix_ocsp_archive_cutoff = `${exports.id_pkix_ocsp}.6`;
exports.id_pkix_ocsp_service_locator = `${exports.id_pkix_ocsp}.7`;
exports.id_pkix_ocsp_pref_sig_algs = `${exports.id_pkix_ocsp}.8`;
exports.id_pkix_ocsp_extended_revoke = `${exports.id_pkix_ocsp}.9`;


/***/ }),

/***/ 75032:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OCSPRequest = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const signature_1 = __webpack_require__(31489);
const tbs_request_1 = __webpack_require__(38314);
class OCSPRequest {
    constructor(params = {}) {
        this.tbsRequest = new tbs_request_1.TBSRequest();
        Object.assign(this, params);
    }
}
exports.OCSPRequest = OCSPRequest;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: tbs_request_1.TBSRequest, raw: true })
], OCSPRequest.prototype, "tbsRequest", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: signature_1.Signature, optional: true, context: 0 })
], OCSPRequest.prototype, "optionalSignature", void 0);


/***/ }),

/***/ 51746:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OCSPResponse = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const ocsp_response_status_1 = __webpack_require__(4219);
const response_bytes_1 = __webpack_require__(14756);
class OCSPResponse {
    constructor(params = {}) {
        this.responseStatus = ocsp_response_status_1.OCSPResponseStatus.successful;
        Object.assign(this, params);
    }
}
exports.OCSPResponse = OCSPResponse;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Enumerated })
], OCSPResponse.prototype, "responseStatus", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: response_bytes_1.ResponseBytes, context: 0, optional: true })
], OCSPResponse.prototype, "responseBytes", void 0);


/***/ }),

/***/ 4219:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OCSPResponseStatus = void 0;
var OCSPResponseStatus;
(function (OCSPResponseStatus) {
    OCSPResponseStatus[OCSPResponseStatus["successful"] = 0] = "successful";
    OCSPResponseStatus[OCSPResponseStatus["malformedRequest"] = 1] = "malformedRequest";
    OCSPResponseStatus[OCSPResponseStatus["internalError"] = 2] = "internalError";
    OCSPResponseStatus[OCSPResponseStatus["tryLater"] = 3] = "tryLater";
    OCSPResponseStatus[OCSPResponseStatus["sigRequired"] = 5] = "sigRequired";
    OCSPResponseStatus[OCSPResponseStatus["unauthorized"] = 6] = "unauthorized";
})(OCSPResponseStatus || (exports.OCSPResponseStatus = OCSPResponseStatus = {}));


/***/ }),

/***/ 71598:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Request = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const cert_id_1 = __webpack_require__(41265);
const asn1_x509_1 = __webpack_require__(33594);
class Request {
    constructor(params = {}) {
        this.reqCert = new cert_id_1.CertID();
        Object.assign(this, params);
    }
}
exports.Request = Request;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: cert_id_1.CertID })
], Request.prototype, "reqCert", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Extension, repeated: "sequence", optional: true })
], Request.prototype, "singleRequestExtensions", void 0);


/***/ }),

/***/ 82949:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ResponderID = exports.KeyHash = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
class KeyHash extends asn1_schema_1.OctetString {
}
exports.KeyHash = KeyHash;
let ResponderID = class ResponderID {
    constructor(params = {}) {
        Object.assign(this, params);
    }
};
exports.ResponderID = ResponderID;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Name, context: 1 })
], ResponderID.prototype, "byName", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: KeyHash, context: 2 })
], ResponderID.prototype, "byKey", void 0);
exports.ResponderID = ResponderID = tslib_1.__decorate([
    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Choice })
], ResponderID);


/***/ }),

/***/ 14756:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ResponseBytes = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
class ResponseBytes {
    constructor(params = {}) {
        this.responseType = "";
        this.response = new asn1_schema_1.OctetString();
        Object.assign(this, params);
    }
}
exports.ResponseBytes = ResponseBytes;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.ObjectIdentifier })
], ResponseBytes.prototype, "responseType", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.OctetString })
], ResponseBytes.prototype, "response", void 0);


/***/ }),

/***/ 61211:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ResponseData = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
const responder_id_1 = __webpack_require__(82949);
const single_response_1 = __webpack_require__(99401);
const types_1 = __webpack_require__(12542);
class ResponseData {
    constructor(params = {}) {
        this.version = types_1.Version.v1;
        this.responderID = new responder_id_1.ResponderID();
        this.producedAt = new Date();
        this.responses = [];
        Object.assign(this, params);
    }
}
exports.ResponseData = ResponseData;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer, context: 0, defaultValue: types_1.Version.v1 })
], ResponseData.prototype, "version", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: responder_id_1.ResponderID })
], ResponseData.prototype, "responderID", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.GeneralizedTime })
], ResponseData.prototype, "producedAt", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: single_response_1.SingleResponse, repeated: "sequence" })
], ResponseData.prototype, "responses", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Extension, repeated: "sequence", context: 1, optional: true })
], ResponseData.prototype, "responseExtensions", void 0);


/***/ }),

/***/ 30064:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RevokedInfo = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
class RevokedInfo {
    constructor(params = {}) {
        this.revocationTime = new Date();
        Object.assign(this, params);
    }
}
exports.RevokedInfo = RevokedInfo;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.GeneralizedTime })
], RevokedInfo.prototype, "revocationTime", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.CRLReason, context: 0, optional: true })
], RevokedInfo.prototype, "revocationReason", void 0);


/***/ }),

/***/ 31489:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Signature = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
class Signature {
    constructor(params = {}) {
        this.signatureAlgorithm = new asn1_x509_1.AlgorithmIdentifier();
        this.signature = new ArrayBuffer(0);
        Object.assign(this, params);
    }
}
exports.Signature = Signature;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.AlgorithmIdentifier })
], Signature.prototype, "signatureAlgorithm", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.BitString })
], Signature.prototype, "signature", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Certificate, repeated: "sequence", optional: true, context: 0 })
], Signature.prototype, "certs", void 0);


/***/ }),

/***/ 99401:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SingleResponse = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const cert_id_1 = __webpack_require__(41265);
const asn1_x509_1 = __webpack_require__(33594);
const cert_status_1 = __webpack_require__(26366);
class SingleResponse {
    constructor(params = {}) {
        this.certID = new cert_id_1.CertID();
        this.certStatus = new cert_status_1.CertStatus();
        this.thisUpdate = new Date();
        Object.assign(this, params);
    }
}
exports.SingleResponse = SingleResponse;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: cert_id_1.CertID })
], SingleResponse.prototype, "certID", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: cert_status_1.CertStatus })
], SingleResponse.prototype, "certStatus", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.GeneralizedTime })
], SingleResponse.prototype, "thisUpdate", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.GeneralizedTime, context: 0, optional: true })
], SingleResponse.prototype, "nextUpdate", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Extension, context: 1, repeated: "sequence", optional: true })
], SingleResponse.prototype, "singleExtensions", void 0);


/***/ }),

/***/ 38314:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TBSRequest = void 0;
const tslib_1 = __webpack_require__(61860);
const asn1_schema_1 = __webpack_require__(47261);
const asn1_x509_1 = __webpack_require__(33594);
const request_1 = __webpack_require__(71598);
const types_1 = __webpack_require__(12542);
class TBSRequest {
    constructor(params = {}) {
        this.version = types_1.Version.v1;
        this.requestList = [];
        Object.assign(this, params);
    }
}
exports.TBSRequest = TBSRequest;
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_schema_1.AsnPropTypes.Integer, context: 0, defaultValue: types_1.Version.v1 })
], TBSRequest.prototype, "version", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.GeneralName, context: 1, optional: true })
], TBSRequest.prototype, "requestorName", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: request_1.Request, repeated: "sequence" })
], TBSRequest.prototype, "requestList", void 0);
tslib_1.__decorate([
    (0, asn1_schema_1.AsnProp)({ type: asn1_x509_1.Extension, context: 2, optional: true, repeated: "sequence" })
], TBSRequest.prototype, "requestExtensions", void 0);


/***/ }),

/***/ 12542:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Version = void 0;
var Version;
(function (Version) {
    Version[Version["v1"] = 0] = "v1";
})(Version || (exports.Version = Version = {}));


/***/ }),

/***/ 10285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  leafRevocation: () => (/* binding */ leafRevocation)
});

// EXTERNAL MODULE: ./src/der.ts
var src_der = __webpack_require__(11580);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var cjs = __webpack_require__(47261);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var build_cjs = __webpack_require__(33594);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/revocation/certificate.ts
// What revocation checking needs from a certificate, read with a maintained ASN.1 schema:
// where its CRLs and OCSP responders are, and the pieces of an OCSP CertID. The URLs come from
// the two extensions alone (der.ts finds them): a leaf that names neither and has no stapled
// response is never parsed whole.




function parseCertificate(pem) {
    const x509 = new external_node_crypto_.X509Certificate(pem);
    return {
        asn: cjs.AsnConvert.parse(x509.raw, build_cjs.Certificate),
        x509,
        serial: normalizeSerial(x509.serialNumber)
    };
}
function normalizeSerial(hex) {
    return hex.toUpperCase().replace(/^0+(?=.)/, '');
}
function serialHex(bytes) {
    return normalizeSerial(Buffer.from(bytes).toString('hex'));
}
function crlUrls(der) {
    const value = (0,src_der/* certificateExtension */.lc)(der, build_cjs.id_ce_cRLDistributionPoints);
    if (!value)
        return [];
    return cjs.AsnConvert.parse(value, build_cjs.CRLDistributionPoints).flatMap(point => (point.distributionPoint?.fullName ?? []).flatMap(name => name.uniformResourceIdentifier ? [name.uniformResourceIdentifier] : []));
}
function ocspUrls(der) {
    const value = (0,src_der/* certificateExtension */.lc)(der, build_cjs.id_pe_authorityInfoAccess);
    if (!value)
        return [];
    return cjs.AsnConvert.parse(value, build_cjs.AuthorityInfoAccessSyntax)
        .filter(access => access.accessMethod === build_cjs.id_ad_ocsp)
        .flatMap(access => access.accessLocation.uniformResourceIdentifier
        ? [access.accessLocation.uniformResourceIdentifier]
        : []);
}
/** SHA-1 of the issuer's name and of its public key bits: the OCSP CertID (RFC 6960 §4.1.1). */
function issuerHashes(issuer) {
    const sha1 = (data) => (0,external_node_crypto_.createHash)('sha1').update(Buffer.from(data)).digest();
    return {
        nameHash: sha1(cjs.AsnConvert.serialize(issuer.tbsCertificate.subject)),
        keyHash: sha1(issuer.tbsCertificate.subjectPublicKeyInfo.subjectPublicKey)
    };
}
const HASH_OF_SIGNATURE = {
    '1.2.840.113549.1.1.5': 'sha1',
    '1.2.840.113549.1.1.11': 'sha256',
    '1.2.840.113549.1.1.12': 'sha384',
    '1.2.840.113549.1.1.13': 'sha512',
    '1.2.840.10045.4.1': 'sha1',
    '1.2.840.10045.4.3.2': 'sha256',
    '1.2.840.10045.4.3.3': 'sha384',
    '1.2.840.10045.4.3.4': 'sha512'
};
/** Hash name for crypto.verify from a signature algorithm OID (RSA PKCS#1 v1.5 or ECDSA). */
function signatureHash(oid) {
    return HASH_OF_SIGNATURE[oid];
}

// EXTERNAL MODULE: ./src/dates.ts
var dates = __webpack_require__(37718);
// EXTERNAL MODULE: ./src/facts.ts
var facts = __webpack_require__(632);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/isolation.ts
var isolation = __webpack_require__(37655);
;// CONCATENATED MODULE: ./src/revocation/fetch.ts
// HTTP for revocation data: the URLs come from a server's certificate, so only http(s),
// no redirects, a size cap, a timeout and the run's deadline.



const MAX_BYTES = 16 * 1024 * 1024;
async function fetchBytes(url, options) {
    const target = new URL(url);
    if (target.protocol !== 'http:' && target.protocol !== 'https:')
        throw new Error(`unsupported URL scheme ${target.protocol}`);
    const client = target.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    return new Promise((resolve, reject) => {
        const request = client.request(target, {
            method: options.body ? 'POST' : 'GET',
            // One request per connection: simple responders (openssl ocsp) serve one at a time.
            headers: {
                Connection: 'close',
                ...(options.body
                    ? {
                        'Content-Type': options.contentType ?? 'application/octet-stream',
                        'Content-Length': options.body.length
                    }
                    : {})
            },
            timeout: options.timeoutMs
        }, (0,isolation/* guard */.ah)(response => {
            if (response.statusCode !== 200) {
                response.resume();
                reject(new Error(`HTTP ${response.statusCode} from ${target.host}`));
                return;
            }
            const chunks = [];
            let size = 0;
            response.on('data', (0,isolation/* guard */.ah)((chunk) => {
                size += chunk.length;
                if (size > MAX_BYTES)
                    request.destroy(new Error(`response over ${MAX_BYTES} bytes`));
                else
                    chunks.push(chunk);
            }, fail));
            response.on('end', (0,isolation/* guard */.ah)(() => resolve(Buffer.concat(chunks)), fail));
            response.on('error', reject);
        }, fail));
        // A listener that throws on the response fails this fetch, not the run.
        function fail(err) {
            request.destroy(err);
        }
        const stopOnDeadline = (0,isolation/* onAbort */.u7)((0,isolation/* deadlineSignal */.R)(), () => request.destroy(new Error('the run reached its deadline')));
        const timer = setTimeout(() => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
        request.on('close', () => {
            clearTimeout(timer);
            stopOnDeadline();
        });
        request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
        request.on('error', reject);
        request.end(options.body);
    });
}

// EXTERNAL MODULE: ./src/revocation/status.ts
var revocation_status = __webpack_require__(97844);
;// CONCATENATED MODULE: ./src/revocation/crl.ts
// Revocation by CRL: fetched once per URL per run, signature checked against the issuer,
// freshness checked, then the serial looked up. A CRL that fails a check is unusable, and says why.








/** The CRL's bytes came but are no CRL: unusable, where a failed fetch is unknown. */
class MalformedCrl extends Error {
}
async function loadCrl(url, timeoutMs, cache) {
    let crl = cache.get(url);
    if (!crl) {
        crl = fetchBytes(url, { timeoutMs }).then(parseCrl);
        cache.set(url, crl);
    }
    return crl;
}
function parseCrl(der) {
    try {
        return cjs.AsnConvert.parse(der, build_cjs.CertificateList);
    }
    catch (err) {
        throw new MalformedCrl(err.message);
    }
}
async function checkCrl(url, leaf, issuer, now, timeoutMs, cache) {
    const source = `CRL ${url}`;
    const unusable = (why) => ({
        status: 'unusable',
        source,
        why: `the CRL cannot be used: ${why}`
    });
    let crl;
    try {
        crl = await loadCrl(url, timeoutMs, cache);
    }
    catch (err) {
        if (err instanceof MalformedCrl)
            return unusable(`it is malformed (${err.message})`);
        return {
            status: 'unknown',
            source,
            why: `the CRL could not be fetched: ${err.message}`
        };
    }
    if (!signedBy(crl, issuer))
        return unusable(`it is signed by a key that is not the issuer's (${(0,facts/* oneLineDN */.$S)(issuer.x509.subject)})`);
    const thisUpdate = crl.tbsCertList.thisUpdate.getTime();
    const nextUpdate = crl.tbsCertList.nextUpdate?.getTime();
    if (nextUpdate && nextUpdate < now)
        return unusable(`it is stale (its nextUpdate was ${(0,dates/* isoDate */._$)(nextUpdate)})`);
    const entry = crl.tbsCertList.revokedCertificates?.find(e => serialHex(e.userCertificate) === leaf.serial);
    if (!entry)
        return { status: 'good', source, thisUpdate };
    const reasonExtension = entry.crlEntryExtensions?.find(e => e.extnID === build_cjs.id_ce_cRLReasons);
    const reason = reasonExtension
        ? (0,revocation_status/* reasonName */.O)(cjs.AsnConvert.parse(reasonExtension.extnValue, build_cjs.CRLReason))
        : undefined;
    return { status: 'revoked', source, revokedAt: entry.revocationDate.getTime(), reason };
}
function signedBy(crl, issuer) {
    const hash = signatureHash(crl.signatureAlgorithm.algorithm);
    if (!hash || !crl.tbsCertListRaw)
        return false;
    // A hash the key cannot sign with (an Ed25519 issuer) throws: that is no valid signature either.
    try {
        return (0,external_node_crypto_.verify)(hash, Buffer.from(crl.tbsCertListRaw), issuer.x509.publicKey, Buffer.from(crl.signature));
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-ocsp/build/cjs/index.js
var asn1_ocsp_build_cjs = __webpack_require__(19911);
;// CONCATENATED MODULE: ./src/revocation/ocsp.ts
// Revocation by OCSP (RFC 6960): a stapled response, or a request to the responder the
// certificate names. The response must be signed by the issuer or a responder it delegated
// (id-kp-OCSPSigning), match the CertID, and be fresh; one that is not is unusable, and says why.








const SHA1 = '1.3.14.3.2.26';
function certId(leaf, issuer) {
    const { nameHash, keyHash } = issuerHashes(issuer.asn);
    return new asn1_ocsp_build_cjs.CertID({
        hashAlgorithm: new build_cjs.AlgorithmIdentifier({ algorithm: SHA1, parameters: null }),
        issuerNameHash: new cjs.OctetString(nameHash),
        issuerKeyHash: new cjs.OctetString(keyHash),
        serialNumber: leaf.asn.tbsCertificate.serialNumber
    });
}
function ocspRequest(leaf, issuer) {
    const request = new asn1_ocsp_build_cjs.OCSPRequest({
        tbsRequest: new asn1_ocsp_build_cjs.TBSRequest({ requestList: [new asn1_ocsp_build_cjs.Request({ reqCert: certId(leaf, issuer) })] })
    });
    return Buffer.from(cjs.AsnConvert.serialize(request));
}
async function queryResponder(url, leaf, issuer, now, timeoutMs) {
    const source = `OCSP responder ${url}`;
    try {
        const der = await fetchBytes(url, {
            timeoutMs,
            body: ocspRequest(leaf, issuer),
            contentType: 'application/ocsp-request'
        });
        const answer = judgeResponse(der, source, leaf, issuer, now);
        return answer.status === 'unusable'
            ? { ...answer, why: `the OCSP responder's answer cannot be used: ${answer.why}` }
            : answer;
    }
    catch (err) {
        return {
            status: 'unknown',
            source,
            why: `the responder did not answer: ${err.message}`
        };
    }
}
/** An unusable answer's `why` is about the response itself ("it is stale …"): the caller says
 * whose response it is. */
function judgeResponse(der, source, leaf, issuer, now) {
    let basic;
    try {
        const response = cjs.AsnConvert.parse(der, asn1_ocsp_build_cjs.OCSPResponse);
        if (response.responseStatus !== asn1_ocsp_build_cjs.OCSPResponseStatus.successful ||
            response.responseBytes?.responseType !== asn1_ocsp_build_cjs.id_pkix_ocsp_basic) {
            return {
                status: 'unknown',
                source,
                why: `the responder answered status ${asn1_ocsp_build_cjs.OCSPResponseStatus[response.responseStatus]}`
            };
        }
        basic = cjs.AsnConvert.parse(response.responseBytes.response, asn1_ocsp_build_cjs.BasicOCSPResponse);
    }
    catch (err) {
        return { status: 'unusable', source, why: `it is malformed (${err.message})` };
    }
    if (!signedByIssuerOrDelegate(basic, issuer))
        return {
            status: 'unusable',
            source,
            why: "it is signed by a key that is not the issuer's or a delegated responder's"
        };
    const { nameHash, keyHash } = issuerHashes(issuer.asn);
    const single = basic.tbsResponseData.responses.find(r => serialHex(r.certID.serialNumber) === leaf.serial &&
        Buffer.from(r.certID.issuerKeyHash.buffer).equals(keyHash) &&
        Buffer.from(r.certID.issuerNameHash.buffer).equals(nameHash));
    if (!single)
        return { status: 'unusable', source, why: 'it is for another certificate' };
    if (single.nextUpdate && single.nextUpdate < now)
        return {
            status: 'unusable',
            source,
            why: `it is stale (its nextUpdate was ${(0,dates/* isoDate */._$)(single.nextUpdate)})`
        };
    if (single.certStatus.revoked) {
        return {
            status: 'revoked',
            source,
            revokedAt: single.certStatus.revoked.revocationTime,
            reason: (0,revocation_status/* reasonName */.O)(single.certStatus.revoked.revocationReason)
        };
    }
    if (single.certStatus.unknown !== undefined)
        return { status: 'unknown', source, why: 'the responder does not know this certificate' };
    return { status: 'good', source, thisUpdate: single.thisUpdate };
}
function ocsp_signedBy(basic, key) {
    const hash = signatureHash(basic.signatureAlgorithm.algorithm);
    if (!hash || !basic.tbsResponseDataRaw)
        return false;
    // A hash the key cannot sign with (an Ed25519 issuer) throws: that is no valid signature either.
    try {
        return (0,external_node_crypto_.verify)(hash, Buffer.from(basic.tbsResponseDataRaw), key, Buffer.from(basic.signature));
    }
    catch {
        return false;
    }
}
function signedByIssuerOrDelegate(basic, issuer) {
    if (ocsp_signedBy(basic, issuer.x509.publicKey))
        return true;
    return (basic.certs ?? []).some(asn => {
        // A certificate in the response that cannot be read (an unknown key type) delegates nothing.
        try {
            const delegate = new external_node_crypto_.X509Certificate(Buffer.from(cjs.AsnConvert.serialize(asn)));
            const eku = asn.tbsCertificate.extensions?.find(e => e.extnID === build_cjs.id_ce_extKeyUsage);
            const ocspSigning = eku
                ? cjs.AsnConvert.parse(eku.extnValue, build_cjs.ExtendedKeyUsage).includes(build_cjs.id_kp_OCSPSigning)
                : false;
            return (ocspSigning && delegate.verify(issuer.x509.publicKey) && ocsp_signedBy(basic, delegate.publicKey));
        }
        catch {
            return false;
        }
    });
}

;// CONCATENATED MODULE: ./src/revocation/check.ts
// The leaf's revocation status from the first source that decides: a stapled OCSP response,
// the CRL the leaf names, the OCSP responder it names. Every answer asked for is kept: one that
// cannot be used (a bad staple beside a good CRL) is reported, not dropped. Loaded by the
// revocation probe only when a check runs (a dynamic import): the ASN.1 parsers are not part of
// every run's start-up.
// Everything parsed or judged is kept for the run (RevocationCache): a fleet behind one
// intermediate, one wildcard certificate or one stapled response is read once.





/** undefined: the leaf names no CRL or OCSP responder and nothing was stapled. */
async function leafRevocation(run, chain, staple) {
    const leafDer = der(chain[0]);
    const crl = crlUrls(leafDer)[0];
    const ocsp = ocspUrls(leafDer)[0];
    if (!staple && !crl && !ocsp)
        return undefined;
    const leaf = parsed(run.cache, chain[0]);
    const issuer = parsed(run.cache, chain[1]);
    const stapled = staple ? judgeStaple(run, staple, chain, leaf, issuer) : undefined;
    const fetched = [];
    if (stapled && (0,revocation_status/* decides */.y)(stapled))
        return { staple: stapled, fetched };
    const sources = [
        ...(crl ? [{ kind: 'crl', url: crl }] : []),
        ...(ocsp ? [{ kind: 'ocsp', url: ocsp }] : [])
    ];
    for (const source of sources) {
        const answer = await ask(run, source, leaf, issuer);
        fetched.push(answer);
        if ((0,revocation_status/* decides */.y)(answer))
            break;
    }
    return { staple: stapled, fetched };
}
function judgeStaple(run, staple, chain, leaf, issuer) {
    // Judged against this leaf and issuer at this run's instant: the key holds all three.
    const key = `${staple}/${chain[1].fingerprint256}/${chain[0].fingerprint256}`;
    let stapled = run.cache.staples.get(key);
    if (!stapled) {
        const judged = judgeResponse(Buffer.from(staple, 'base64'), 'stapled OCSP response', leaf, issuer, run.now);
        stapled = (0,revocation_status/* decides */.y)(judged)
            ? judged
            : {
                status: 'unusable',
                source: judged.source,
                why: `the server stapled an OCSP response that cannot be used: ${judged.why}`
            };
        run.cache.staples.set(key, stapled);
    }
    return stapled;
}
/** The CRL's or the OCSP responder's answer, asked once per run for each (issuer, serial). */
function ask(run, { kind, url }, leaf, issuer) {
    const { cache, now, timeoutMs } = run;
    const key = `${kind} ${url}/${issuer.x509.fingerprint256}/${leaf.serial}`;
    let answer = cache.answers.get(key);
    if (!answer) {
        answer =
            kind === 'crl'
                ? checkCrl(url, leaf, issuer, now, timeoutMs, cache.crls)
                : queryResponder(url, leaf, issuer, now, timeoutMs);
        cache.answers.set(key, answer);
    }
    return answer;
}
const der = (cert) => Buffer.from((0,src_der/* pemBase64 */.Sz)(cert.pem), 'base64');
function parsed(cache, cert) {
    let certificate = cache.certificates.get(cert.fingerprint256);
    if (!certificate) {
        certificate = parseCertificate(cert.pem);
        cache.certificates.set(cert.fingerprint256, certificate);
    }
    return certificate;
}


/***/ })

};

//# sourceMappingURL=285.index.js.map