export const id = 935;
export const ids = [935];
export const modules = {

/***/ 47935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   http2AllowsWebSockets: () => (/* binding */ http2AllowsWebSockets)
/* harmony export */ });
/* harmony import */ var node_http2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32467);
/* harmony import */ var node_http2__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http2__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _isolation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70782);
// For a server whose ALPN refuses http/1.1: does its HTTP/2 allow WebSockets (extended
// CONNECT, RFC 8441: SETTINGS_ENABLE_CONNECT_PROTOCOL)? Reads the server's first SETTINGS frame.




/** true/false from the server's SETTINGS; undefined when HTTP/2 could not be spoken either
 * (or the SETTINGS could not be read, or the run's deadline passed). */
function http2AllowsWebSockets(endpoint, options) {
    return new Promise(resolve => {
        const session = node_http2__WEBPACK_IMPORTED_MODULE_0___default().connect(`https://${endpoint.host}:${endpoint.port}`, {
            createConnection: () => node_tls__WEBPACK_IMPORTED_MODULE_2___default().connect({
                host: endpoint.addresses[0] ?? endpoint.host,
                port: endpoint.port,
                servername: (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(endpoint.host) === 0 ? endpoint.host : undefined,
                secureContext: options.secureContext,
                ALPNProtocols: ['h2'],
                // Only the SETTINGS frame is read; the certificate is judged by the other checks.
                rejectUnauthorized: false
            })
        });
        const finish = (value) => {
            clearTimeout(timer);
            stopOnDeadline();
            session.destroy();
            resolve(value);
        };
        const timer = setTimeout(() => finish(undefined), options.timeoutMs);
        const stopOnDeadline = (0,_isolation_js__WEBPACK_IMPORTED_MODULE_3__/* .onAbort */ .u7)((0,_isolation_js__WEBPACK_IMPORTED_MODULE_3__/* .deadlineSignal */ .R)(), () => finish(undefined));
        session.once('remoteSettings', (0,_isolation_js__WEBPACK_IMPORTED_MODULE_3__/* .guard */ .ah)(settings => finish(settings.enableConnectProtocol === true), () => finish(undefined)));
        session.on('error', () => finish(undefined));
    });
}


/***/ })

};

//# sourceMappingURL=935.index.js.map