"use strict";
exports.id = 856;
exports.ids = [856];
exports.modules = {

/***/ 7856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   proxyAgent: () => (/* binding */ proxyAgent)
/* harmony export */ });
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4942);
// Proxies, exactly as the Actions toolkit applies them (@actions/http-client: HTTPS_PROXY or
// HTTP_PROXY by the target's scheme, lower case first; NO_PROXY and loopback bypass; a
// CONNECT tunnel). Loaded by the transport only when a proxy variable is set.

// One client per target scheme and proxy: a client keeps a single tunnelling agent, made
// for the first URL it saw.
const clients = new Map();
/** The tunnelling agent for a URL that goes through a proxy; undefined when it is bypassed. */
function proxyAgent(url) {
    const proxy = (0,_actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s_)(url.href);
    if (!proxy)
        return undefined;
    const key = `${url.protocol} ${proxy}`;
    let client = clients.get(key);
    if (!client) {
        client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq('incident-ops', [], { keepAlive: true });
        clients.set(key, client);
    }
    return client.getAgent(url.href);
}


/***/ })

};
;